// One contract for both back ends: the local disk in a temporary folder, and S3 against s3rver
// (a fake S3 server in plain JavaScript) on a free port, addressed path-style as MinIO would be.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import {
  type FileStore,
  isFileKey,
  LocalFileStore,
  newFileKey,
  openFileStore,
  S3FileStore,
} from './file-store.ts';

// Vietnamese, Thai and Chinese text, an emoji and bytes that are not UTF-8 at all: what goes in
// comes back byte for byte.
const body = Buffer.concat([
  Buffer.from('Hợp đồng phân phối — สัญญาตัวแทนจำหน่าย — 经销协议 🚚\r\n', 'utf8'),
  Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0a]),
]);
const pdf = { mediaType: 'application/pdf' };

const badKeys = [
  '../secret.key',
  '../../etc/passwd',
  '/etc/passwd',
  '/ab/cd/00000000-0000-4000-8000-000000000000',
  'ab/cd/../../../secret.key',
  'ab\\cd\\abcd0000-0000-4000-8000-000000000000',
  'ab/cd/abcd0000-0000-4000-8000-000000000000/',
  'AB/CD/ABCD0000-0000-4000-8000-000000000000',
  // Right shape, but the prefix is not the UUID's own.
  'ff/ff/abcd0000-0000-4000-8000-000000000000',
  '',
];

function contract(open: () => FileStore) {
  it('gives back the bytes it was given', async () => {
    const store = open();
    const key = newFileKey();
    await store.put(key, body, pdf);
    expect(await store.get(key)).toEqual(body);
  });

  it('answers null for a key it never stored', async () => {
    expect(await open().get(newFileKey())).toBeNull();
  });

  it('forgets a deleted file, and deletes a missing one without complaint', async () => {
    const store = open();
    const key = newFileKey();
    await store.put(key, body, pdf);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.delete(key)).resolves.toBeUndefined();
    await expect(store.delete(newFileKey())).resolves.toBeUndefined();
  });

  it('keeps files under different keys apart, and replaces a file put again', async () => {
    const store = open();
    const first = newFileKey();
    const second = newFileKey();
    await Promise.all([
      store.put(first, Buffer.from('first version'), pdf),
      store.put(second, Buffer.from('second file'), pdf),
    ]);
    expect((await store.get(first))?.toString()).toBe('first version');
    expect((await store.get(second))?.toString()).toBe('second file');
    await store.put(first, Buffer.from('a new version'), pdf);
    expect((await store.get(first))?.toString()).toBe('a new version');
    expect((await store.get(second))?.toString()).toBe('second file');
  });

  it('stores an empty file', async () => {
    const store = open();
    const key = newFileKey();
    await store.put(key, Buffer.alloc(0), { mediaType: 'text/plain' });
    expect(await store.get(key)).toEqual(Buffer.alloc(0));
  });

  it('refuses any key that newFileKey did not make', async () => {
    const store = open();
    for (const key of badKeys) {
      await expect(store.put(key, body, pdf), key).rejects.toThrow(/not a file key/);
      await expect(store.get(key), key).rejects.toThrow(/not a file key/);
      await expect(store.delete(key), key).rejects.toThrow(/not a file key/);
    }
  });
}

describe('newFileKey', () => {
  it('makes a different two-level key every time, in the shape the stores accept', () => {
    const keys = Array.from({ length: 1000 }, newFileKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(isFileKey(key), key).toBe(true);
    expect(keys[0]).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
  });
});

describe('the local file store', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'liaison-files-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  contract(() => new LocalFileStore(path.join(folder, 'store')));

  it('refuses a bad key before touching the disk', async () => {
    const untouched = path.join(folder, 'untouched', 'files');
    const store = new LocalFileStore(untouched);
    for (const key of badKeys) {
      await expect(store.put(key, body, pdf), key).rejects.toThrow(/not a file key/);
    }
    expect(existsSync(path.join(folder, 'untouched'))).toBe(false);
    expect(existsSync(path.join(folder, 'secret.key'))).toBe(false);
  });

  it('leaves only the stored files behind: no temporary files', async () => {
    const directory = path.join(folder, 'tidy');
    const store = new LocalFileStore(directory);
    const keys = Array.from({ length: 20 }, newFileKey);
    await Promise.all(keys.map((key) => store.put(key, body, pdf)));
    await store.put(keys[0] ?? '', Buffer.from('replaced'), pdf);
    expect((await filesUnder(directory)).sort()).toEqual([...keys].sort());
  });

  it('cleans up after a write that fails', async () => {
    const directory = path.join(folder, 'failing');
    const store = new LocalFileStore(directory);
    const key = newFileKey();
    // A folder where the file should go makes the final rename fail.
    await mkdir(path.join(directory, ...key.split('/')), { recursive: true });
    await expect(store.put(key, body, pdf)).rejects.toThrow();
    const leftovers = await readdir(path.join(directory, ...key.split('/').slice(0, 2)));
    expect(leftovers).toEqual([key.split('/')[2]]);
  });

  it('describes itself by its folder', () => {
    expect(new LocalFileStore(path.join(folder, 'store')).describe()).toBe(
      `local disk ${path.join(folder, 'store')}`,
    );
  });
});

/** Every file under the folder, as a key ("ab/cd/uuid"). */
async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'));
}

describe('the S3 file store', () => {
  const bucket = 'liaison-library';
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  let folder: string;
  let server: S3rver;
  let endpoint: string;
  const stores: S3FileStore[] = [];
  const open = (name = bucket) => {
    const store = new S3FileStore({
      bucket: name,
      endpoint,
      region: 'us-east-1',
      credentials,
      forcePathStyle: true,
    });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'liaison-s3rver-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: folder,
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    const address = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    for (const store of stores) store.close();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  contract(() => open());

  it('stores the media type with the object', async () => {
    const key = newFileKey();
    await open().put(key, body, pdf);
    const client = new S3Client({
      region: 'us-east-1',
      endpoint,
      credentials,
      forcePathStyle: true,
    });
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      expect(head.ContentType).toBe('application/pdf');
      expect(head.ContentLength).toBe(body.length);
    } finally {
      client.destroy();
    }
  });

  it('reports a missing bucket as an error, not as a missing file', async () => {
    await expect(open('no-such-bucket').get(newFileKey())).rejects.toThrow();
  });

  it('describes itself by bucket and endpoint', () => {
    expect(open().describe()).toBe(`S3 bucket ${bucket} at endpoint ${endpoint}`);
  });
});

describe('openFileStore', () => {
  it('keeps files under the data dir unless a bucket is configured', () => {
    const config = loadConfig({ LIAISON_DATA_DIR: '/var/lib/liaison' });
    expect(config.fileStore).toEqual({ kind: 'local', directory: '/var/lib/liaison/files' });
    const store = openFileStore(config);
    expect(store).toBeInstanceOf(LocalFileStore);
    expect(store.describe()).toBe('local disk /var/lib/liaison/files');
  });

  it('uses S3 when a bucket is configured', () => {
    const config = loadConfig({
      LIAISON_S3_BUCKET: 'acme-library',
      LIAISON_S3_ENDPOINT: 'https://minio.example.com:9000',
      LIAISON_S3_REGION: 'eu-central-1',
      LIAISON_S3_ACCESS_KEY_ID: 'key-id',
      LIAISON_S3_SECRET_ACCESS_KEY: 'secret-key',
      LIAISON_S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.fileStore).toEqual({
      kind: 's3',
      bucket: 'acme-library',
      endpoint: 'https://minio.example.com:9000',
      region: 'eu-central-1',
      credentials: { accessKeyId: 'key-id', secretAccessKey: 'secret-key' },
      forcePathStyle: true,
    });
    const store = openFileStore(config);
    expect(store).toBeInstanceOf(S3FileStore);
    expect(store.describe()).toBe(
      'S3 bucket acme-library at endpoint https://minio.example.com:9000',
    );
    expect(store.describe()).not.toContain('secret');
    if (store instanceof S3FileStore) store.close();
  });

  it("uses AWS's region and default credentials when only a bucket is given", () => {
    const config = loadConfig({ LIAISON_S3_BUCKET: 'acme-library' });
    expect(config.fileStore).toEqual({
      kind: 's3',
      bucket: 'acme-library',
      endpoint: undefined,
      region: 'us-east-1',
      credentials: undefined,
      forcePathStyle: false,
    });
    const store = openFileStore(config);
    expect(store.describe()).toBe('S3 bucket acme-library in AWS region us-east-1');
    if (store instanceof S3FileStore) store.close();
  });

  it('refuses half an S3 configuration', () => {
    const refused = (env: NodeJS.ProcessEnv) => () => loadConfig(env);
    expect(refused({ LIAISON_S3_BUCKET: 'b', LIAISON_S3_ACCESS_KEY_ID: 'k' })).toThrow(ConfigError);
    expect(refused({ LIAISON_S3_BUCKET: 'a-bucket', LIAISON_S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /LIAISON_S3_SECRET_ACCESS_KEY: must be set with the other S3 key/,
    );
    expect(refused({ LIAISON_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /LIAISON_S3_ENDPOINT: needs LIAISON_S3_BUCKET/,
    );
    expect(refused({ LIAISON_S3_BUCKET: 'a-bucket', LIAISON_S3_ENDPOINT: 'ftp://x' })).toThrow(
      /LIAISON_S3_ENDPOINT/,
    );
    expect(refused({ LIAISON_S3_BUCKET: 'a/b' })).toThrow(/LIAISON_S3_BUCKET/);
  });
});
