export type ChartLabels = {
  readonly lang: string;
  readonly title: string;
  readonly footnotes: readonly string[];
  readonly [key: string]: string | readonly string[];
};
export const CHART_LABELS: Readonly<Record<string, ChartLabels>>;
export const CONTENDER_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>>;
