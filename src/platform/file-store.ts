// Files kept outside the database: the document library's documents are large and versioned, so
// they live on local disk under the data dir or in an S3-compatible bucket, and the database keeps
// only their keys. Message attachments stay in the database (docs/decisions.md).
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { FileStoreConfig } from '../config.ts';

export type FileStore = {
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, body: Buffer, options: { mediaType: string }): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a key with no file is not an error. */
  delete(key: string): Promise<void>;
  /** Where the files go, for the startup log: never a credential. */
  describe(): string;
};

// "ab/cd/abcd1234-…": two levels of prefix taken from the UUID itself keep any one directory (or
// S3 listing) small. The backreferences insist the prefix is the UUID's own, so nothing but a
// key from newFileKey passes.
const fileKeyShape =
  /^([0-9a-f]{2})\/([0-9a-f]{2})\/\1\2[0-9a-f]{4}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;

/** A new, unguessable storage name. Callers store it; they never build one from user input. */
export function newFileKey(): string {
  const uuid = randomUUID();
  return `${uuid.slice(0, 2)}/${uuid.slice(2, 4)}/${uuid}`;
}

export function isFileKey(key: string): boolean {
  return fileKeyShape.test(key);
}

// Checked before any disk or network access: a key is a path on disk, so anything else (`../`, a
// leading `/`, a backslash) could reach files outside the store.
function checkedKey(key: string): string {
  if (!isFileKey(key)) throw new Error(`not a file key: ${JSON.stringify(key.slice(0, 100))}`);
  return key;
}

/** Files under one directory, by default `<LIAISON_DATA_DIR>/files`. */
export class LocalFileStore implements FileStore {
  readonly directory: string;

  constructor(directory: string) {
    this.directory = path.resolve(directory);
  }

  // The media type is not kept: the library's own rows record it, and local files are only ever
  // served through Liaison.
  async put(key: string, body: Buffer, _options: { mediaType: string }): Promise<void> {
    const file = this.pathOf(key);
    const folder = path.dirname(file);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // Written beside the final name and renamed over it, so a reader sees the old file or the
    // whole new one, never a partial write, even after a crash. The rename is atomic only within
    // one file system, hence the same folder.
    const temporary = path.join(folder, `.${path.basename(file)}.${randomUUID()}.tmp`);
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(body);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await syncFolder(folder);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // `force`: a missing file is fine. Empty prefix folders stay; there are at most 65,536.
    await rm(this.pathOf(key), { force: true });
  }

  describe(): string {
    return `local disk ${this.directory}`;
  }

  private pathOf(key: string): string {
    return path.join(this.directory, ...checkedKey(key).split('/'));
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

// The rename is durable only once the folder's entry is on disk too. Some platforms (Windows)
// cannot open a folder for syncing; there the rename still happened, so the error is ignored.
async function syncFolder(folder: string) {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort, as above.
  } finally {
    await handle?.close();
  }
}

export type S3FileStoreOptions = Omit<Extract<FileStoreConfig, { kind: 's3' }>, 'kind'>;

/**
 * Files in an S3 bucket, on AWS or an S3-compatible server (MinIO, Ceph, …). The SDK is loaded
 * with the first file stored or read, not when the server starts (docs/decisions.md, "Heavy
 * libraries load when first used").
 */
export class S3FileStore implements FileStore {
  readonly bucket: string;
  readonly #options: S3FileStoreOptions;
  #sdk: Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;
  #client: S3Client | undefined;
  readonly #where: string;

  constructor(options: S3FileStoreOptions) {
    this.bucket = options.bucket;
    this.#options = options;
    this.#where = options.endpoint
      ? `at endpoint ${options.endpoint}`
      : `in AWS region ${options.region}`;
  }

  #connect() {
    this.#sdk ??= import('@aws-sdk/client-s3').then((sdk) => {
      this.#client = this.#newClient(sdk.S3Client);
      return { client: this.#client, sdk };
    });
    return this.#sdk;
  }

  #newClient(Client: typeof S3Client) {
    const options = this.#options;
    return new Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      // Unset: the SDK's default chain (environment, shared profile, instance or task role).
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // The SDK adds CRC32 checksums to every request and checks them in responses by default
      // since early 2025; many S3-compatible servers refuse or mangle those, so on a custom
      // endpoint they are sent only where S3 requires them. AWS itself keeps the default.
      ...(options.endpoint
        ? {
            endpoint: options.endpoint,
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
          }
        : {}),
    });
  }

  async put(key: string, body: Buffer, options: { mediaType: string }): Promise<void> {
    const { client, sdk } = await this.#connect();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.bucket,
        Key: checkedKey(key),
        Body: body,
        ContentType: options.mediaType,
        ContentLength: body.length,
      }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const { client, sdk } = await this.#connect();
    try {
      const response = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }),
      );
      if (!response.Body) throw new Error(`S3 returned no body for ${key}`);
      const bytes = await response.Body.transformToByteArray();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      // Only a missing key means "no file": a missing bucket or refused credentials are errors
      // the operator must see, not files that silently vanished.
      if (error instanceof sdk.NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 whether or not the key existed.
    const { client, sdk } = await this.#connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
  }

  describe(): string {
    return `S3 bucket ${this.bucket} ${this.#where}`;
  }

  /** Closes the client's idle connections (tests, shutdown). */
  close(): void {
    this.#client?.destroy();
  }
}

/** S3 when a bucket is configured (the server then keeps no files), else local disk. */
export function openFileStore(config: { fileStore: FileStoreConfig }): FileStore {
  const settings = config.fileStore;
  return settings.kind === 's3'
    ? new S3FileStore(settings)
    : new LocalFileStore(settings.directory);
}

const openStores = new WeakMap<FileStoreConfig, FileStore>();

/** The store of this configuration, opened on first use and shared (one S3 client per server). */
export function fileStoreFor(config: { fileStore: FileStoreConfig }): FileStore {
  let store = openStores.get(config.fileStore);
  if (!store) {
    store = openFileStore(config);
    openStores.set(config.fileStore, store);
  }
  return store;
}
