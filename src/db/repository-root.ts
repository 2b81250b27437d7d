// Where Liaison's own files are (migrations, docs, the built web app), found from this module's
// place: src/db/ when run as TypeScript, dist/ when `liaison start` runs the compiled bundle
// (scripts/build-once.mjs). Here rather than in platform/ so that the database layer, which
// platform/ imports, can use it too.
import { existsSync } from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const repositoryRoot = findRoot(import.meta.dirname);
