// `liaison import orders|report-history|interactions`, run as the real binary: a dry run, a real
// import, and a file with errors named by row and column.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findWorkspaceBySlug } from '../../src/accounts/workspaces.service.ts';
import { createProductLine } from '../../src/charter/product-lines.service.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { createMailer } from '../../src/platform/mail.ts';
import { makeContext, systemActor } from '../../src/platform/tenancy.ts';
import { type CliEnvironment, cliEnvironment } from './run-liaison.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

let cli: CliEnvironment;
const unique = randomUUID().slice(0, 8);
const slug = `brenner-${unique}`;
const samples = path.resolve(import.meta.dirname, '../../docs/samples');

/** The product lines the samples name, made through the service on the CLI's own database. */
async function makeProductLines() {
  const database = await openDatabase(
    cli.env.DATABASE_URL ? { databaseUrl: cli.env.DATABASE_URL } : { dataDir: cli.dataDir },
  );
  try {
    const workspace = await findWorkspaceBySlug(database, slug);
    if (!workspace) throw new Error('the workspace was not created');
    const config = loadConfig({ LOG_LEVEL: 'silent', LIAISON_DEMO: 'false' });
    const ctx = makeContext(
      {
        db: database.db,
        config,
        mailer: createMailer(undefined, config.mailFrom),
        clock: systemClock,
      },
      systemActor(workspace.id, 'Test setup'),
    );
    await createProductLine(ctx, { code: 'BRK-100', name: 'Brake pads', category: 'Brakes' });
    await createProductLine(ctx, { code: 'FLT-200', name: 'Oil filters', category: 'Filters' });
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  cli = await cliEnvironment();
  const created = await cli.run(
    [
      'user',
      'create',
      '--email',
      `katrin.weber.${unique}@brenner.example`,
      '--name',
      'Katrin Weber',
      '--workspace',
      slug,
      '--new-workspace',
      'Brenner Autoteile GmbH',
      '--role',
      'principal_admin',
    ],
    { env: { LIAISON_PASSWORD: 'correct horse battery' } },
  );
  expect(created.code).toBe(0);
  await makeProductLines();
  const distributors = await cli.run([
    'import',
    'distributors',
    path.join(samples, 'distributors.csv'),
    '--workspace',
    slug,
  ]);
  expect(distributors.stderr).toContain('Imported 3 distributors.');
});
afterAll(() => cli.cleanup());

describe('liaison import orders', () => {
  it('checks a file on a dry run, then imports it', async () => {
    const file = path.join(samples, 'orders.csv');
    const dryRun = await cli.run(['import', 'orders', file, '--workspace', slug, '--dry-run']);
    expect(dryRun).toMatchObject({ code: 0, stdout: '' });
    expect(dryRun.stderr).toBe('Checked 5 rows: no errors.\nDry run: nothing was imported.\n');
    const real = await cli.run(['import', 'orders', file, '--workspace', slug, '--json']);
    expect(real.code).toBe(0);
    expect(real.stderr).toBe('Checked 5 rows: no errors.\nImported 5 order lines.\n');
    expect(JSON.parse(real.stdout)).toMatchObject({
      rows: 5,
      imported: 5,
      inserted: 5,
      replaced: 0,
    });
  });

  it('names every error by row and column and imports nothing', async () => {
    const file = path.join(cli.dataDir, 'bad-orders.csv');
    await writeFile(
      file,
      [
        'distributor,order_ref,ordered_on,product_line,quantity,net_value,currency',
        'Hanoi Brake Co,SO-1,2024-03-11,BRK-100,4,96,EUR',
        'C-10442,SO-2,2024-02-30,BRK-999,-4,96,EURO',
      ].join('\n'),
    );
    const result = await cli.run(['import', 'orders', file, '--workspace', slug]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'Checked 2 rows: 5 errors, so nothing was imported.',
        '  row 2, column distributor: No distributor has the reference, name or id "Hanoi Brake Co".',
        '  row 3, column ordered_on: Not a calendar date; write it as YYYY-MM-DD (e.g. 2026-02-28).',
        '  row 3, column quantity: Must be at least 0.',
        '  row 3, column currency: Use a three-letter ISO 4217 currency code, e.g. EUR.',
        '  row 3, column product_line: Unknown product line "BRK-999"; use the code of a product line in Liaison.',
        '',
      ].join('\n'),
    );
  });
});

describe('liaison import report-history and interactions', () => {
  it('imports the sample report history, then refuses the same months again', async () => {
    const file = path.join(samples, 'report-history.csv');
    const real = await cli.run(['import', 'report-history', file, '--workspace', slug]);
    expect(real.stderr).toBe('Checked 5 rows: no errors.\nImported 3 monthly reports.\n');
    const again = await cli.run(['import', 'report-history', file, '--workspace', slug]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'row 2, column month: Thăng Long Auto Parts JSC already has a report for 2024-03 in Liaison',
    );
  });

  it('refuses interactions with people who are not the distributor’s contacts', async () => {
    const file = path.join(samples, 'interactions.csv');
    const result = await cli.run([
      'import',
      'interactions',
      file,
      '--workspace',
      slug,
      '--dry-run',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'row 2, column people: No contact of Thăng Long Auto Parts JSC has the e-mail address or name "lan.nguyen@thanglong.example".',
    );
  });
});
