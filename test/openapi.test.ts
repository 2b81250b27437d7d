import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import common from '../locales/en/common.json' with { type: 'json' };
import { apiTypesFile, renderApiTypes } from '../scripts/generate-api.ts';
import { errorStatus } from '../src/platform/errors.ts';
import { mediaTypes } from '../src/platform/openapi.ts';
import { api, declares, findOperation, http } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

const root = path.resolve(import.meta.dirname, '..');

type Response_ = { $ref?: string; content?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, Response_>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { responses?: Record<string, Response_> };
};
type LintProblem = { ruleId: string; severity: string; location: { pointer: string }[] };

/** What each download answers with; nothing here may claim to be JSON. */
const fileOperations: Record<string, string[]> = {
  exportDistributors: [mediaTypes.csv],
  exportAuditLog: [mediaTypes.csv],
  getCalendarFeed: [mediaTypes.calendar],
  getReportTemplate: [mediaTypes.xlsx, mediaTypes.csv],
  getReportRevisionFile: [mediaTypes.xlsx, mediaTypes.csv],
  getReviewPack: [mediaTypes.pdf],
  exportPortfolio: [mediaTypes.csv, mediaTypes.xlsx],
  getReportsExportFile: [mediaTypes.zip],
  getCharterPdf: [mediaTypes.pdf],
  getHandbookPdf: [mediaTypes.pdf],
  getCharterHtml: [mediaTypes.html],
  getHandbookHtml: [mediaTypes.html],
};

/** Operations that answer no client error: health has no input; signOut is a no-op without one. */
const noClientErrors = new Set(['health', 'signOut']);

let server: TestServer;
let document: Document;
beforeAll(async () => {
  server = await startTestServer();
  const response = await http(server.url).undocumented().get<Document>('/api/openapi.json');
  document = response.body;
});
afterAll(() => server.close());

function operations() {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
}

function resolve(response: Response_): Response_ {
  const name = response.$ref?.replace('#/components/responses/', '');
  return name ? (document.components.responses?.[name] ?? {}) : response;
}

async function lint(openApiDocument: unknown): Promise<LintProblem[]> {
  const directory = await mkdtemp(path.join(tmpdir(), 'liaison-openapi-'));
  try {
    const file = path.join(directory, 'openapi.json');
    await writeFile(file, JSON.stringify(openApiDocument));
    const cli = path.join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
    const args = [
      cli,
      'lint',
      file,
      '--config',
      path.join(root, 'redocly.yaml'),
      '--format',
      'json',
    ];
    const env = {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    };
    // The CLI exits 1 when it finds errors; its JSON report is on stdout either way.
    const { stdout } = await promisify(execFile)(process.execPath, args, { env }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    return (JSON.parse(stdout) as { problems: LintProblem[] }).problems;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 for swagger-parser', async () => {
    expect(document.openapi).toBe('3.1.0');
    // swagger-parser dereferences what it validates: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('passes redocly lint with the recommended rules', async () => {
    const problems = await lint(document);
    expect(problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}`)).toEqual([]);
  });

  it('gives every operation an operationId, a summary, tags and problem+json errors', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(80);
    for (const { path, method, operation } of all) {
      const where = `${method} ${path}`;
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.summary, where).toBeTruthy();
      expect(operation.tags?.length, where).toBeGreaterThan(0);
      const statuses = Object.keys(operation.responses ?? {});
      // A success: 2xx, or 3xx for the browser round trips of single sign-on, which redirect.
      expect(
        statuses.some((status) => status.startsWith('2') || status.startsWith('3')),
        where,
      ).toBe(true);
      if (!noClientErrors.has(operation.operationId ?? '')) {
        expect(
          statuses.some((status) => status.startsWith('4')),
          where,
        ).toBe(true);
      }
      for (const status of statuses.filter((status) => Number(status) >= 400)) {
        const response = resolve(operation.responses?.[status] ?? {});
        expect(Object.keys(response.content ?? {}), `${where} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
    const ids = all.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares the real media type of every file it sends', () => {
    const byId = new Map(operations().map((o) => [o.operation.operationId, o.operation]));
    for (const [operationId, expected] of Object.entries(fileOperations)) {
      const success = Object.entries(byId.get(operationId)?.responses ?? {}).find(([status]) =>
        status.startsWith('2'),
      );
      expect(Object.keys(success?.[1].content ?? {}).sort(), operationId).toEqual(
        [...expected].sort(),
      );
    }
  });

  it('fills in no default on a PATCH: a patch changes only the fields it names', () => {
    const schemas = (document.components as { schemas?: Record<string, unknown> }).schemas ?? {};
    const deref = (node: unknown): unknown => {
      const ref = (node as { $ref?: string } | undefined)?.$ref;
      return ref ? deref(schemas[ref.replace('#/components/schemas/', '')]) : node;
    };
    const patches = operations().filter(({ method }) => method === 'patch');
    expect(patches.length).toBeGreaterThan(5);
    const defaults = patches.flatMap(({ operation }) => {
      const body = (
        operation as { requestBody?: { content?: Record<string, { schema?: unknown }> } }
      ).requestBody;
      const schema = deref(body?.content?.['application/json']?.schema) as
        | { properties?: Record<string, unknown> }
        | undefined;
      return Object.entries(schema?.properties ?? {})
        .filter(([, property]) => (deref(property) as { default?: unknown }).default !== undefined)
        .map(([name]) => `${operation.operationId}.${name}`);
    });
    expect(defaults).toEqual([]);
  });

  it('matches the committed client types (run npm run generate:api when it does not)', async () => {
    const committed = await readFile(apiTypesFile, 'utf8');
    expect(
      committed === (await renderApiTypes(document)),
      'web/src/api/openapi.d.ts is stale',
    ).toBe(true);
  });

  it('lets the test client find each call’s operation and the statuses it declares', () => {
    const found = findOperation(document, 'GET', '/api/v1/distributors/export.csv?x=1');
    expect(found?.operation.operationId).toBe('exportDistributors');
    const byTemplate = findOperation(document, 'PATCH', '/api/v1/distributors/3f0c/contacts/9a1b');
    expect(byTemplate?.operation.operationId).toBe('updateContact');
    expect(findOperation(document, 'PUT', '/api/v1/distributors')).toBeUndefined();
    expect(declares(byTemplate?.operation ?? {}, 409)).toBe(true);
    expect(declares(byTemplate?.operation ?? {}, 202)).toBe(false);
  });

  it('serves the browsable API docs', async () => {
    const response = await http(server.url).undocumented().get('/api/docs/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });

  it('answers the health check with the database engine', async () => {
    const { data } = await api(server).GET('/api/health');
    expect(data?.status).toBe('ok');
    expect(['pglite', 'postgres']).toContain(data?.database);
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
    const response = await http(server.url)
      .undocumented()
      .get<{ status: number; type: string }>('/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.type).toBe('/problems/not-found');
  });
});
