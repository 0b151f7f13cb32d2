export const CHART_LANGUAGES: readonly string[];
export const FONT_FAMILY: string;
export function estimateTextWidth(text: string, fontSize: number): number;
export function wrapText(text: string, fontSize: number, maxWidth: number): string[];
export function niceCeiling(value: number): number;
export function renderChartSvg(results: unknown, language: string, options?: { highlight?: string }): string;
