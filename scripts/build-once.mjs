// npm start runs this before the server; `liaison start` runs its server half. Each build runs
// only when its sources changed since the last one (a SHA-256 over their contents, kept beside
// the output), so a restart does not spend its time rebuilding what is already built. `--force`
// builds in any case. Plain JavaScript, so that deciding costs a Node start and not a compiler's.
// - The web app: Vite into web/dist.
// - The server: esbuild bundles src/cli/main.ts into dist/liaison.mjs and PGlite's worker thread
//   into dist/pglite-worker.mjs (the packages stay in
//   node_modules), so that `liaison start` runs compiled JavaScript instead of compiling
//   TypeScript through tsx at every start: half the import time and 75 MB less memory
//   (docs/decisions.md, "The server runs compiled JavaScript").
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const skipped = new Set([path.join(root, 'web', 'dist'), path.join(root, 'node_modules')]);

function filesOf(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (entry.includes('.')) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true, encoding: 'utf8' })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name))
    .filter((file) => ![...skipped].some((folder) => file.startsWith(`${folder}${path.sep}`)));
}

function fingerprint(inputs) {
  const hash = createHash('sha256');
  const files = existsSync(path.join(root, 'package-lock.json')) ? inputs.flatMap(filesOf) : [];
  for (const file of files.sort()) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Runs `build` unless `output` exists and `stamp` holds the fingerprint of `inputs`. */
async function buildOnce({ inputs, output, stamp, build, force }) {
  const current = fingerprint(inputs);
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (!force && existsSync(output) && built === current) return false;
  await build();
  writeFileSync(`${stamp}.${process.pid}`, `${current}\n`);
  renameSync(`${stamp}.${process.pid}`, stamp);
  return true;
}

// The web app imports the shared schemas and locales from the repository, and its libraries.
export function buildWeb({ force = false } = {}) {
  return buildOnce({
    inputs: ['web', 'src', 'locales', 'package-lock.json'],
    output: path.join(root, 'web', 'dist', 'index.html'),
    stamp: path.join(root, 'web', 'dist', '.sources'),
    force,
    build: async () => {
      const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
      const result = spawnSync(
        process.execPath,
        [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
        { cwd: root, stdio: 'inherit' },
      );
      if (result.status !== 0) process.exit(result.status ?? 1);
    },
  });
}

/**
 * Packages are loaded from node_modules as they are, except their JSON files (country names),
 * which are bundled: Node 20 needs an import attribute on a JSON import that esbuild does not
 * keep on an external one.
 */
const packagesStayExternal = {
  name: 'packages-stay-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
    );
  },
};

export const serverBundle = path.join(root, 'dist', 'liaison.mjs');
const pgliteWorkerBundle = path.join(root, 'dist', 'pglite-worker.mjs');

export function buildServer({ force = false } = {}) {
  return buildOnce({
    inputs: ['src', 'locales', 'package.json', 'package-lock.json', 'scripts/build-once.mjs'],
    output: serverBundle,
    stamp: path.join(root, 'dist', '.sources'),
    force,
    build: async () => {
      mkdirSync(path.dirname(serverBundle), { recursive: true });
      const { build } = await import('esbuild');
      // Written aside and renamed into place: test files start servers side by side, and a
      // process must never import a bundle another one is still writing.
      // PGlite's worker thread (src/db/pglite-worker.ts) goes first, beside the bundle that
      // starts it, so that a bundle in place always finds its worker.
      const bundles = [
        [path.join(root, 'src', 'db', 'pglite-worker.ts'), pgliteWorkerBundle],
        [path.join(root, 'src', 'cli', 'main.ts'), serverBundle],
      ];
      for (const [entry, output] of bundles) {
        const written = `${output}.${process.pid}.tmp`;
        await build({
          entryPoints: [entry],
          outfile: written,
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node20',
          logLevel: 'warning',
          plugins: [packagesStayExternal],
        });
        renameSync(written, output);
      }
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const force = process.argv.includes('--force');
  const only = process.argv.find((arg) => arg === 'web' || arg === 'server');
  if (only !== 'server') await buildWeb({ force });
  if (only !== 'web') await buildServer({ force });
}
