// npm start runs this before the server: it builds the web app only when its sources changed
// since the last build (a SHA-256 over their contents, kept in web/dist/.sources), so a restart
// does not spend its time rebuilding what is already built. `--force` builds in any case.
// Plain JavaScript, so that deciding costs a Node start and not a TypeScript compiler's.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'web', 'dist', '.sources');
// The web app imports the shared schemas and locales from the repository, and its libraries.
const inputs = ['web', 'src', 'locales', 'package-lock.json'];
const skipped = new Set([path.join(root, 'web', 'dist'), path.join(root, 'node_modules')]);

function filesOf(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true, encoding: 'utf8' })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name))
    .filter((file) => ![...skipped].some((folder) => file.startsWith(`${folder}${path.sep}`)));
}

function fingerprint() {
  const hash = createHash('sha256');
  const files = existsSync(path.join(root, 'package-lock.json'))
    ? inputs.flatMap((entry) => (entry.includes('.') ? [path.join(root, entry)] : filesOf(entry)))
    : [];
  for (const file of files.sort()) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const current = fingerprint();
const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
const indexExists = existsSync(path.join(root, 'web', 'dist', 'index.html'));
if (process.argv.includes('--force') || !indexExists || built !== current) {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, `${current}\n`);
}
