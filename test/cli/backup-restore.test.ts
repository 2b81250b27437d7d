// `liaison backup` and `liaison restore` through the real binary: the demo workspace (Vietnamese,
// Thai, Chinese, Polish and Mexican distributors, library files on disk) is backed up, restored
// into an empty database, and compared table by table, row by row, and file by file. A damaged
// or altered archive, a backup from a newer Liaison and a database that holds data are refused
// and leave the database as it was. On PostgreSQL the backup also restores into PGlite.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { sealAuditChains } from '../../src/audit/audit-chain.service.ts';
import { lockDataDirectory } from '../../src/cli/data-dir-lock.ts';
import { loadConfig } from '../../src/config.ts';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { type CliEnvironment, cliEnvironment } from './run-liaison.ts';

// Each run of the binary costs one to a few seconds; the demo seed about twenty on PGlite.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let source: CliEnvironment;
let target: CliEnvironment;
let work: string;
let archive: string;
let sourceTables: Record<string, string>;

beforeAll(async () => {
  [source, target] = await Promise.all([
    cliEnvironment({ freshDatabase: true }),
    cliEnvironment({ freshDatabase: true }),
  ]);
  work = await mkdtemp(path.join(os.tmpdir(), 'liaison-backup-'));
  archive = path.join(work, 'nightly.zip');
  const seeded = await source.run(['seed', '--demo']);
  expect(seeded.code, seeded.stderr).toBe(0);
  sourceTables = await withDatabase(source, async (database) => {
    await addAwkwardValuesAndSeal(database);
    return tableFingerprints(database);
  });
  // What `liaison start` keeps beside the embedded database to sign reply addresses.
  await writeFile(path.join(source.dataDir, 'secret.key'), 'the-source-servers-secret\n', {
    mode: 0o600,
  });
});

afterAll(async () => {
  await Promise.all([source?.cleanup(), target?.cleanup()]);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('liaison backup', () => {
  it('writes every table and every library file into one archive only its owner can read', async () => {
    const result = await source.run(['backup', '--out', archive]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^Backed up \d+ tables \(\d+ rows\) and 17 files to .*nightly\.zip \(\d+\.\d MB\) in \d+\.\d s\.\n$/,
    );
    expect((await stat(archive)).mode & 0o777).toBe(0o600);
    const manifest = JSON.parse(
      (await readEntries(archive)).get('manifest.json')?.toString() ?? '',
    );
    expect(manifest.tables.map((table: { name: string }) => table.name).sort()).toEqual(
      Object.keys(sourceTables).sort(),
    );
  });

  it('leaves the files in an S3 bucket to the bucket, and says so', async () => {
    const result = await source.run(['backup', '--out', path.join(work, 's3.zip')], {
      env: { LIAISON_S3_BUCKET: 'liaison-documents' },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(' and 0 files to ');
    expect(result.stderr).toContain(
      'The document files are in the S3 bucket liaison-documents, not in this archive',
    );
  });
});

describe('liaison restore', () => {
  it('restores into an empty database, every table row for row and every file byte for byte', async () => {
    const result = await target.run(['restore', archive]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^Restored \d+ tables \(\d+ rows\) and 17 files from the backup of \S+ in \d+\.\d s\.\n$/,
    );
    expect(await withDatabase(target, tableFingerprints)).toEqual(sourceTables);
    const files = await fileHashes(target);
    expect(Object.keys(files)).toHaveLength(17);
    expect(files).toEqual(await fileHashes(source));
    const secret = path.join(target.dataDir, 'secret.key');
    expect(await readFile(secret, 'utf8')).toBe('the-source-servers-secret\n');
    expect((await stat(secret)).mode & 0o777).toBe(0o600);
  });

  it('leaves an audit chain that verifies', async () => {
    const result = await target.run(['audit', 'verify', '--workspace', 'brenner']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/The audit log of brenner is intact: [1-9]\d* sealed entries/);
  });

  it('refuses a database with data, a damaged or altered archive, a failing load; nothing changes', async () => {
    const holdsData = await target.run(['restore', archive]);
    expect(holdsData.code).toBe(1);
    expect(holdsData.stderr).toContain('The database already holds data (workspaces: 1, users: ');
    expect(holdsData.stderr).toContain('add --force');

    // Forced, so that only the archive stands in the way.
    const damaged = path.join(work, 'damaged.zip');
    await damageEntry(archive, 'tables/order_line.copy', damaged);
    const damagedRun = await target.run(['restore', damaged, '--force']);
    expect(damagedRun.code).toBe(1);
    expect(damagedRun.stderr).toMatch(
      /(damaged at tables\/order_line\.copy|tables\/order_line\.copy in the archive does not match its checksum).*Nothing was restored\./,
    );

    const altered = path.join(work, 'altered.zip');
    await rewriteArchive(archive, altered, (entries) => {
      const table = entries.get('tables/workspace.copy')?.toString() ?? '';
      entries.set('tables/workspace.copy', Buffer.from(table.replace('Brenner', 'Brennex')));
    });
    const alteredRun = await target.run(['restore', altered, '--force']);
    expect(alteredRun.code).toBe(1);
    expect(alteredRun.stderr).toContain(
      'tables/workspace.copy in the archive does not match its checksum',
    );

    // Checksums that match, and a contact of a distributor that does not exist: the load fails
    // part way, after every table was emptied, and all of it rolls back.
    const orphan = path.join(work, 'orphan.zip');
    await rewriteArchive(archive, orphan, (entries) => {
      const manifest = JSON.parse(entries.get('manifest.json')?.toString() ?? '');
      const contact = manifest.tables.find((table: { name: string }) => table.name === 'contact');
      const column = contact.columns.indexOf('distributor_id');
      const [first = '', ...rest] = (entries.get('tables/contact.copy')?.toString() ?? '').split(
        '\n',
      );
      const fields = first.split('\t');
      fields[column] = '00000000-0000-4000-8000-000000000000';
      const body = Buffer.from([fields.join('\t'), ...rest].join('\n'));
      entries.set('tables/contact.copy', body);
      Object.assign(contact, { bytes: body.length, sha256: sha256(body) });
      entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    });
    const orphanRun = await target.run(['restore', orphan, '--force']);
    expect(orphanRun.code).toBe(1);
    expect(orphanRun.stderr).toMatch(
      /Loading the table contact failed: .*foreign key.*Nothing was restored\./,
    );

    expect(await withDatabase(target, tableFingerprints)).toEqual(sourceTables);
  });

  it('refuses a backup from a newer Liaison before opening the database', async () => {
    const newer = path.join(work, 'newer.zip');
    await rewriteArchive(archive, newer, (entries) => {
      const manifest = JSON.parse(entries.get('manifest.json')?.toString() ?? '');
      manifest.migrations.push('9999_from_the_future');
      entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    });
    const result = await target.run(['restore', newer, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('migration 9999_from_the_future is unknown here');
  });

  it('with --force replaces everything the database holds', async () => {
    await withDatabase(target, async (database) => {
      await database.rawQuery(`UPDATE workspace SET name = 'Somebody else'`);
      await database.rawQuery('DELETE FROM sales_target');
    });
    const result = await target.run(['restore', archive, '--force']);
    expect(result.code, result.stderr).toBe(0);
    expect(await withDatabase(target, tableFingerprints)).toEqual(sourceTables);
  });

  it('restores a PostgreSQL backup into the embedded database', async (context) => {
    if (source.engine !== 'postgres') context.skip();
    const dataDir = path.join(work, 'embedded');
    const env: NodeJS.ProcessEnv = { ...source.env, LIAISON_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const result = await runBinary(['restore', archive], env);
    expect(result.code, result.stderr).toBe(0);
    const embedded = await openDatabase({ dataDir });
    try {
      expect(await tableFingerprints(embedded)).toEqual(sourceTables);
    } finally {
      await embedded.close();
    }
  });
});

describe('liaison backup of an embedded database in use', () => {
  it('names the process that holds it and how to go on', async (context) => {
    if (source.engine !== 'pglite') context.skip();
    // The lock a running `liaison start` holds, taken by this process instead of a server.
    const lock = lockDataDirectory(loadConfig({ LIAISON_DATA_DIR: source.dataDir }));
    try {
      const result = await source.run(['backup', '--out', path.join(work, 'busy.zip')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Liaison (process ${process.pid}) is using`);
      expect(result.stderr).toContain('stop it first, or use PostgreSQL');
    } finally {
      lock.release();
    }
  });
});

async function withDatabase<T>(cli: CliEnvironment, work: (database: Database) => Promise<T>) {
  const database = await openDatabase(
    cli.engine === 'postgres'
      ? { databaseUrl: cli.env.DATABASE_URL, poolSize: 1 }
      : { dataDir: cli.dataDir },
  );
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/**
 * Values COPY must escape (a tab, a newline, a backslash, quotes, an emoji), bytes in a bytea
 * column, and an audit chain sealed as the running server would have sealed it.
 */
async function addAwkwardValuesAndSeal(database: Database) {
  await database.rawQuery(`UPDATE distributor SET notes = $1 WHERE country = 'PL'`, [
    'Zamówienia:\n\tprzez \\\\serwer\\wspólny — „pilne" 🚚\r\nŁódź, Gdańsk',
  ]);
  const [message] = await database.rawQuery<Record<string, string>>(
    `SELECT workspace_id, thread_id, id, distributor_id FROM communication_message LIMIT 1`,
  );
  expect(message).toBeDefined();
  await database.rawQuery(
    `INSERT INTO communication_attachment (workspace_id, thread_id, message_id, distributor_id,
       position, file_name, content_type, size_bytes, content, created_at)
     VALUES ($1, $2, $3, $4, 0, 'bảng giá 2027 (ราคา) 价格表.pdf', 'application/pdf', 256, $5, now())`,
    [
      message?.workspace_id,
      message?.thread_id,
      message?.id,
      message?.distributor_id,
      Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
    ],
  );
  await sealAuditChains(database, new Date());
}

/** Per table in the public schema: its row count and an MD5 over every row's text, in order. */
async function tableFingerprints(database: Database): Promise<Record<string, string>> {
  await database.rawQuery(`SET TimeZone = 'UTC'`);
  const tables = await database.rawQuery<{ name: string }>(
    `SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const fingerprints: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await database.rawQuery<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))
       AS md5 FROM "${name}" t`,
    );
    fingerprints[name] = `${row?.rows} rows, ${row?.md5}`;
  }
  return fingerprints;
}

async function fileHashes(cli: CliEnvironment): Promise<Record<string, string>> {
  const folder = path.join(cli.dataDir, 'files');
  const hashes: Record<string, string> = {};
  for (const name of await readdir(folder, { recursive: true })) {
    const file = path.join(folder, name);
    if (!(await stat(file)).isFile()) continue;
    hashes[name] = sha256(await readFile(file));
  }
  return hashes;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const listed: yauzl.Entry[] = [];
  for await (const entry of zip.eachEntry()) listed.push(entry);
  const entries = new Map<string, Buffer>();
  for (const entry of listed) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return entries;
}

/** A well-formed archive with changed contents: only the manifest's checksums can tell. */
async function rewriteArchive(file: string, out: string, change: (e: Map<string, Buffer>) => void) {
  const entries = await readEntries(file);
  change(entries);
  const zip = new yazl.ZipFile();
  for (const [name, body] of entries) zip.addBuffer(body, name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(out));
}

/** The archive with one byte inverted in the middle of an entry's compressed data. */
async function damageEntry(file: string, name: string, out: string) {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  let found: yauzl.Entry | undefined;
  for await (const entry of zip.eachEntry()) if (entry.fileName === name) found = entry;
  if (!found) throw new Error(`no ${name} in ${file}`);
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(found, { minimal: true });
  zip.close();
  const bytes = await readFile(file);
  const at = fileDataStart + Math.floor(found.compressedSize / 2);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  await writeFile(out, bytes);
}

function runBinary(args: string[], env: NodeJS.ProcessEnv) {
  const binary = path.resolve(import.meta.dirname, '../../bin/liaison.mjs');
  return new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(process.execPath, [binary, ...args], { env }, (error, _stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stderr });
    });
  });
}
