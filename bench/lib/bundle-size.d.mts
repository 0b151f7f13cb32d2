export type BundleSize = {
  code: string;
  minifiedBytes: number;
  gzipBytes: number;
  platform: "browser" | "node" | "neutral";
  missing?: string[];
  browserError?: string;
};

export function bundleSize(options: {
  entry: string;
  resolveDir: string;
  platform?: "browser" | "node" | "neutral";
  external?: string[];
}): Promise<BundleSize>;

export function bundleSizePreferBrowser(options: { entry: string; resolveDir: string }): Promise<BundleSize>;
