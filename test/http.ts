import type { TestUser } from './factories.ts';

export type Response<T = unknown> = { status: number; headers: Headers; body: T; text: string };

type Body = unknown;

/** A small HTTP client for API tests: `http(server.url).as(user).post(path, body)`. */
export function http(baseUrl: string, headers: Record<string, string> = {}) {
  async function send<T>(
    method: string,
    path: string,
    body?: Body,
    extra: Record<string, string> = {},
  ) {
    const init: RequestInit = { method, headers: { ...headers, ...extra } };
    if (body !== undefined) {
      if (typeof body === 'string') {
        init.body = body;
      } else {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      }
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) {
      parsed = JSON.parse(text);
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }
  return {
    as: (user: TestUser) => http(baseUrl, { ...headers, authorization: `Bearer ${user.token}` }),
    withHeaders: (more: Record<string, string>) => http(baseUrl, { ...headers, ...more }),
    get: <T = unknown>(path: string) => send<T>('GET', path),
    post: <T = unknown>(path: string, body?: Body, extra?: Record<string, string>) =>
      send<T>('POST', path, body, extra),
    patch: <T = unknown>(path: string, body?: Body) => send<T>('PATCH', path, body),
    put: <T = unknown>(path: string, body?: Body) => send<T>('PUT', path, body),
    delete: <T = unknown>(path: string) => send<T>('DELETE', path),
  };
}
