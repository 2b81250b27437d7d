// The library on S3: with a bucket configured the files go there and come back from there, and the
// server keeps none of its own. Against s3rver, a fake S3 server started here.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { pdfOf, sendForm, variant } from './library.fixture.ts';

const bucket = 'liaison-library';
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
let s3: S3rver;
let s3Folder: string;
let dataDir: string;
let server: TestServer;
let endpoint: string;

beforeAll(async () => {
  s3Folder = await mkdtemp(path.join(tmpdir(), 'liaison-s3rver-'));
  dataDir = await mkdtemp(path.join(tmpdir(), 'liaison-data-'));
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Folder,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = await s3.run();
  endpoint = `http://127.0.0.1:${address.port}`;
  server = await startTestServer({
    config: {
      dataDir,
      fileStore: {
        kind: 's3',
        bucket,
        endpoint,
        region: 'us-east-1',
        credentials,
        forcePathStyle: true,
      },
    },
  });
});
afterAll(async () => {
  await server?.close();
  await s3?.close();
  await rm(s3Folder, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe('the library on S3', () => {
  it('keeps every file in the bucket and none on the server', async () => {
    const workspace = await makeWorkspace(server);
    const saigon = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const manager = await makeUser(workspace, 'principal_manager');
    const lan = await makeDistributorUser(workspace, saigon.id);
    const created = await sendForm(
      `${server.url}/api/v1/library/documents`,
      manager,
      { title: 'Hướng dẫn bảo hành', kind: 'technical', sourceLanguage: 'vi' },
      { name: 'Hướng dẫn bảo hành.pdf', content: pdfOf('warranty') },
    );
    expect(created.status).toBe(201);
    const file = variant(created.body, 'vi').file;
    const download = await http(server.url).as(lan).get(`/api/v1/library/files/${file?.id}`);
    expect(download.text).toContain('% warranty');

    const client = new S3Client({
      region: 'us-east-1',
      endpoint,
      credentials,
      forcePathStyle: true,
    });
    try {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      expect(listed.Contents?.length).toBe(1);
    } finally {
      client.destroy();
    }
    expect(await readdir(dataDir)).toEqual([]);
  });
});
