// `liaison backup`: every table of one snapshot, the document library's local files and the
// embedded server's secret, in one archive (backup-archive.ts). The tables are read in a single
// REPEATABLE READ transaction as the owner, so the archive is one consistent moment however
// busy the server is; files are read after the snapshot began, and are never changed once
// written, so every file a backed-up row names is in the archive.
import { createReadStream } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import packageJson from '../../package.json' with { type: 'json' };
import type { Config } from '../config.ts';
import { listAppliedMigrations, listSequences, listTables } from '../db/catalog.ts';
import type { Database } from '../db/client.ts';
import { inOwnerTransaction, type OwnerConnection } from '../db/owner-connection.ts';
import {
  type BackupManifest,
  backupFormat,
  backupFormatVersion,
  fileEntry,
  Measure,
  manifestEntry,
  secretEntry,
  tableEntry,
} from './backup-archive.ts';
import { isFileKey } from './file-store.ts';

export type BackupProgress = (phase: 'tables' | 'files', done: number, total: number) => void;

export type BackupSummary = {
  file: string;
  tables: number;
  rows: number;
  files: number;
  fileStore: 'local' | 's3';
  bytes: number;
  seconds: number;
};

type Checksummed = { bytes: number; sha256: string };
/** The archive being written, and a promise that fails if writing it does. */
type Output = { zip: ZipFile; writeFailed: Promise<never> };

/**
 * Writes the archive to `file`, through `<file>.partial` so that a failed backup never leaves a
 * file that looks complete. The archive is readable by its owner only: it holds password hashes
 * and webhook secrets.
 */
export async function writeBackup(
  database: Database,
  config: Config,
  file: string,
  onProgress: BackupProgress = () => undefined,
): Promise<BackupSummary> {
  const started = performance.now();
  const partial = `${file}.partial`;
  // Opened first, so a missing folder or a read-only disk fails before any work.
  const output = await open(partial, 'w', 0o600);
  const zip = new ZipFile();
  const sink = output.createWriteStream();
  const written = pipeline(zip.outputStream, sink);
  // Once a write fails (a full disk) the archive reads no further, and a COPY feeding it would
  // wait for ever; so every wait for an entry also ends when writing fails.
  const writeFailed = new Promise<never>((_, reject) => written.catch(reject));
  writeFailed.catch(() => undefined);
  const archive: Output = { zip, writeFailed };
  try {
    const snapshot = await inOwnerTransaction(
      database,
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
      (connection) => readSnapshot(connection, archive, onProgress),
    );
    const files =
      config.fileStore.kind === 'local'
        ? await addLocalFiles(archive, config.fileStore.directory, onProgress)
        : [];
    const appSecret = config.appSecret ? null : await addAppSecret(archive, config.dataDir);
    const manifest: BackupManifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      liaisonVersion: packageJson.version,
      ...snapshot,
      files: { store: config.fileStore.kind, entries: files },
      appSecret,
    };
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), manifestEntry);
    zip.end();
    await written;
    await rename(partial, file);
    return {
      file,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      files: files.length,
      fileStore: config.fileStore.kind,
      bytes: (await stat(file)).size,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    sink.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

type Snapshot = Pick<
  BackupManifest,
  'createdAt' | 'engine' | 'serverVersion' | 'migrations' | 'tables' | 'sequences'
>;

async function readSnapshot(
  connection: OwnerConnection,
  archive: Output,
  onProgress: BackupProgress,
): Promise<Snapshot> {
  // now() is the transaction's start: the moment the snapshot shows.
  const [moment] = await connection.query<{ taken_at: Date | string; version: string }>(
    `SELECT now() AS taken_at, current_setting('server_version') AS version`,
  );
  const migrations = await listAppliedMigrations(connection);
  const shapes = await listTables(connection);
  const tables: BackupManifest['tables'] = [];
  for (const shape of shapes) {
    onProgress('tables', tables.length, shapes.length);
    const source = await connection.copyOut(shape.name, shape.columns);
    const { lines, ...checksum } = await addEntry(archive, tableEntry(shape.name), source);
    tables.push({ ...shape, rows: lines, ...checksum });
  }
  onProgress('tables', tables.length, shapes.length);
  return {
    createdAt: new Date(moment?.taken_at ?? Date.now()).toISOString(),
    engine: connection.engine,
    serverVersion: moment?.version ?? 'unknown',
    migrations,
    tables,
    // After the tables: a sequence is not part of the snapshot, and read later it is at least as
    // far as every row read, which is all a restore needs.
    sequences: await listSequences(connection),
  };
}

/**
 * Adds one entry and waits until its source has been read to the end (the archive may still be
 * compressing the last of it), so the next COPY can start on the same connection.
 */
async function addEntry(
  archive: Output,
  name: string,
  source: Readable,
): Promise<Checksummed & { lines: number }> {
  const measure = new Measure();
  archive.zip.addReadStream(measure, name);
  await Promise.race([pipeline(source, measure), archive.writeFailed]);
  return { bytes: measure.bytes, sha256: measure.sha256(), lines: measure.lines };
}

async function addLocalFiles(
  archive: Output,
  directory: string,
  onProgress: BackupProgress,
): Promise<BackupManifest['files']['entries']> {
  const keys = await listFileKeys(directory);
  const entries: BackupManifest['files']['entries'] = [];
  for (const key of keys) {
    onProgress('files', entries.length, keys.length);
    const { bytes, sha256 } = await addEntry(
      archive,
      fileEntry(key),
      createReadStream(path.join(directory, ...key.split('/'))),
    );
    entries.push({ key, bytes, sha256 });
  }
  onProgress('files', entries.length, keys.length);
  return entries;
}

/** The keys of the files under the store's folder; a half-written `*.tmp` is not one. */
async function listFileKeys(directory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => name.split(path.sep).join('/'))
    .filter(isFileKey)
    .sort();
}

/** The embedded server's `secret.key`, which signs reply addresses already sent; if there is one. */
async function addAppSecret(archive: Output, dataDir: string): Promise<Checksummed | null> {
  const file = path.join(dataDir, 'secret.key');
  try {
    await stat(file);
  } catch {
    return null;
  }
  const { bytes, sha256 } = await addEntry(archive, secretEntry, createReadStream(file));
  return { bytes, sha256 };
}
