import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import common from '../locales/en/common.json' with { type: 'json' };
import { errorStatus } from '../src/platform/errors.ts';
import { http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Operation = { operationId?: string; responses?: Record<string, unknown> };

describe('the OpenAPI document', () => {
  it('describes every API route with an operationId and its responses', async () => {
    const response = await http(server.url).get<{
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
    }>('/api/openapi.json');
    expect(response.body.openapi).toBe('3.1.0');
    const operations = Object.entries(response.body.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(25);
    expect(response.body.paths['/api/v1/distributors']).toHaveProperty('get');
    for (const { path, method, operation } of operations) {
      expect(operation.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
    }
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('serves the browsable API docs', async () => {
    const response = await http(server.url).get('/api/docs/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });

  it('answers the health check with the database engine', async () => {
    const response = await http(server.url).get<{ status: string }>('/api/health');
    expect(response.body.status).toBe('ok');
  });
});

describe('error catalogue', () => {
  it('has an English title for every error code', () => {
    const titles = common.errors as Record<string, { title?: string }>;
    for (const code of Object.keys(errorStatus)) {
      expect(titles[code]?.title, code).toBeTruthy();
    }
  });

  it('answers an unknown API path with problem+json 404', async () => {
    const response = await http(server.url).get<{ status: number; type: string }>('/api/nope');
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('/problems/not-found');
  });
});
