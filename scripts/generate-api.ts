// npm run generate:api: writes web/src/api/openapi.d.ts, the types of the OpenAPI document that
// the web app's and the tests' openapi-fetch clients use. It builds the app on in-memory PGlite
// without listening; test/openapi.test.ts fails when the committed file is stale.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { createMailer } from '../src/platform/mail.ts';

export const apiTypesFile = path.resolve(
  import.meta.dirname,
  '..',
  'web',
  'src',
  'api',
  'openapi.d.ts',
);

const header =
  '// Generated from the OpenAPI document by `npm run generate:api` (scripts/generate-api.ts).\n' +
  '// Do not edit: change the route schemas and run it again.\n\n';

/** The TypeScript types of an OpenAPI document, as openapi-typescript writes them. */
export async function renderApiTypes(document: unknown): Promise<string> {
  // The document is the server's own JSON: openapi-typescript checks it as it reads it.
  // A field with a default is optional in a request body: only the server fills it in.
  const ast = await openapiTS(document as OpenAPI3, { defaultNonNullable: false });
  return header + astToString(ast);
}

/** The document as the server serves it at /api/openapi.json. */
export async function buildOpenApiDocument(): Promise<unknown> {
  const database = await openDatabase({ inMemory: true });
  const config = loadConfig({ LOG_LEVEL: 'silent', LIAISON_DEMO: 'false' });
  const app = await buildApp({
    config,
    database,
    mailer: createMailer(undefined, config.mailFrom),
  });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await database.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  await writeFile(apiTypesFile, await renderApiTypes(await buildOpenApiDocument()));
  process.stderr.write(`Wrote ${path.relative(process.cwd(), apiTypesFile)}\n`);
}
