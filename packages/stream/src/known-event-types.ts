import type { UserDataEventType } from "@sapi-kit/client";

// Checked against the generated UserDataEventType: a type added to
// spec/asyncapi.yaml fails the build here until it is listed.
const KNOWN = { executionReport: 1, listStatus: 1, outboundAccountPosition: 1, balanceUpdate: 1, eventStreamTerminated: 1 } satisfies Record<UserDataEventType, 1>;

/** Whether spec/asyncapi.yaml lists the event type `e` (so its fields are typed). */
export const isKnownEventType = (type: string): type is UserDataEventType => Object.hasOwn(KNOWN, type);
