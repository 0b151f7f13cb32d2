/** One incompatibility between the released spec and the current one. */
export type BreakingChange = {
  kind:
    | "operation-removed"
    | "param-removed"
    | "param-renamed"
    | "param-made-required"
    | "required-param-added"
    | "param-schema-narrowed"
    | "required-one-of-narrowed"
    | "response-field-removed"
    | "response-field-made-optional"
    | "response-field-changed";
  /** `DELETE /sapi/v1/margin/orderList` */
  operation: string;
  /** Human readable: what changed, old -> new. */
  detail: string;
};
