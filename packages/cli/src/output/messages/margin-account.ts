// A parameter rule's condition on isIsolated reads as the margin account it
// means, in every language (en.ts, zh-CN.ts).
/** The isIsolated switch's two values read as the margin account they mean; anything else as "option is value". */
export const accountOf = (option: string, values: readonly string[]) =>
  option === "--isolated" && values.length === 1 ? (values[0] as string) : undefined;
