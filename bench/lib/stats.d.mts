export function median(values: readonly number[]): number;
export function round(value: number, digits?: number): number;
export function pairedMedianRatio(values: readonly number[], floor: readonly number[]): number;
export function percentile(values: readonly number[], quantile: number): number;
