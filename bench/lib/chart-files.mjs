// Writes one chart per language next to the results they draw:
// chart.en.svg, chart.zh-CN.svg.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHART_LANGUAGES, renderChartSvg } from "./chart-svg.mjs";

/** @param {string} language */
export function chartFileName(language) {
  return `chart.${language}.svg`;
}

/** @returns {string[]} the files written */
export function writeCharts(results, dir) {
  return CHART_LANGUAGES.map((language) => {
    const file = join(dir, chartFileName(language));
    writeFileSync(file, renderChartSvg(results, language));
    return file;
  });
}
