import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CliEnvironment, cliEnvironment } from './run-liaison.ts';

// One data directory for the file; on PostgreSQL the run's shared database, hence the unique
// workspace slug and e-mail addresses. Tests run in order and build on each other.
// Each run of the binary costs about a second, several on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let cli: CliEnvironment;
const unique = randomUUID().slice(0, 8);
const slug = `brenner-${unique}`;
const adminEmail = `katrin.weber.${unique}@brenner.example`;
const memberEmail = `minh.tran.${unique}@saigonmotor.example`;

const goodCsv = `name,legal_name,country,city,time_zone,languages,website,lifecycle_stage,notes
Saigon Motor Parts,"Saigon Motor Parts Co., Ltd.",VN,Ho Chi Minh City,Asia/Ho_Chi_Minh,vi;en,https://saigonmotor.example,active,
Siam Auto Components,,TH,Bangkok,Asia/Bangkok,th;en,,onboarding,"Brake pads, filters"
Mazowsze Części,,PL,Warszawa,Europe/Warsaw,pl,,,
`;

const badCsv = `name,country,city,time_zone,languages
Hanoi Auto Supply,Vietnam,Hanoi,Asia/Ho_Chi_Minh,vi;en
Da Nang Parts,VN,Da Nang,Asia/Hanoi,vi
Chiang Mai Brakes,TH,Chiang Mai,Asia/Bangkok,th
Chiang Mai Brakes,TH,Chiang Mai,Asia/Bangkok,th
Guadalajara Refacciones,MX,Guadalajara,America/Mexico_City,es
`;

async function csvFile(name: string, text: string) {
  const file = path.join(cli.dataDir, name);
  await writeFile(file, text);
  return file;
}

async function exportedNames() {
  const result = await cli.run(['export', 'distributors', '--workspace', slug]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[1]);
}

beforeAll(async () => {
  cli = await cliEnvironment();
});
afterAll(() => cli.cleanup());

describe('liaison user create', () => {
  it('creates a workspace and its first admin', async () => {
    const result = await cli.run(
      [
        'user',
        'create',
        '--email',
        adminEmail,
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
    expect(result.stderr).toBe(
      `Created workspace Brenner Autoteile GmbH (${slug}).\n` +
        `Created ${adminEmail} as Principal admin in Brenner Autoteile GmbH.\n`,
    );
    expect(result).toMatchObject({ code: 0, stdout: '' });
  });

  it('refuses an e-mail already in use, and an unknown workspace', async () => {
    const taken = await cli.run([
      'user',
      'create',
      '--email',
      adminEmail.toUpperCase(),
      '--name',
      'Katrin Weber',
      '--workspace',
      slug,
      '--role',
      'principal_viewer',
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain(`already exists`);
    const unknown = await cli.run([
      'user',
      'create',
      '--email',
      `nobody.${unique}@brenner.example`,
      '--name',
      'Nobody',
      '--workspace',
      `missing-${unique}`,
      '--role',
      'principal_viewer',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`No workspace "missing-${unique}". Existing:`);
    expect(unknown.stderr).toContain(slug);
  });
});

describe('liaison import distributors', () => {
  it('rejects a bad file with every error by row and column, and imports nothing', async () => {
    const file = await csvFile('bad.csv', badCsv);
    const result = await cli.run(['import', 'distributors', file, '--workspace', slug, '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'Checked 5 rows: 3 errors, so nothing was imported.',
        '  row 2, column country: "Vietnam" is not an ISO 3166 country code (did you mean VN?).',
        '  row 3, column time_zone: Unknown time zone "Asia/Hanoi".',
        '  row 5, column name: Duplicate distributor name "Chiang Mai Brakes" (also on row 4).',
        '',
      ].join('\n'),
    );
    // --json repeats the report on stdout for scripts.
    expect(JSON.parse(result.stdout)).toEqual({
      rows: 5,
      imported: 0,
      dryRun: false,
      errors: [
        expect.objectContaining({
          row: 2,
          column: 'country',
          detail: expect.stringContaining('VN'),
        }),
        expect.objectContaining({ row: 3, column: 'time_zone' }),
        expect.objectContaining({ row: 5, column: 'name' }),
      ],
    });
    expect(await exportedNames()).toEqual([]);
  });

  it('checks a good file with --dry-run and imports nothing', async () => {
    const file = await csvFile('good.csv', goodCsv);
    const result = await cli.run([
      'import',
      'distributors',
      file,
      '--workspace',
      slug,
      '--dry-run',
    ]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Checked 3 rows: no errors.\nDry run: nothing was imported.\n',
    });
    expect(await exportedNames()).toEqual([]);
  });

  it('imports a good file read from stdin, then exports its rows', async () => {
    const result = await cli.run(['import', 'distributors', '-', '--workspace', slug], {
      input: goodCsv,
    });
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Checked 3 rows: no errors.\nImported 3 distributors.\n',
    });
    const exported = await cli.run(['export', 'distributors', '--workspace', slug]);
    expect(exported.stderr).toBe('Exported 3 distributors.\n');
    expect(exported.stdout).toContain(
      ',Saigon Motor Parts,"Saigon Motor Parts Co., Ltd.",VN,Ho Chi Minh City,Asia/Ho_Chi_Minh,vi;en,https://saigonmotor.example,active,,EUR,,,,,,active,',
    );
    expect(exported.stdout).toContain(
      ',Siam Auto Components,,TH,Bangkok,Asia/Bangkok,th;en,,onboarding,"Brake pads, filters",EUR,,,,,,active,',
    );
    expect(exported.stdout).toContain(
      ',Mazowsze Części,,PL,Warszawa,Europe/Warsaw,pl,,prospect,,EUR,,,,,,active,',
    );
  });

  it('refuses a second import of the same names', async () => {
    const file = await csvFile('good.csv', goodCsv);
    const result = await cli.run(['import', 'distributors', file, '--workspace', slug]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Checked 3 rows: 3 errors, so nothing was imported.');
    expect(result.stderr).toContain(
      '  row 2, column name: A distributor named "Saigon Motor Parts" already exists in this workspace.',
    );
  });

  it('writes the export to a file with --output', async () => {
    const file = path.join(cli.dataDir, 'export.csv');
    const result = await cli.run(['export', 'distributors', '--workspace', slug, '-o', file]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: `Exported 3 distributors to ${file}.\n`,
    });
  });

  it('names each missing column on row 1', async () => {
    const file = await csvFile('columns.csv', 'name,city\nHanoi Auto Supply,Hanoi\n');
    const result = await cli.run(['import', 'distributors', file, '--workspace', slug]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'The file has 3 errors, so nothing was imported.',
        '  row 1, column country: Missing column "country".',
        '  row 1, column time_zone: Missing column "time_zone".',
        '  row 1, column languages: Missing column "languages".',
        '',
      ].join('\n'),
    );
  });

  it('says which file it cannot read', async () => {
    const result = await cli.run(['import', 'distributors', 'nowhere.csv', '--workspace', slug]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: Cannot read nowhere\.csv: ENOENT/);
  });
});

describe('liaison user create for a distributor, and token create', () => {
  it('adds a distributor user, naming the distributor by its exact name', async () => {
    const result = await cli.run([
      'user',
      'create',
      '--email',
      memberEmail,
      '--name',
      'Trần Minh',
      '--workspace',
      slug,
      '--role',
      'distributor_member',
      '--distributor',
      'saigon motor parts',
      '--password',
      'correct horse battery',
    ]);
    expect(result.stderr).toBe(
      `Created ${memberEmail} as Distributor member in Brenner Autoteile GmbH.\n`,
    );
    expect(result.code, result.stderr).toBe(0);
  });

  it('refuses a distributor role without a distributor, or with an unknown one', async () => {
    const base = ['user', 'create', '--name', 'Somchai', '--workspace', slug];
    const missing = await cli.run([
      ...base,
      '--email',
      `somchai.${unique}@siam.example`,
      '--role',
      'distributor_admin',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '--distributor: Choose the distributor this person works for.',
    );
    const unknown = await cli.run([
      ...base,
      '--email',
      `somchai.${unique}@siam.example`,
      '--role',
      'distributor_admin',
      '--distributor',
      'Siam',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No distributor "Siam" in this workspace');
    expect(unknown.stderr).toContain('did you mean "Siam Auto Components"?');
  });

  it('prints a token on stdout only; the API accepts it and the audit log names the CLI', async () => {
    const result = await cli.run([
      'token',
      'create',
      '--email',
      adminEmail,
      '--workspace',
      slug,
      '--name',
      'ERP sync',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^lia_\S+\n$/);
    expect(result.stderr).toContain(`Created API token "ERP sync" for ${adminEmail}.`);
    const token = result.stdout.trim();

    const server = await cli.start();
    try {
      const headers = { authorization: `Bearer ${token}` };
      const list = await fetch(`${server.url}/api/v1/distributors?status=all`, { headers });
      expect(list.status).toBe(200);
      const page = (await list.json()) as { total: number };
      expect(page.total).toBe(3);
      const audit = await fetch(`${server.url}/api/v1/audit-log`, { headers });
      expect(audit.status).toBe(200);
      const entries = (
        (await audit.json()) as { items: { action: string; actorName: string; actorVia: string }[] }
      ).items;
      for (const action of ['distributor.imported', 'membership.created', 'api_token.created']) {
        const entry = entries.find((item) => item.action === action);
        expect(entry, action).toMatchObject({
          actorVia: 'cli',
          actorName: expect.stringMatching(/^CLI \(.+\)$/),
        });
      }

      // Embedded PGlite serves one process: a command beside the running server is refused
      // rather than allowed to write over its files. PostgreSQL serves both.
      const beside = await cli.run(['export', 'distributors', '--workspace', slug]);
      if (cli.engine === 'pglite') {
        expect(beside.code).toBe(1);
        expect(beside.stderr).toMatch(/^Error: Liaison \(process \d+\) is using /);
      } else {
        expect(beside.code).toBe(0);
      }
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('refuses a token for someone who is not a member of the workspace', async () => {
    const result = await cli.run([
      'token',
      'create',
      '--email',
      `stranger.${unique}@example.com`,
      '--workspace',
      slug,
      '--name',
      'ERP sync',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`No user with e-mail stranger.${unique}@example.com.`);
  });
});
