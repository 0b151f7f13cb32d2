// How a spec parameter is spelled on the command line: its name in kebab case
// (`stopLimitPrice` -> `--stop-limit-price`), so a new parameter in the spec
// becomes an option with no edit here. One exception keeps today's CLI
// convention: `isIsolated` is the switch `--isolated` (sends isIsolated=TRUE;
// left out, Binance's default FALSE applies).
export const ISOLATED_PARAMETER = "isIsolated";
export const ISOLATED_OPTION = "--isolated";

/**
 * What `--isolated` sends: the parameter's enum value for "isolated", in the
 * operation's own casing (`TRUE` on the order-list endpoints, `true` on
 * `POST /sapi/v1/userListenToken`, whose isIsolated Binance types BOOLEAN).
 */
export function isolatedValue(parameter: { readonly enum?: readonly string[] }): string {
  return parameter.enum?.find((value) => value.toUpperCase() === "TRUE") ?? "TRUE";
}

export function optionOf(parameter: string): string {
  if (parameter === ISOLATED_PARAMETER) return ISOLATED_OPTION;
  return `--${parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
