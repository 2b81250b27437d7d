// The backup archive: a ZIP holding each table in PostgreSQL's COPY text format
// (`tables/<table>.copy`), the document library's local files (`files/<key>`), the embedded
// server's `secret.key` and, last, `manifest.json`, which names the migrations the data belongs
// to and the size and SHA-256 of every other entry. The format is the same for PGlite and
// PostgreSQL, so a backup of either restores into the other (docs/decisions.md, 2026-12-06).
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import yauzl from 'yauzl';
import { z } from 'zod';
import { isFileKey } from './file-store.ts';

export const backupFormat = 'liaison-backup';
/** Raised when an archive changes shape; a restore refuses archives of a newer format. */
export const backupFormatVersion = 1;
export const manifestEntry = 'manifest.json';
/** The embedded server's `secret.key` (docs/operations.md, replies by e-mail). */
export const secretEntry = 'secret.key';

export const tableEntry = (table: string) => `tables/${table}.copy`;
export const fileEntry = (key: string) => `files/${key}`;

const Checksum = {
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
};

const BackupHeader = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().positive(),
  liaisonVersion: z.string(),
});

export const BackupManifest = BackupHeader.extend({
  createdAt: z.iso.datetime(),
  engine: z.enum(['pglite', 'postgres']),
  serverVersion: z.string(),
  /** The migrations applied to the database the backup was taken from, in order. */
  migrations: z.array(z.string().regex(/^\d{4}_[a-z0-9_]+$/)).min(1),
  /** In load order: a table after every table it references. */
  tables: z.array(
    z.object({
      name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
      columns: z.array(z.string().min(1)).min(1),
      rows: z.number().int().nonnegative(),
      ...Checksum,
    }),
  ),
  /** Sequence positions: `lastValue` null for a sequence never used. */
  sequences: z.array(z.object({ name: z.string().min(1), lastValue: z.string().nullable() })),
  files: z.object({
    /** 's3': the files stayed in the bucket, which keeps its own versions. */
    store: z.enum(['local', 's3']),
    entries: z.array(z.object({ key: z.string().refine(isFileKey), ...Checksum })),
  }),
  /** The data dir's secret.key; null when LIAISON_SECRET was set or there was none. */
  appSecret: z.object(Checksum).nullable(),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export type BackupProblemReason =
  | 'unreadable'
  | 'damaged'
  | 'checksum'
  | 'newer_format'
  | 'newer_migrations'
  | 'newer_schema'
  | 'schema_differs'
  | 'load_failed'
  | 'not_empty';

/** Why a backup cannot be restored, for the command to phrase in the operator's language. */
export class BackupProblem extends Error {
  readonly reason: BackupProblemReason;
  readonly params: Record<string, string | number>;
  constructor(reason: BackupProblemReason, params: Record<string, string | number> = {}) {
    super(`${reason} ${JSON.stringify(params)}`);
    this.reason = reason;
    this.params = params;
  }
}

/** What the manifest says an entry holds; `rows` for a table. */
export type ExpectedEntry = { name: string; bytes: number; sha256: string; rows?: number };

/**
 * Passes bytes through unchanged while counting them, their lines (in COPY text format one a
 * row: a newline inside a value is written `\n`) and their SHA-256. Given what the manifest
 * expects, it fails the stream at its end, before a reader sees the end, if the bytes differ.
 */
export class Measure extends Transform {
  bytes = 0;
  lines = 0;
  readonly #hash = createHash('sha256');
  readonly #expected: ExpectedEntry | undefined;

  constructor(expected?: ExpectedEntry) {
    super();
    this.#expected = expected;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.lines += 1;
    this.#hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    const expected = this.#expected;
    const matches =
      !expected ||
      (this.bytes === expected.bytes &&
        this.sha256() === expected.sha256 &&
        (expected.rows === undefined || this.lines === expected.rows));
    done(matches ? null : new BackupProblem('checksum', { entry: expected?.name ?? '' }));
  }

  /** The SHA-256 in hex; only once every byte has passed. */
  sha256(): string {
    return this.#hash.copy().digest('hex');
  }
}

export type BackupArchive = {
  manifest: BackupManifest;
  /**
   * The entry's bytes, inflated, failing with a BackupProblem if the archive is damaged or the
   * bytes differ from what the manifest says.
   */
  read(expected: ExpectedEntry): Measure;
  close(): void;
};

/** Opens an archive and reads its manifest; refuses anything that is not a backup it can read. */
export async function openBackupArchive(file: string, liaisonVersion: string) {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new BackupProblem('unreadable', { file, reason: (error as Error).message });
  }
  try {
    const entries = new Map<string, yauzl.Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    const open = async (name: string) => {
      const entry = entries.get(name);
      if (!entry) throw new BackupProblem('damaged', { entry: name, reason: 'missing' });
      return zip.openReadStreamPromise(entry);
    };
    const manifest = parseManifest(await readAll(await open(manifestEntry)), liaisonVersion);
    const read = (expected: ExpectedEntry) => checkedStream(open, expected);
    return { manifest, read, close: () => zip.close() } satisfies BackupArchive;
  } catch (error) {
    zip.close();
    if (error instanceof BackupProblem) throw error;
    throw new BackupProblem('unreadable', { file, reason: (error as Error).message });
  }
}

function checkedStream(
  open: (name: string) => Promise<NodeJS.ReadableStream>,
  expected: ExpectedEntry,
): Measure {
  const measure = new Measure(expected);
  // A damaged byte shows as an inflate error, or as yauzl's "too many/few bytes".
  const damaged = (error: unknown) =>
    measure.destroy(
      error instanceof BackupProblem
        ? error
        : new BackupProblem('damaged', {
            entry: expected.name,
            reason: (error as Error).message ?? String(error),
          }),
    );
  open(expected.name).then((source) => {
    source.on('error', damaged);
    source.pipe(measure);
  }, damaged);
  return measure;
}

function parseManifest(text: string, liaisonVersion: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupProblem('damaged', { entry: manifestEntry, reason: 'not JSON' });
  }
  const header = BackupHeader.safeParse(json);
  if (header.success && header.data.formatVersion > backupFormatVersion) {
    throw new BackupProblem('newer_format', {
      version: header.data.liaisonVersion,
      ours: liaisonVersion,
    });
  }
  const manifest = BackupManifest.safeParse(json);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    const where = issue?.path.join('.') || manifestEntry;
    throw new BackupProblem('damaged', {
      entry: manifestEntry,
      reason: `${where}: ${issue?.message}`,
    });
  }
  return manifest.data;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
