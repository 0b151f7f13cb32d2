// How a spec parameter is spelled on the command line: its name in kebab case
// (`stopLimitPrice` -> `--stop-limit-price`), so a new parameter in the spec
// becomes an option with no edit here. One exception keeps today's CLI
// convention: `isIsolated` is the switch `--isolated` (sends isIsolated=TRUE;
// left out, Binance's default FALSE applies).
export const ISOLATED_PARAMETER = "isIsolated";
export const ISOLATED_OPTION = "--isolated";

export function optionOf(parameter: string): string {
  if (parameter === ISOLATED_PARAMETER) return ISOLATED_OPTION;
  return `--${parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
