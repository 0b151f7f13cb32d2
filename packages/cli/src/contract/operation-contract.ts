// The data every operation command is driven by: the per-operation contract
// generated from spec/openapi.yaml (parameters, wire types, enums, limits,
// conditional rules), from @sapi-kit/contract, whose checker the sandbox
// enforces on the server side too. The CLI refuses locally what the sandbox
// (and Binance) would refuse, so nothing bad is ever sent.
import { type OperationContract, operations, type ParameterContract } from "@sapi-kit/contract";

export type { OperationContract, ParameterContract, ParameterRule } from "@sapi-kit/contract";

export function contractOf(operationId: string): OperationContract {
  const contract = operations.find((operation) => operation.operationId === operationId);
  // Only reachable if the spec renames an operation: the contract test catches it first.
  if (!contract) throw new Error(`No operation ${operationId} in the generated contract.`);
  return contract;
}

/** The parameters a caller sends (the signer sets the others). */
export function callerParameters(contract: OperationContract): ParameterContract[] {
  return contract.parameters.filter((parameter) => !parameter.signerManaged);
}
