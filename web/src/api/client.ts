// One fetch wrapper for the JSON API: the session cookie rides along, errors arrive as RFC 9457
// problems and are thrown as ApiError so forms can map their field pointers.

export type ProblemFieldError = {
  pointer: string;
  detail: string;
  row?: number;
  column?: string;
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.title);
    this.status = problem.status;
    this.problem = problem;
  }
}

type QueryValue = string | number | boolean | undefined | null;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  json?: unknown;
  text?: { body: string; contentType: string };
  /** A file's bytes as the body, e.g. an uploaded spreadsheet. */
  file?: { body: Blob; contentType: string };
};

let unauthenticatedHandler: (() => void) | undefined;

/** Called when any request answers 401: the app drops the session and shows the sign-in page. */
export function onUnauthenticated(handler: () => void) {
  unauthenticatedHandler = handler;
}

export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | Blob | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers['content-type'] = options.text.contentType;
    body = options.text.body;
  } else if (options.file) {
    headers['content-type'] = options.file.contentType;
    body = options.file.body;
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ type: 'network', title: 'network', status: 0 });
  }
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const problem = isProblem(parsed)
      ? parsed
      : { type: 'about:blank', title: response.statusText, status: response.status };
    if (response.status === 401 && !path.startsWith('/auth/')) unauthenticatedHandler?.();
    throw new ApiError(problem);
  }
  // The server validates every response against the same zod schemas the types come from.
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
