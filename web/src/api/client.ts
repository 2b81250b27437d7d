// The web app's one client for the API: openapi-fetch over the types generated from the OpenAPI
// document (openapi.d.ts, `npm run generate:api`), so a path and its types are never paired by
// hand. The session cookie rides along; errors arrive as RFC 9457 problems and are thrown as
// ApiError so forms can map their field pointers.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './openapi.d.ts';

export type Problem = components['schemas']['Problem'];
export type ProblemFieldError = NonNullable<Problem['errors']>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.title);
    this.status = problem.status;
    this.problem = problem;
  }
}

let unauthenticatedHandler: (() => void) | undefined;

/** Called when any request answers 401: the app drops the session and shows the sign-in page. */
export function onUnauthenticated(handler: () => void) {
  unauthenticatedHandler = handler;
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Every answer that is not a success is thrown as an ApiError, whatever the call. */
const problems: Middleware = {
  async onResponse({ response, schemaPath }) {
    if (response.ok) return undefined;
    const text = await response.clone().text();
    const parsed: unknown = text ? safeJson(text) : null;
    const problem = isProblem(parsed)
      ? parsed
      : { type: 'about:blank', title: response.statusText, status: response.status };
    if (response.status === 401 && !schemaPath.startsWith('/api/v1/auth/')) {
      unauthenticatedHandler?.();
    }
    throw new ApiError(problem);
  },
  onError() {
    return new ApiError({ type: 'network', title: 'network', status: 0 });
  },
};

export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  // Empty filters are left out, as the forms hand them over ('' for "any").
  querySerializer: (query) => searchOf(query as Record<string, QueryValue>),
  // Text (CSV) and file (spreadsheet) bodies go as they are, with the type the call gives.
  bodySerializer: (body: unknown) =>
    typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body),
});
client.use(problems);

/**
 * The data of a call's answer: `await data(client.GET('/api/v1/me'))`. Errors never reach here
 * (the middleware throws them), so only a 204 leaves it undefined, which its type says.
 */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  const answer = await call;
  // Success answers carry data, or none for a 204 whose type is already `undefined`/`never`.
  return answer.data as T;
}

/** The JSON body of an operation's success answer, as the document types it. */
export type ResponseBody<OperationId extends keyof operations> = SuccessJson<
  operations[OperationId]['responses']
>;
type SuccessJson<Responses> = {
  [Status in keyof Responses]: Status extends 200 | 201 | 202
    ? Responses[Status] extends { content: { 'application/json': infer Body } }
      ? Body
      : never
    : never;
}[keyof Responses];

/** The JSON body an operation takes. */
export type RequestBody<OperationId extends keyof operations> = operations[OperationId] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** An operation's query parameters. */
export type QueryOf<OperationId extends keyof operations> = NonNullable<
  operations[OperationId]['parameters']['query']
>;

type GetPath = {
  [Path in keyof paths]: paths[Path] extends { get: unknown } ? Path : never;
}[keyof paths];
type QueryValue = string | number | boolean | undefined | null;

/**
 * A link to a documented GET (a download, an export) for an `<a href>`, with its path
 * parameters filled in: `apiUrl('/api/v1/distributors/{id}/reports/{period}/template', { id,
 * period }, { format })`.
 */
export function apiUrl(
  path: GetPath,
  pathParams: Record<string, string | number> = {},
  query: Record<string, QueryValue> = {},
): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(pathParams[name] ?? '')),
  );
  const search = searchOf(query);
  return `${filled}${search ? `?${search}` : ''}`;
}

function searchOf(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}
