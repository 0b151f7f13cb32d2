// One CLI command per /sapi operation of the spec. Only the name, the
// operation it calls and whether it is a TRADE call (may execute: never
// resent, three outcomes) are written here; the options come from the
// operation's generated contract.
export const OPERATION_COMMANDS = {
  "place-oco": { operationId: "marginNewOco", trade: true },
  "place-oto": { operationId: "marginNewOto", trade: true },
  "place-otoco": { operationId: "marginNewOtoco", trade: true },
  "get-order-list": { operationId: "marginGetOco", trade: false },
  "list-order-lists": { operationId: "marginGetAllOco", trade: false },
  "list-open-order-lists": { operationId: "marginGetOpenOco", trade: false },
  "cancel-oco": { operationId: "marginCancelOco", trade: true },
  "get-order": { operationId: "marginGetOrder", trade: false },
  "list-open-orders": { operationId: "marginGetOpenOrders", trade: false },
  "list-orders": { operationId: "marginGetAllOrders", trade: false },
  "list-trades": { operationId: "marginGetMyTrades", trade: false },
  "cancel-order": { operationId: "marginCancelOrder", trade: true },
  "cancel-all": { operationId: "marginCancelOpenOrders", trade: true },
  "create-listen-token": { operationId: "marginCreateListenToken", trade: false },
} as const;

export type OperationCommandName = keyof typeof OPERATION_COMMANDS;
export type TradeCommandName = { [Name in OperationCommandName]: (typeof OPERATION_COMMANDS)[Name]["trade"] extends true ? Name : never }[OperationCommandName];
/** The TRADE commands that create a list: the CLI names it (listClientOrderId) when the user did not. */
export type PlaceCommandName = "place-oco" | "place-oto" | "place-otoco";

export function isOperationCommand(name: string | undefined): name is OperationCommandName {
  return name !== undefined && Object.hasOwn(OPERATION_COMMANDS, name);
}

export function isTradeCommand(name: OperationCommandName): name is TradeCommandName {
  return OPERATION_COMMANDS[name].trade;
}

export function isPlaceCommand(name: OperationCommandName): name is PlaceCommandName {
  return name === "place-oco" || name === "place-oto" || name === "place-otoco";
}
