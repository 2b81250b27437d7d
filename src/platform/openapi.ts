// The OpenAPI document: what fastify-type-provider-zod emits, made valid and useful for API users
// and for the generated client (web/src/api/openapi.d.ts). Routes declare their schemas; the
// rules every route shares (problem+json errors, component names) are applied here, once.
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonValueType =
  | string
  | number
  | boolean
  | null
  | JsonValueType[]
  | { [key: string]: JsonValueType };

/**
 * Any JSON value. zod's own `z.json()` recurses through a schema no registry knows, so its
 * recursion came out as a `$ref` to a `schema0` the document never defined; this one recurses
 * through itself, a component.
 */
export const JsonValue: z.ZodType<JsonValueType> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(JsonValue),
      z.record(z.string(), JsonValue),
    ]),
  )
  .meta({ id: 'JsonValue', description: 'Any JSON value' });

/** A success response that is a file, not JSON: its real media types, for the document. */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  const schema = z.string().meta({ format: 'binary' });
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema }])),
  };
}

/** A success response that is text in a media type other than JSON (CSV, iCalendar, HTML). */
export function textResponse(description: string, mediaType: string) {
  return { description, content: { [mediaType]: { schema: z.string() } } };
}

export const mediaTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
  html: 'text/html',
  calendar: 'text/calendar',
} as const;

/** Shared error responses: the error handler answers each of these as problem+json. */
const problemResponses: Record<string, { name: string; description: string }> = {
  400: { name: 'MalformedRequest', description: 'The request body is not well-formed' },
  401: { name: 'Unauthenticated', description: 'Not signed in, or the token is not valid' },
  403: { name: 'Forbidden', description: 'The caller’s role does not allow this' },
  404: { name: 'NotFound', description: 'No such resource in the caller’s workspace' },
  409: { name: 'Conflict', description: 'The resource’s state does not allow this' },
  410: { name: 'Gone', description: 'The link expired or was used' },
  413: { name: 'PayloadTooLarge', description: 'The body is larger than the server accepts' },
  415: { name: 'UnsupportedMediaType', description: 'The body’s media type is not accepted' },
  422: { name: 'ValidationFailed', description: 'Fields are invalid; `errors` points at each one' },
  429: {
    name: 'RateLimited',
    description: 'Too many requests or attempts; `Retry-After` says when to try again',
  },
  500: { name: 'InternalError', description: 'Something failed; the answer names the request id' },
};

const successDescriptions: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
};

type JsonObject = { [key: string]: unknown };
type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, JsonObject>;
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const schemaPrefix = '#/components/schemas/';

function operationsOf(document: JsonObject): Operation[] {
  const paths = isObject(document.paths) ? document.paths : {};
  return Object.values(paths).flatMap((pathItem) =>
    isObject(pathItem)
      ? Object.entries(pathItem)
          .filter(([method, operation]) => httpMethods.includes(method) && isObject(operation))
          .map(([, operation]) => operation as Operation)
      : [],
  );
}

/** Every value of `$ref` under `value`, in order. */
function refsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const entry of value) refsIn(entry, found);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else refsIn(child, found);
    }
  }
  return found;
}

function mapRefs(value: unknown, rename: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((entry) => mapRefs(entry, rename));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === '$ref' && typeof child === 'string' ? rename(child) : mapRefs(child, rename),
    ]),
  );
}

/**
 * Two shapes zod emits that are valid JSON Schema but that generators and linters read badly,
 * rewritten to say the same thing plainly:
 * - a record keyed by an enum comes out as `propertyNames` + `required` with no `properties`,
 *   typed as an open map and flagged for its required keys: spelled out as properties;
 * - `z.unknown().nullable()` comes out as `anyOf: [{}, { type: 'null' }]`: any value already.
 */
function tidySchemas(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidySchemas);
  if (!isObject(value)) return value;
  const schema = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, tidySchemas(child)]),
  );
  if (
    Array.isArray(schema.anyOf) &&
    schema.anyOf.some((branch) => isObject(branch) && Object.keys(branch).length === 0)
  ) {
    const { anyOf: _, ...anyValue } = schema;
    return anyValue;
  }
  const keys = isObject(schema.propertyNames) ? schema.propertyNames.enum : undefined;
  if (
    schema.type === 'object' &&
    !schema.properties &&
    Array.isArray(keys) &&
    isObject(schema.additionalProperties)
  ) {
    const { propertyNames: _, additionalProperties, ...rest } = schema;
    return {
      ...rest,
      properties: Object.fromEntries(keys.map((key) => [String(key), additionalProperties])),
      additionalProperties: false,
    };
  }
  return schema;
}

/** Errors every route may answer whatever it declares: the error handler gives them. */
function addSharedErrors(operation: Operation) {
  const responses = operation.responses ?? {};
  responses['500'] ??= {};
  // Every API call counts against its caller's rate limit (platform/rate-limit.ts).
  responses['429'] ??= {};
  // Whatever the route's schemas refuse, the validator answers 422 with a pointer to each field.
  if (operation.requestBody || operation.parameters?.length) responses['422'] ??= {};
  if (operation.requestBody) {
    responses['400'] ??= {};
    responses['413'] ??= {};
    responses['415'] ??= {};
  }
  operation.responses = responses;
}

function describeResponses(operation: Operation, usedProblems: Set<string>) {
  const responses = operation.responses ?? {};
  for (const [status, response] of Object.entries(responses)) {
    const problem = problemResponses[status];
    if (Number(status) >= 400 && problem) {
      // Whatever schema the route gave, the error handler sends problem+json.
      responses[status] = { $ref: `#/components/responses/${problem.name}` };
      usedProblems.add(status);
      continue;
    }
    if (response.description === 'Default Response') {
      response.description = successDescriptions[status] ?? 'Success';
    }
    // A 204 has no body; the `z.null()` routes give it only types the handler.
    if (status === '204') delete response.content;
  }
}

/**
 * Components named after their zod ids. The library emits each registered schema twice, as
 * `X` (output) and `XInput` (input), which gave `MeetingNotesInputInput` and never-used
 * copies; only the variants the paths use are kept, under the plain id where one suffices.
 */
function nameComponents(document: JsonObject) {
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const reachable = new Set<string>();
  const pending = [...refsIn({ paths: document.paths, responses: components.responses })];
  while (pending.length) {
    const ref = pending.pop() as string; // the loop runs only while something is pending
    if (!ref.startsWith(schemaPrefix) || reachable.has(ref)) continue;
    reachable.add(ref);
    pending.push(...refsIn(schemas[ref.slice(schemaPrefix.length)]));
  }
  const used = [...reachable].map((ref) => ref.slice(schemaPrefix.length));
  const baseOf = (name: string) =>
    name.endsWith('Input') && name.slice(0, -'Input'.length) in schemas
      ? name.slice(0, -'Input'.length)
      : name;
  const rename = new Map<string, string>();
  for (const name of used) {
    const base = baseOf(name);
    const isInput = base !== name;
    const other = isInput ? base : `${base}Input`;
    const otherUsed = used.includes(other) && other in schemas;
    const same = JSON.stringify(schemas[name]) === JSON.stringify(schemas[other]);
    // The input variant keeps its suffix only when both variants are used and they differ.
    rename.set(name, isInput && otherUsed && !same ? name : base);
  }
  const renamed: JsonObject = {};
  for (const name of used.sort()) {
    const target = rename.get(name) ?? name;
    renamed[target] ??= schemas[name];
  }
  const renameRef = (ref: string) =>
    ref.startsWith(schemaPrefix)
      ? schemaPrefix +
        (rename.get(ref.slice(schemaPrefix.length)) ?? ref.slice(schemaPrefix.length))
      : ref;
  document.paths = mapRefs(document.paths, renameRef);
  components.schemas = Object.fromEntries(
    Object.entries(renamed)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, schema]) => [name, mapRefs(schema, renameRef)]),
  );
}

/** `transformObject` for @fastify/swagger: the whole document, once the routes are in it. */
export function documentTransformObject(
  input: Parameters<typeof jsonSchemaTransformObject>[0],
): ReturnType<typeof jsonSchemaTransformObject> {
  const document = jsonSchemaTransformObject(input) as unknown as JsonObject;
  const usedProblems = new Set<string>();
  for (const operation of operationsOf(document)) {
    addSharedErrors(operation);
    describeResponses(operation, usedProblems);
  }
  const components = (document.components ?? {}) as JsonObject;
  components.responses = Object.fromEntries(
    [...usedProblems].sort().flatMap((status) => {
      const problem = problemResponses[status];
      if (!problem) return [];
      const content = {
        'application/problem+json': { schema: { $ref: `${schemaPrefix}Problem` } },
      };
      return [[problem.name, { description: problem.description, content }]];
    }),
  );
  document.components = components;
  nameComponents(document);
  document.paths = tidySchemas(document.paths);
  components.schemas = tidySchemas(components.schemas);
  // The document is plain JSON built from the library's own result, so it keeps its type.
  return document as unknown as ReturnType<typeof jsonSchemaTransformObject>;
}
