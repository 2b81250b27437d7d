// The API tests' HTTP client: openapi-fetch over the generated types of the OpenAPI document.
// Every call is checked against the document the server serves: its method and path must be a
// documented operation, and the status it answers one that operation declares. A test that finds
// an undocumented answer fails, so the document cannot drift from what the server does.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../web/src/api/openapi.d.ts';
import type { TestUser } from './factories.ts';

export type Response<T = unknown> = { status: number; headers: Headers; body: T; text: string };

type Body = unknown;
type Headers_ = Record<string, string>;
type Operation = { operationId?: string; responses?: Record<string, unknown> };
export type Document = { paths: Record<string, Record<string, Operation>> };

const documents = new Map<string, Promise<Document>>();

/** The server's own document, fetched once per base URL (so once per test file). */
function documentOf(baseUrl: string): Promise<Document> {
  let document = documents.get(baseUrl);
  if (!document) {
    document = fetch(`${baseUrl}/api/openapi.json`).then(async (response) => {
      if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
      return (await response.json()) as Document;
    });
    documents.set(baseUrl, document);
  }
  return document;
}

/** `/api/v1/distributors/{id}` as a pattern that a concrete path matches. */
function templatePattern(template: string) {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
}

export function findOperation(document: Document, method: string, path: string) {
  const pathname = path.split('?')[0] ?? path;
  const lower = method.toLowerCase();
  const exact = document.paths[pathname]?.[lower];
  if (exact) return { template: pathname, operation: exact };
  // A literal path (`/distributors/export.csv`) wins over a template (`/distributors/{id}`).
  const candidates = Object.entries(document.paths)
    .filter(([template, methods]) => methods[lower] && templatePattern(template).test(pathname))
    .sort(([a], [b]) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  const [template, methods] = candidates[0] ?? [];
  return template && methods?.[lower] ? { template, operation: methods[lower] } : undefined;
}

export function declares(operation: Operation, status: number) {
  const declared = Object.keys(operation.responses ?? {});
  return (
    declared.includes(String(status)) ||
    declared.includes(`${String(status)[0]}XX`) ||
    declared.includes('default')
  );
}

/** Fails the call when the request or its answer is not in the server's OpenAPI document. */
function documentedOnly(baseUrl: string): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      const document = await documentOf(baseUrl);
      const found = findOperation(document, request.method, schemaPath);
      if (!found) {
        throw new Error(
          `${request.method} ${schemaPath} is not an operation of the OpenAPI document; ` +
            'document the route, or call it through http(…).undocumented() if the test means it',
        );
      }
      if (!declares(found.operation, response.status)) {
        throw new Error(
          `${request.method} ${schemaPath} answered ${response.status}, which operation ` +
            `${found.operation.operationId} (${found.template}) does not declare: it declares ` +
            `${Object.keys(found.operation.responses ?? {}).join(', ')}`,
        );
      }
    },
  };
}

function clientFor(baseUrl: string, headers: Headers_, checked: boolean) {
  const client = createClient<paths>({
    baseUrl,
    headers,
    // Text bodies (CSV, malformed JSON in tests) go as they are; everything else as JSON.
    bodySerializer: (body) => (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  if (checked) client.use(documentedOnly(baseUrl));
  return client;
}

/**
 * A small HTTP client for API tests: `http(server.url).as(user).post(path, body)`. Paths are
 * concrete (`/api/v1/distributors/${id}`); `api(server)` is the typed form of the same client.
 */
export function http(baseUrl: string, headers: Headers_ = {}, checked = true) {
  const client = clientFor(baseUrl, headers, checked);
  // The untyped entry takes any path the test builds; the document check above still applies.
  const request = client.request as unknown as (
    method: string,
    path: string,
    init: Record<string, unknown>,
  ) => Promise<unknown>;
  async function send<T>(method: string, path: string, body?: Body, extra: Headers_ = {}) {
    let answer: globalThis.Response | undefined;
    await request(method, path, {
      body,
      // A string body with no type goes as text/plain, as fetch sends it, not as JSON.
      headers:
        typeof body === 'string' && !hasContentType(extra)
          ? { ...extra, 'content-type': null }
          : extra,
      parseAs: 'stream',
      fetch: async (input: Request) => {
        const response = await fetch(input);
        answer = response.clone();
        return response;
      },
    });
    if (!answer) throw new Error(`${method} ${path} got no answer`);
    const text = await answer.text();
    let parsed: unknown = text;
    if ((answer.headers.get('content-type') ?? '').includes('json') && text) {
      parsed = JSON.parse(text);
    }
    return { status: answer.status, headers: answer.headers, body: parsed as T, text };
  }
  return {
    as: (user: TestUser) =>
      http(baseUrl, { ...headers, authorization: `Bearer ${user.token}` }, checked),
    withHeaders: (more: Headers_) => http(baseUrl, { ...headers, ...more }, checked),
    /** For the few tests that mean to call what the document does not describe. */
    undocumented: () => http(baseUrl, headers, false),
    get: <T = unknown>(path: string) => send<T>('GET', path),
    post: <T = unknown>(path: string, body?: Body, extra?: Headers_) =>
      send<T>('POST', path, body, extra),
    patch: <T = unknown>(path: string, body?: Body) => send<T>('PATCH', path, body),
    put: <T = unknown>(path: string, body?: Body) => send<T>('PUT', path, body),
    delete: <T = unknown>(path: string) => send<T>('DELETE', path),
  };
}

function hasContentType(headers: Headers_) {
  return Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
}

/**
 * The typed client: `api(server).as(user).GET('/api/v1/distributors/{id}', { params: { path:
 * { id } } })`, with paths, parameters, bodies and answers from the generated types.
 */
export function api(server: { url: string }, headers: Headers_ = {}) {
  const client: Client<paths> = clientFor(server.url, headers, true);
  return Object.assign(client, {
    as: (user: TestUser) => api(server, { ...headers, authorization: `Bearer ${user.token}` }),
  });
}
