#!/usr/bin/env node
// The `liaison` command. `liaison start` runs the server as compiled JavaScript, bundled by
// scripts/build-once.mjs when its sources changed (about a second) and reused otherwise; every
// other command runs the TypeScript sources through tsx, which loads only the command it runs
// and answers --help faster than the whole bundle would (docs/decisions.md, "The server runs
// compiled JavaScript"). tsx's register() comes before the import: static imports would load
// before it runs.
if (process.argv[2] === 'start') {
  const { buildServer, serverBundle } = await import('../scripts/build-once.mjs');
  await buildServer();
  await import(serverBundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
