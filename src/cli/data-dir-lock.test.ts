import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import { lockDataDirectory } from './data-dir-lock.ts';

const root = path.resolve(import.meta.dirname, '../..');
const directories: string[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const directory of directories.splice(0)) await rm(directory, { recursive: true });
});

async function dataDirectory() {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'liaison-lock-'));
  directories.push(directory);
  return directory;
}
const configFor = (dataDir: string) => ({ dataDir, databaseUrl: undefined }) as unknown as Config;
const lockFile = (dataDir: string) => path.join(dataDir, 'liaison.pid');

/** Another process that takes the lock and keeps it until killed. */
async function holderProcess(dataDir: string) {
  const script = `import { lockDataDirectory } from './src/cli/data-dir-lock.ts';
    lockDataDirectory({ dataDir: ${JSON.stringify(dataDir)} });
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe('the data directory lock', () => {
  it('takes over a lock whose pid is now another process (pid 1, as a bare number)', async () => {
    const dataDir = await dataDirectory();
    await writeFile(lockFile(dataDir), '1\n');
    const lock = lockDataDirectory(configFor(dataDir));
    expect(JSON.parse(await readFile(lockFile(dataDir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock naming a live pid that started at another time (a reused pid)', async () => {
    const dataDir = await dataDirectory();
    await writeFile(
      lockFile(dataDir),
      JSON.stringify({ pid: 1, startTime: 'another start', bootId: null }),
    );
    const lock = lockDataDirectory(configFor(dataDir));
    lock.release();
  });

  it('refuses while the process that took it runs, and takes it once that process is killed', async () => {
    const dataDir = await dataDirectory();
    const holder = await holderProcess(dataDir);
    expect(() => lockDataDirectory(configFor(dataDir))).toThrow(
      new RegExp(`process ${holder.pid}\\) is using`),
    );
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const lock = lockDataDirectory(configFor(dataDir));
    expect(JSON.parse(await readFile(lockFile(dataDir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
