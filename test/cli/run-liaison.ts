// Runs the real `liaison` binary in a temporary data directory, or, when TEST_DATABASE_URL is
// set, on PostgreSQL: the run's shared database, or a fresh one of the file's own.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

const binary = path.resolve(import.meta.dirname, '../../bin/liaison.mjs');

export type CliResult = { code: number; stdout: string; stderr: string };

export type CliEnvironment = {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  engine: 'pglite' | 'postgres';
  /** Runs `liaison ...args` to the end; `input` is written to its stdin. */
  run(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): Promise<CliResult>;
  /** Starts `liaison start` on a free port and waits until it prints its URL. */
  start(): Promise<RunningLiaison>;
  cleanup(): Promise<void>;
};

export type RunningLiaison = {
  url: string;
  stderr: () => string;
  /** Sends SIGTERM and resolves with the exit code (or the signal that killed it). */
  stop(): Promise<number | string>;
  /** Sends SIGKILL: no shutdown, as when the machine loses power or the OOM killer strikes. */
  kill(): Promise<number | string>;
};

/**
 * A data directory of the file's own. With `freshDatabase` on PostgreSQL the file also gets an
 * empty database (for migrate and the demo seed, whose workspace slug is fixed); otherwise it
 * shares the run's migrated database and must use unique slugs and e-mails.
 */
export async function cliEnvironment(
  options: { freshDatabase?: boolean } = {},
): Promise<CliEnvironment> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-cli-'));
  const serverUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl = inject('databaseUrl');
  let dropDatabase: (() => Promise<void>) | undefined;
  if (serverUrl && options.freshDatabase) {
    const fresh = await createDatabase(serverUrl);
    databaseUrl = fresh.url;
    dropDatabase = fresh.drop;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LIAISON_DATA_DIR: dataDir,
    NO_COLOR: '1',
    LOG_LEVEL: 'silent',
  };
  delete env.DATABASE_URL;
  delete env.LIAISON_PASSWORD;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;

  const started: ChildProcess[] = [];
  return {
    env,
    dataDir,
    engine: databaseUrl ? 'postgres' : 'pglite',
    run: (args, runOptions = {}) =>
      runLiaison(args, { ...env, ...runOptions.env }, runOptions.input),
    async start() {
      const running = await startLiaison({ ...env, PORT: '0', HOST: '127.0.0.1' });
      started.push(running.child);
      return running;
    },
    async cleanup() {
      for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
      await dropDatabase?.();
    },
  };
}

function runLiaison(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [binary, ...args],
      { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

async function startLiaison(
  env: NodeJS.ProcessEnv,
): Promise<RunningLiaison & { child: ChildProcess }> {
  const child = spawn(process.execPath, [binary, 'start'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout?.resume();
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /running at (http:\/\/\S+)/.exec(stderr);
      // The server listens on 127.0.0.1; "localhost" could resolve to ::1 first.
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    exited.then((code) => reject(new Error(`liaison start exited with ${code}:\n${stderr}`)));
  });
  return {
    child,
    url,
    stderr: () => stderr,
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}

async function createDatabase(serverUrl: string) {
  const name = `liaison_cli_${process.pid}_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
