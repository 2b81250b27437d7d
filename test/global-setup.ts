// Once per run: the migrated template every test file's database starts from (test/templates.ts).
// With TEST_DATABASE_URL the run gets a migrated template database and a copy of it the files
// share, both dropped at the end; without it, a PGlite data directory migrated once and dumped.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { admin, migratedTarball, withDatabase } from './templates.ts';

export default async function setup(project: TestProject) {
  const templateDir = await mkdtemp(path.join(tmpdir(), 'liaison-templates-'));
  project.provide('templateDir', templateDir);
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ inMemory: true });
    await migrate(database);
    const dump = await database.dumpDataDir?.();
    await database.close();
    if (!dump) throw new Error('PGlite could not dump the migrated template');
    await writeFile(migratedTarball(templateDir), Buffer.from(await dump.arrayBuffer()));
    project.provide('databaseUrl', undefined);
    project.provide('migratedTemplate', undefined);
    return () => rm(templateDir, { recursive: true, force: true });
  }
  const template = `liaison_tpl_${process.pid}_${Date.now()}`;
  const name = `${template}_run`;
  await admin(serverUrl, `CREATE DATABASE ${template}`);
  const database = await openDatabase({
    databaseUrl: withDatabase(serverUrl, template),
    poolSize: 1,
  });
  await migrate(database);
  await database.close();
  await admin(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  project.provide('databaseUrl', withDatabase(serverUrl, name));
  project.provide('migratedTemplate', template);
  return async () => {
    for (const database of [name, `${template}_demo`, template]) {
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
    await rm(templateDir, { recursive: true, force: true });
  };
}
