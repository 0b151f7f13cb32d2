// Where a command says things differently from what the contract-driven
// model generates. cancel-oco keeps the help and the words it was documented
// and tested with before it ran on the contract: its own help page, "give
// exactly one of the two ids" (Binance asks for at least one and says nothing
// of both; the CLI refuses both, so which list is cancelled is never in doubt)
// and "the order list to cancel". Its options, value checks, query and outcomes
// come from the contract like every other command's.
import { UsageError } from "../args/usage-error.js";
import type { Catalog } from "../output/messages/index.js";
import type { OperationCommandName } from "./operation-commands.js";

export interface CommandOverrides {
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
