import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './client.ts';
import { repositoryRoot } from './repository-root.ts';

const migrationsDir = path.join(repositoryRoot, 'src', 'db', 'migrations');

export type MigrationResult = { applied: string[] };

/** The migrations this version of Liaison knows, by name, in the order they apply. */
export function knownMigrations(): string[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => file.replace(/\.sql$/, ''));
}

/**
 * Applies every migration in migrations/ not yet recorded, in name order, each in a transaction.
 * `through` stops after that migration: a restore loads a backup into the schema it was taken
 * from, then applies the rest.
 */
export async function migrate(
  database: Database,
  options: { through?: string } = {},
): Promise<MigrationResult> {
  await database.execScript(`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const name of knownMigrations()) {
    if (options.through !== undefined && name > options.through) break;
    const script = readFileSync(path.join(migrationsDir, `${name}.sql`), 'utf8');
    // The advisory lock keeps two processes starting at once from applying the same migration.
    const quotedName = name.replace(/'/g, "''");
    await database
      .execScript(`BEGIN;
      SELECT pg_advisory_xact_lock(4242);
      DO $migration$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migration WHERE name = '${quotedName}') THEN
          RAISE EXCEPTION 'liaison:already-applied';
        END IF;
      END $migration$;
      ${script}
      INSERT INTO schema_migration (name) VALUES ('${quotedName}');
      COMMIT;`)
      .then(
        () => applied.push(name),
        (error: unknown) => {
          if (!String(error).includes('liaison:already-applied')) throw error;
        },
      );
  }
  return { applied };
}
