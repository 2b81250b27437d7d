// Every operation of the OpenAPI document the server serves, ready to call: the isolation matrix
// and the fuzzer read the same list, so both grow by themselves as routes are added (issue #15).
// A path parameter is filled from a map of known values keyed by where it sits in the path
// (`distributors/{id}`, `tokens/{id}`), so one name can stand for different records.

export type JsonSchema = { [keyword: string]: unknown };
export type Document = {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas?: Record<string, JsonSchema> };
};
type RawParameter = { name: string; in: string; required?: boolean; schema?: JsonSchema };
type RawOperation = {
  operationId?: string;
  parameters?: RawParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
};

export type Parameter = { name: string; key: string; required: boolean; schema: JsonSchema };
export type Operation = {
  operationId: string;
  method: string;
  template: string;
  pathParameters: Parameter[];
  queryParameters: Parameter[];
  /** Media types the request body may have, JSON first when it is one of them. */
  bodyTypes: string[];
  bodySchema: JsonSchema | undefined;
  statuses: string[];
};

/** Values for path parameters, keyed by `parameterKey`. */
export type KnownValues = ReadonlyMap<string, string>;

export async function fetchDocument(baseUrl: string): Promise<Document> {
  const response = await fetch(`${baseUrl}/api/openapi.json`);
  if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  // The server's own document; the OpenAPI test validates its shape.
  return (await response.json()) as Document;
}

export function listOperations(document: Document): Operation[] {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, raw]) => toOperation(template, method, raw)),
  );
}

function toOperation(template: string, method: string, raw: RawOperation): Operation {
  if (!raw.operationId) throw new Error(`${method.toUpperCase()} ${template} has no operationId`);
  const parameters = raw.parameters ?? [];
  const toParameter = (parameter: RawParameter): Parameter => ({
    name: parameter.name,
    key: parameterKey(template, parameter.name),
    required: parameter.required ?? false,
    schema: parameter.schema ?? {},
  });
  const content = raw.requestBody?.content ?? {};
  const bodyTypes = Object.keys(content).sort((a, b) => jsonFirst(a) - jsonFirst(b));
  return {
    operationId: raw.operationId,
    method: method.toUpperCase(),
    template,
    pathParameters: parameters.filter((p) => p.in === 'path').map(toParameter),
    queryParameters: parameters.filter((p) => p.in === 'query').map(toParameter),
    bodyTypes,
    bodySchema: bodyTypes[0] ? content[bodyTypes[0]]?.schema : undefined,
    statuses: Object.keys(raw.responses ?? {}),
  };
}

const jsonFirst = (mediaType: string) => (mediaType === 'application/json' ? 0 : 1);

/** `tokens/{id}` for `{id}` in `/api/v1/tokens/{id}`: the segment before a parameter names it. */
export function parameterKey(template: string, name: string): string {
  const segments = template.split('/');
  const at = segments.indexOf(`{${name}}`);
  return `${segments[at - 1] ?? ''}/{${name}}`;
}

/** The operation's concrete path; fails naming the operation when a parameter has no value. */
export function fillPath(operation: Operation, values: KnownValues): string {
  let path = operation.template;
  for (const parameter of operation.pathParameters) {
    const value = values.get(parameter.key);
    if (value === undefined) {
      throw new Error(
        `${operation.operationId} (${operation.method} ${operation.template}): no known value ` +
          `for path parameter ${parameter.key}; add one to the world the tests build`,
      );
    }
    path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
  }
  return path;
}

export const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function uuidsIn(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(uuidPattern), (match) => match[0].toLowerCase()));
}

/** A caller: the headers that make a request theirs. */
export type Caller = { name: string; headers: Record<string, string> };

export function bearerCaller(name: string, token: string): Caller {
  return { name, headers: { authorization: `Bearer ${token}` } };
}

/** A browser's session: its writes come from Liaison's own page, as the cookie check demands. */
export function sessionCaller(name: string, sessionToken: string): Caller {
  return {
    name,
    headers: { cookie: `liaison_session=${sessionToken}`, 'sec-fetch-site': 'same-origin' },
  };
}

export type Answer = {
  status: number;
  contentType: string;
  requestId: string | null;
  /** The body as text; binary files read as Latin-1, so any ASCII id in them still shows. */
  text: string;
};

export type RequestBody = { contentType: string; payload: string | Uint8Array | FormData };

export async function send(
  baseUrl: string,
  caller: Caller,
  method: string,
  path: string,
  body?: RequestBody,
): Promise<Answer> {
  const headers: Record<string, string> = { ...caller.headers };
  // FormData sets its own boundary in the content type.
  if (body && !(body.payload instanceof FormData)) headers['content-type'] = body.contentType;
  // A redirect (signing in with an identity provider) is an answer to check, not to follow off
  // this machine.
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body?.payload,
    redirect: 'manual',
  });
  const contentType = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  const isText = /json|text|csv|calendar|html|xml/.test(contentType);
  return {
    status: response.status,
    contentType,
    requestId: response.headers.get('x-request-id'),
    text: bytes.toString(isText ? 'utf8' : 'latin1'),
  };
}

/** Destroys what other calls need, or the caller's own session: called after everything else. */
export const isDestructive = (operation: Operation) =>
  operation.method === 'DELETE' || operation.operationId === 'signOut';

/** A compact label for failure messages. */
export function describeCall(operation: Operation, caller: Caller, path: string) {
  return `${operation.operationId} as ${caller.name}: ${operation.method} ${path}`;
}
