export function snapshotReleasedSpec(root: string): string;
