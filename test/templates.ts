// Databases made once per run and copied for each test file that needs one: the migrated schema
// (made by the global setup) and the demo (made by the first file that asks for it). On PGlite a
// copy is a data directory loaded from a tarball, with no initdb and no migrations; on PostgreSQL
// it is CREATE DATABASE … TEMPLATE. The demo's uploaded files are copied beside it.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Config } from '../src/config.ts';
import { type Database, type DatabaseOptions, openDatabase } from '../src/db/client.ts';
import { loadDemoData } from '../src/seed/demo.ts';
import { demoWorkspace } from '../src/seed/demo-data.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared PostgreSQL database; undefined on PGlite. */
    databaseUrl: string | undefined;
    /** A folder of this run's templates: the PGlite tarballs, the demo's files, the locks. */
    templateDir: string;
    /** On PostgreSQL, the migrated template database's name. */
    migratedTemplate: string | undefined;
  }
}

export const migratedTarball = (dir: string) => path.join(dir, 'migrated.tar');

/** An empty, migrated database of the test file's own: PGlite in memory, or a PostgreSQL copy. */
export async function migratedDatabase(pglite?: DatabaseOptions['pglite']): Promise<OwnDatabase> {
  const shared = inject('databaseUrl');
  const template = inject('migratedTemplate');
  if (shared && template) return copyPostgres(shared, template);
  const tarball = await readFile(migratedTarball(inject('templateDir')));
  const loadDataDir = new Blob([tarball]);
  return { database: await openDatabase({ inMemory: true, loadDataDir, pglite }) };
}

/**
 * A database of the test file's own holding the demo, as loadDemoData leaves it, and its uploaded
 * files copied into `filesDirectory`. The first file of the run to ask loads the demo once.
 */
export async function demoDatabase(
  filesDirectory: string,
  config: Config,
): Promise<OwnDatabase & { workspaceId: string }> {
  const dir = inject('templateDir');
  const shared = inject('databaseUrl');
  const template = inject('migratedTemplate');
  const demoName = template ? `${template}_demo` : undefined;
  const demoFiles = path.join(dir, 'demo-files');
  await once(dir, 'demo', async () => {
    await mkdir(demoFiles, { recursive: true });
    const demoConfig: Config = { ...config, fileStore: { kind: 'local', directory: demoFiles } };
    if (shared && template && demoName) {
      await admin(shared, `CREATE DATABASE ${demoName} TEMPLATE ${template}`);
      const database = await openDatabase({ databaseUrl: withDatabase(shared, demoName) });
      await loadDemoData(database, demoConfig).finally(() => database.close());
    } else {
      const { database } = await migratedDatabase();
      await loadDemoData(database, demoConfig);
      const dump = await database.dumpDataDir?.();
      await database.close();
      if (!dump) throw new Error('PGlite could not dump the demo');
      await writeFile(path.join(dir, 'demo.tar'), Buffer.from(await dump.arrayBuffer()));
    }
  });
  await cp(demoFiles, filesDirectory, { recursive: true });
  const own =
    shared && demoName
      ? await copyPostgres(shared, demoName)
      : {
          database: await openDatabase({
            inMemory: true,
            loadDataDir: new Blob([await readFile(path.join(dir, 'demo.tar'))]),
          }),
        };
  const [workspace] = await own.database.rawQuery<{ id: string }>(
    'SELECT id FROM workspace WHERE slug = $1',
    [demoWorkspace.slug],
  );
  if (!workspace) throw new Error('the demo template holds no demo workspace');
  return { ...own, workspaceId: workspace.id };
}

export type OwnDatabase = {
  database: Database;
  drop?: () => Promise<void>;
  /** The demo's workspace, in a copy of the demo. */
  workspaceId?: string;
};

async function copyPostgres(sharedUrl: string, template: string): Promise<OwnDatabase> {
  const { url, drop } = await createDatabase(sharedUrl, template);
  return { database: await openDatabase({ databaseUrl: url, poolSize: 4 }), drop };
}

/** A fresh database beside the run's (a copy of `template` if given), dropped by `drop`. */
export async function createDatabase(sharedUrl: string, template?: string) {
  const name = `liaison_iso_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin(sharedUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { url: withDatabase(sharedUrl, name), drop: () => dropWhenClosed(sharedUrl, name) };
}

export function withDatabase(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function admin(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once its server's connections have closed. A connection still closing
 * when `WITH (FORCE)` ends it receives "terminating connection due to administrator command" as
 * an error nobody listens to any more, which fails the run; so the plain drop is tried for a
 * moment first, and only a connection that never closes is forced.
 */
async function dropWhenClosed(serverUrl: string, name: string) {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    try {
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch {
      await sleep(50);
    }
  }
  await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/**
 * Runs `build` once per run across the test processes: the first to take the lock (an atomic
 * mkdir) builds, the others wait for its ready mark, or for its failure, which they share.
 */
async function once(dir: string, name: string, build: () => Promise<void>) {
  const ready = path.join(dir, `${name}.ready`);
  const failed = path.join(dir, `${name}.failed`);
  if (existsSync(ready)) return;
  try {
    await mkdir(path.join(dir, `${name}.lock`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    for (let waited = 0; waited < 240_000; waited += 200) {
      if (existsSync(ready)) return;
      if (existsSync(failed)) throw new Error(await readFile(failed, 'utf8'));
      await sleep(200);
    }
    throw new Error(`waited four minutes for the ${name} template`);
  }
  try {
    await build();
  } catch (error) {
    await writeFile(failed, `the ${name} template failed: ${(error as Error).stack}`);
    throw error;
  }
  await writeFile(ready, '');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
