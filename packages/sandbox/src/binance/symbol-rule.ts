// The symbol rule lives with the operation contract, where the CLI reads it too; seeding imports it from here.
export { SYMBOL, SYMBOL_RANGE } from "@sapi-kit/contract";
