import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultCharterContent } from '../../src/charter/charter.content.ts';
import { documentHash, type SignedCharterBundle } from '../../src/charter/charter.document.ts';
import { type CliEnvironment, cliEnvironment } from './run-liaison.ts';

// One data directory (or fresh PostgreSQL database) for the file: the tests run in order,
// from an empty database to a running server.
// Each run of the binary costs about a second, several on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let cli: CliEnvironment;
beforeAll(async () => {
  cli = await cliEnvironment({ freshDatabase: true });
});
afterAll(() => cli.cleanup());

describe('liaison --help and usage errors', () => {
  it('lists every command with an example and exits 0', async () => {
    const result = await cli.run(['--help']);
    expect(result.code).toBe(0);
    for (const command of [
      'start',
      'migrate',
      'seed [options]',
      'user create [options]',
      'token create [options]',
      'import distributors [options] <file>',
      'export distributors [options]',
      'charter verify [options]',
      'audit verify [options]',
    ]) {
      expect(result.stdout).toContain(`  ${command}`);
    }
    expect(result.stdout).toContain('$ liaison import distributors partners.csv');
    expect(result.stdout).toContain('$ liaison seed --demo');
    expect(result.stderr).toBe('');
  });

  it('shows an example in the help of a command', async () => {
    const result = await cli.run(['user', 'create', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--distributor <id-or-name>');
    expect(result.stdout).toContain('$ liaison user create --email minh@saigonmotor.example');
  });

  it('exits 2 for an unknown command, option or missing argument, with a hint on stderr', async () => {
    const cases: [string[], RegExp][] = [
      [['launch'], /unknown command 'launch'/],
      [['migrate', '--force'], /unknown option '--force'/],
      [['import', 'distributors', '--workspace', 'brenner'], /missing required argument 'file'/],
      [['token', 'create', '--email', 'a@b.example'], /required option '--workspace <slug>'/],
      [['seed'], /Say what to load: liaison seed --demo/],
    ];
    for (const [args, message] of cases) {
      const result = await cli.run(args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('exits 2 and names each invalid option', async () => {
    const result = await cli.run([
      'user',
      'create',
      '--email',
      'not-an-email',
      '--name',
      'Anna Schulz',
      '--workspace',
      'Brenner GmbH',
      '--role',
      'principal_admin',
      '--password',
      'short',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Error: Some options are invalid:');
    expect(result.stderr).toContain('  --email: Enter a valid e-mail address');
    expect(result.stderr).toContain('  --workspace: Use lowercase letters, digits and hyphens');
    expect(result.stderr).toContain('  --password: Use at least 10 characters.');
  });

  it('explains an invalid environment variable and exits 1', async () => {
    const result = await cli.run(['migrate'], { env: { PORT: 'eighty' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Liaison cannot start: invalid environment.');
    expect(result.stderr).toContain('PORT');
  });
});

describe('liaison migrate and seed', () => {
  it('applies the migrations once, then says the database is up to date', async () => {
    const first = await cli.run(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^Applied \d+ migrations?:\n {2}0001_foundation\n/);
    const second = await cli.run(['migrate']);
    expect(second).toEqual({ code: 0, stdout: '', stderr: 'The database is up to date.\n' });
  });

  it('loads the demo data once and prints the demo logins each time', async () => {
    const first = await cli.run(['seed', '--demo']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Loaded the demo data.');
    expect(first.stderr).toContain('Demo logins (password: liaison-demo):');
    expect(first.stderr).toMatch(/admin@brenner\.example +Katrin Weber/);
    expect(first.stderr).toMatch(/lan\.nguyen@saigonmotor\.example +Nguyễn Thị Lan/);
    const second = await cli.run(['seed', '--demo']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('Demo data is already loaded; nothing changed.');
  });

  it('exports the demo distributors as CSV on stdout', async () => {
    const result = await cli.run(['export', 'distributors', '--workspace', 'brenner']);
    expect(result.code).toBe(0);
    // A byte-order mark first, so that Excel reads "Thủ Đức" as UTF-8.
    expect(result.stdout.split('\n')[0]).toBe(
      '\ufeffid,name,legal_name,country,city,time_zone,languages,website,lifecycle_stage,notes,' +
        'report_currency,external_ref,relationship_started_on,buffer_weeks,buffer_weeks_by_line,' +
        'report_due_day,status,created_at',
    );
    expect(result.stdout).toContain(',Saigon Motor Parts,"Saigon Motor Parts Co., Ltd.",VN,');
    expect(result.stderr).toMatch(/^Exported \d+ distributors\.\n$/);
  });

  it('verifies the demo’s signed charter in the database', async () => {
    const result = await cli.run([
      'charter',
      'verify',
      '--workspace',
      'brenner',
      '--distributor',
      'saigon motor parts',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ The stored charter text is the signed text.');
    expect(result.stdout).toMatch(/✓ Signed by Nguyễn Thị Lan \(Giám đốc điều hành/);
    expect(result.stderr).toMatch(
      /^Verified: the text, its SHA-256 [0-9a-f]{64} and both signatures/,
    );
  });

  it('verifies the demo workspace’s audit chain', async () => {
    const result = await cli.run(['audit', 'verify', '--workspace', 'brenner']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^The audit log of brenner is intact: \d+ sealed entries verified\.$/m,
    );
  });

  it('verifies the version asked for: --version after the command is the charter’s', async () => {
    const base = [
      'charter',
      'verify',
      '--workspace',
      'brenner',
      '--distributor',
      'Saigon Motor Parts',
    ];
    const first = await cli.run([...base, '--version', '1']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✓ The stored charter text is the signed text.');
    expect(first.stdout).not.toMatch(/^\d+\.\d+\.\d+$/m);
    const missing = await cli.run([...base, '--version', '99']);
    expect(missing.code).not.toBe(0);
    // Before the command it is still the program's own version.
    const program = await cli.run(['--version']);
    expect(program.code).toBe(0);
    expect(program.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('liaison charter verify --file', () => {
  async function bundleFile(name: string, tamper?: (bundle: SignedCharterBundle) => void) {
    const document = {
      format: 'liaison.charter/1' as const,
      workspace: { id: 'w', name: 'Brenner Autoteile GmbH' },
      distributor: { id: 'd', name: 'Saigon Motor Parts', country: 'VN', languages: ['vi'] },
      version: 1,
      basedOnVersion: null,
      productLines: {},
      content: defaultCharterContent('2026-01-01', 'en'),
    };
    const hash = documentHash(document);
    const signature = (party: 'principal' | 'distributor', typedName: string) => ({
      party,
      typedName,
      signerRole: 'Director',
      consentText: 'I agree.',
      contentHash: hash,
      signedAt: '2026-01-02T10:00:00.000Z',
      ip: null,
    });
    const bundle: SignedCharterBundle = {
      document,
      hash,
      signatures: [
        signature('principal', 'Katrin Weber'),
        signature('distributor', 'Nguyễn Thị Lan'),
      ],
    };
    tamper?.(bundle);
    const file = path.join(cli.dataDir, name);
    await writeFile(file, JSON.stringify(bundle));
    return file;
  }

  it('verifies a signed.json offline and exits 0', async () => {
    const result = await cli.run(['charter', 'verify', '--file', await bundleFile('good.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
    expect(result.stdout).toContain('✓ Signed by Katrin Weber (Director)');
  });

  it('exits 1 and says which check failed when the text was altered', async () => {
    const file = await bundleFile('tampered.json', (bundle) => {
      bundle.document.content.term.terminationNoticeDays = 7;
    });
    const result = await cli.run(['charter', 'verify', '--file', file, '--json']);
    expect(result.code).toBe(1);
    const verification = JSON.parse(result.stdout) as {
      verified: boolean;
      checks: { check: string; ok: boolean }[];
    };
    expect(verification.verified).toBe(false);
    expect(verification.checks.find((check) => check.check === 'hash')?.ok).toBe(false);
    expect(result.stderr).toContain('Not verified');
  });
});

describe('liaison start', () => {
  it('prints the URL and demo logins, serves the API and stops on SIGTERM', async () => {
    // On PostgreSQL the demo is loaded only when asked for.
    cli.env.LIAISON_DEMO = 'true';
    const server = await cli.start();
    try {
      await vi.waitFor(() =>
        expect(server.stderr()).toContain('Demo logins (password: liaison-demo):'),
      );
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.stderr()).toContain('Shutting down.');
  });

  it('says so when the port is in use, and exits 1', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await cli.run(['start'], { env: { PORT: String(port), HOST: '127.0.0.1' } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Error: Port ${port} is already in use.`);
    } finally {
      blocker.close();
    }
  });
});
