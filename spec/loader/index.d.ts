// Types of @sapi-kit/spec/loader (the implementation is plain JavaScript so
// Node runs it directly from generators and scripts).

import type { ValidateFunction } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";

/** An OpenAPI document or any node of it: untyped YAML, walked structurally. */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is arbitrary YAML here.
export type SpecNode = any;

/** Absolute path of the hand-written source spec (spec/openapi.yaml). */
export const SOURCE_SPEC_PATH: string;
/** Absolute path of a built per-locale bundle (spec/dist/openapi.<locale>.yaml). */
export function bundlePath(locale: "en" | "zh-CN"): string;
/** Parses an OpenAPI document (default: the source spec); throws unless it has `paths`. `$ref`s to text files (`./samples/*.ts`) come back as their text, as in the bundles. */
export function readSpec(file?: string): SpecNode;

/** The node a local JSON pointer ("#/components/schemas/X") names; throws if none. */
export function resolvePointer(document: SpecNode, pointer: string): SpecNode;
/** Follows `$ref`s until a node that is not a reference (shallow). */
export function resolveRef<T>(document: SpecNode, node: T): T;
/** A copy of `node` (default: the document) with every `$ref` inlined; one copy per target. */
export function dereference<T = SpecNode>(document: SpecNode, node?: T): T;

export const HTTP_METHODS: readonly ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
export interface ListedOperation {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  /** The Operation Object as written (its nested `$ref`s unresolved). */
  operation: SpecNode;
  /** Path-level plus operation-level parameters, resolved, the operation's winning per (name, in). */
  parameters: SpecNode[];
  /** The operation's `security`, else the document's, else []. */
  security: Array<Record<string, string[]>>;
}
/** Every operation in document order. */
export function listOperations(document: SpecNode): ListedOperation[];

export interface SentResponse {
  method: string;
  path: string;
  status: number;
  /** The body as received (text). */
  body: string;
  /** Response headers; `content-type` picks the documented media type (default application/json). */
  headers?: Record<string, string | undefined>;
}
export interface SpecValidator {
  ajv: Ajv2020;
  /** A validator for a schema node of the document (inline or `$ref`), compiled once per node. */
  schema(schema: object): ValidateFunction;
  /** A validator for `components.schemas[name]`. */
  component(name: string): ValidateFunction;
  /** The documented response for a status: exact, then "4XX"-style range, then `default`. */
  documentedResponse(method: string, path: string, status: number): SpecNode | undefined;
  /** Why a response does not match the spec (body against its media type's schema, documented headers); empty when it does. */
  responseProblems(response: SentResponse): string[];
}
/**
 * Ajv (JSON Schema 2020-12, strict) over the document's schemas.
 * `closed` makes every object schema with `properties` reject undeclared fields.
 */
export function createSpecValidator(document: SpecNode, options?: { closed?: boolean }): SpecValidator;

/** Absolute path of the hand-written AsyncAPI document (spec/asyncapi.yaml). */
export const ASYNC_API_PATH: string;
/** How spec/asyncapi.yaml points into openapi.yaml's component schemas. */
export const OPENAPI_SCHEMA_PREFIX: "./openapi.yaml#/components/schemas/";
/** Parses an AsyncAPI 3 document (default: spec/asyncapi.yaml); throws unless it is one. */
export function readAsyncApi(file?: string): SpecNode;
/** The openapi.yaml component schemas a node references, in order of first use. */
export function openApiSchemaReferences(node: SpecNode): string[];
/** The AsyncAPI component schemas plus the openapi.yaml ones they reference, every `$ref` local (`#/components/schemas/X`). */
export function asyncApiSchemas(asyncApi: SpecNode, openApi: SpecNode): Record<string, SpecNode>;
