// `liaison restore`: loads an archive of backup.ts into the configured database, whichever engine
// wrote it. Every entry must match its checksum before the database is even opened; then the
// schema is migrated to the backup's migration, every table is emptied and loaded in one
// transaction (all or nothing), and the migrations the backup predates run over the restored data.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import packageJson from '../../package.json' with { type: 'json' };
import type { Config } from '../config.ts';
import {
  listAppliedMigrations,
  listTables,
  listTriggeredTables,
  type TableShape,
} from '../db/catalog.ts';
import type { Database } from '../db/client.ts';
import { knownMigrations, migrate } from '../db/migrate.ts';
import {
  inOwnerTransaction,
  type OwnerConnection,
  quoteIdentifier,
} from '../db/owner-connection.ts';
import {
  type BackupArchive,
  type BackupManifest,
  BackupProblem,
  type ExpectedEntry,
  fileEntry,
  openBackupArchive,
  secretEntry,
  tableEntry,
} from './backup-archive.ts';
import { type FileStore, openFileStore } from './file-store.ts';

export type RestoreProgress = (
  phase: 'check' | 'tables' | 'files',
  done: number,
  total: number,
) => void;

export type RestoreSummary = {
  createdAt: string;
  tables: number;
  rows: number;
  files: number;
  /** The backup's files stayed in an S3 bucket: they come back from the bucket's own versions. */
  filesInS3: boolean;
  /** Migrations newer than the backup, applied after loading it. */
  migrated: string[];
};

/**
 * Opens the archive and refuses one this Liaison cannot restore (not a backup, a newer format,
 * newer migrations, an entry that does not match its checksum) before the database is opened at
 * all. The caller closes it.
 */
export async function openBackup(
  file: string,
  onProgress: RestoreProgress = () => undefined,
): Promise<BackupArchive> {
  const archive = await openBackupArchive(file, packageJson.version);
  try {
    refuseNewerMigrations(archive.manifest);
    await verifyArchive(archive, onProgress);
    return archive;
  } catch (error) {
    archive.close();
    throw error;
  }
}

export async function restoreBackup(
  database: Database,
  config: Config,
  archive: BackupArchive,
  options: { force: boolean; onProgress?: RestoreProgress },
): Promise<RestoreSummary> {
  const onProgress = options.onProgress ?? (() => undefined);
  const { manifest } = archive;
  await inOwnerTransaction(database, 'BEGIN READ ONLY', (connection) =>
    checkTarget(connection, manifest, options.force),
  );
  await migrate(database, { through: manifest.migrations.at(-1) });
  const store = openFileStore(config);
  await inOwnerTransaction(database, 'BEGIN', async (connection) => {
    // Again inside the transaction that replaces the data: a server on the same PostgreSQL
    // may have written in the meantime.
    await checkTarget(connection, manifest, options.force);
    // A cycle of foreign keys (a distributor's owner is a membership, which may name a
    // distributor) is closed by a deferrable key, checked at commit (db/catalog.ts).
    await connection.query('SET CONSTRAINTS ALL DEFERRED');
    await loadTables(connection, archive, onProgress);
    await restoreFiles(archive, store, onProgress);
  });
  if (manifest.appSecret && !config.appSecret) await restoreAppSecret(archive, config.dataDir);
  const { applied } = await migrate(database);
  return {
    createdAt: manifest.createdAt,
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    files: manifest.files.entries.length,
    filesInS3: manifest.files.store === 's3',
    migrated: applied,
  };
}

/** A backup from a newer Liaison holds columns this one does not know; it cannot go back. */
function refuseNewerMigrations(manifest: BackupManifest) {
  const known = knownMigrations();
  const unknown = manifest.migrations.filter((name) => !known.includes(name));
  const isPrefix = manifest.migrations.every((name, index) => known[index] === name);
  if (unknown.length || !isPrefix) {
    throw new BackupProblem('newer_migrations', {
      version: manifest.liaisonVersion,
      migration: unknown[0] ?? manifest.migrations.at(-1) ?? '',
    });
  }
}

/**
 * The database must be at or before the backup's migration (there is no way down), and empty
 * (migrated or not, without workspaces or users) unless the operator forces the replacement.
 */
async function checkTarget(connection: OwnerConnection, manifest: BackupManifest, force: boolean) {
  const applied = await listAppliedMigrations(connection);
  const ahead = applied.find((name) => !manifest.migrations.includes(name));
  if (ahead) {
    throw new BackupProblem('newer_schema', {
      migration: ahead,
      backup: manifest.migrations.at(-1) ?? '',
    });
  }
  if (force || !applied.length) return;
  const [held] = await connection.query<{ workspaces: number; users: number }>(
    `SELECT (SELECT count(*) FROM workspace)::int AS workspaces,
            (SELECT count(*) FROM app_user)::int AS users`,
  );
  if (held && (held.workspaces > 0 || held.users > 0)) {
    throw new BackupProblem('not_empty', { workspaces: held.workspaces, users: held.users });
  }
}

/**
 * Reads every entry once and compares it with the manifest. The load checks each entry again as
 * it reads it, in case the file changes in between.
 */
async function verifyArchive(archive: BackupArchive, onProgress: RestoreProgress) {
  const { manifest } = archive;
  const expected: ExpectedEntry[] = [
    ...manifest.tables.map((table) => ({ ...table, name: tableEntry(table.name) })),
    ...manifest.files.entries.map((entry) => ({ ...entry, name: fileEntry(entry.key) })),
    ...(manifest.appSecret ? [{ ...manifest.appSecret, name: secretEntry }] : []),
  ];
  for (const [index, entry] of expected.entries()) {
    onProgress('check', index, expected.length);
    await finished(archive.read(entry).resume());
  }
  onProgress('check', expected.length, expected.length);
}

async function loadTables(
  connection: OwnerConnection,
  archive: BackupArchive,
  onProgress: RestoreProgress,
) {
  const saved = new Map(archive.manifest.tables.map((table) => [table.name, table]));
  const tables = await listTables(connection);
  refuseOtherSchema(tables, archive.manifest);
  // The tables' own triggers keep summaries (order months, charter commitments) as rows arrive;
  // the backup already holds those summaries, so the triggers rest while it loads. The foreign
  // keys stay on: the load order satisfies them, and they prove the archive's rows fit together.
  const triggered = await listTriggeredTables(connection);
  for (const name of triggered) {
    await connection.query(`ALTER TABLE ${quoteIdentifier(name)} DISABLE TRIGGER USER`);
  }
  await connection.query(
    `TRUNCATE ${tables.map((table) => quoteIdentifier(table.name)).join(', ')}`,
  );
  for (const [index, table] of tables.entries()) {
    onProgress('tables', index, tables.length);
    const entry = saved.get(table.name);
    if (!entry) throw new BackupProblem('schema_differs', { table: table.name });
    const checked = { ...entry, name: tableEntry(entry.name) };
    await connection.copyIn(table.name, table.columns, archive.read(checked)).catch((error) => {
      // A row PostgreSQL refuses (a key without its row, a failed check): say which table.
      if (error instanceof BackupProblem) throw error;
      throw new BackupProblem('load_failed', { table: table.name, reason: error.message });
    });
  }
  onProgress('tables', tables.length, tables.length);
  for (const name of triggered) {
    await connection.query(`ALTER TABLE ${quoteIdentifier(name)} ENABLE TRIGGER USER`);
  }
  await restoreSequences(connection, archive.manifest.sequences);
}

/** After migrating to the backup's migration the tables must be the backup's, column for column. */
function refuseOtherSchema(tables: TableShape[], manifest: BackupManifest) {
  const target = new Map(tables.map((table) => [table.name, table.columns.join(',')]));
  for (const table of manifest.tables) {
    if (target.get(table.name) !== table.columns.join(',')) {
      throw new BackupProblem('schema_differs', { table: table.name });
    }
  }
  const missing = tables.find((table) => !manifest.tables.some((t) => t.name === table.name));
  if (missing) throw new BackupProblem('schema_differs', { table: missing.name });
}

async function restoreSequences(
  connection: OwnerConnection,
  sequences: BackupManifest['sequences'],
) {
  for (const { name, lastValue } of sequences) {
    if (lastValue === null) {
      await connection.query(`ALTER SEQUENCE ${quoteIdentifier(name)} RESTART`);
    } else {
      await connection.query('SELECT setval($1::regclass, $2::bigint, true)', [
        quoteIdentifier(name),
        lastValue,
      ]);
    }
  }
}

/**
 * Puts each file into the store configured now, local disk or S3, whichever the backup came
 * from. Done before the tables commit: should the commit fail, a stored file is merely unused,
 * as are files the store already held.
 */
async function restoreFiles(archive: BackupArchive, store: FileStore, onProgress: RestoreProgress) {
  const entries = archive.manifest.files.entries;
  for (const [index, entry] of entries.entries()) {
    onProgress('files', index, entries.length);
    const body = await readWhole(archive, { ...entry, name: fileEntry(entry.key) });
    // The library's rows keep each file's media type; the store's own is never read back.
    await store.put(entry.key, body, { mediaType: 'application/octet-stream' });
  }
  onProgress('files', entries.length, entries.length);
}

async function restoreAppSecret(archive: BackupArchive, dataDir: string) {
  const secret = archive.manifest.appSecret;
  if (!secret) return;
  const body = await readWhole(archive, { ...secret, name: secretEntry });
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'secret.key');
  await writeFile(file, body, { mode: 0o600 });
  // The mode above applies only to a new file; one that existed keeps its own otherwise.
  await chmod(file, 0o600);
}

async function readWhole(archive: BackupArchive, entry: ExpectedEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of archive.read(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
