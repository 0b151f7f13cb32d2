// Where a command says or does things differently from what the
// contract-driven model generates. get-order-list reads each order of the list
// with one more query per order unless told --no-legs, a switch of its own
// (not a parameter of the operation), and its help says what that costs. cancel-oco keeps the help and the words it was documented
// and tested with before it ran on the contract: its own help page, "give
// exactly one of the two ids" (Binance asks for at least one and says nothing
// of both; the CLI refuses both, so which list is cancelled is never in doubt)
// and "the order list to cancel". Its options, value checks, query and outcomes
// come from the contract like every other command's.
import { UsageError } from "../args/usage-error.js";
import type { Catalog } from "../output/messages/index.js";
import { OPERATION_COMMANDS, type OperationCommandName } from "./operation-commands.js";
import { contractOf } from "./operation-contract.js";

/** Without it, get-order-list queries each order of the list (GET /sapi/v1/margin/order). */
export const NO_LEGS_SWITCH = "--no-legs";

/** The weight of one call, as the spec's x-weight says (its base value and type). */
function weightOf(operationId: string) {
  const { value, type } = contractOf(operationId).weight;
  return { value, type };
}

/** A switch of the command itself, not a parameter of its operation: never sent. */
export interface OwnSwitch {
  option: string;
  describe: (words: Catalog) => string;
}

export interface CommandOverrides {
  /** Switches of the command's own, listed in its help after the operation's options. */
  switches?: readonly OwnSwitch[];
  /** A note of the command's own in its help, before the common notes. */
  notes?: (words: Catalog) => string;
  /** The command's own help text instead of the one generated from the contract. */
  help?: (words: Catalog) => string;
  /**
   * Checks of the query once every value is read and the required parameters
   * are there, before the spec's groups and rules: a UsageError in the
   * command's own words.
   */
  checkQuery?: (query: Readonly<Record<string, unknown>>, words: Catalog) => void;
}

export const COMMAND_OVERRIDES: Partial<Record<OperationCommandName, CommandOverrides>> = {
  "get-order-list": {
    switches: [{ option: NO_LEGS_SWITCH, describe: (words) => words.noLegsSwitch }],
    notes: (words) => words.legsWeight(weightOf(OPERATION_COMMANDS["get-order-list"].operationId), weightOf(OPERATION_COMMANDS["get-order"].operationId)),
  },
  "cancel-oco": {
    help: (words) => words.help,
    checkQuery(query, words) {
      const byId = query.orderListId !== undefined;
      const byClientId = query.listClientOrderId !== undefined;
      if (byId && byClientId) throw new UsageError(words.bothIds);
      if (!byId && !byClientId) throw new UsageError(words.idRequired);
    },
  },
};
