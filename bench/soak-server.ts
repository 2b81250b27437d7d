// The server under soak: `liaison start` in a child process, as an operator runs it, so that its
// resident memory is its own (read from /proc/<pid>/status) and not mixed with the load
// generator's or the data loader's.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export type ChildServer = { url: string; pid: number; stop(): Promise<void> };

const liaisonBin = path.join(import.meta.dirname, '..', 'bin', 'liaison.mjs');
const STARTUP_MS = 120_000;
/** Enough of the server's own log to explain a failure without flooding the bench's output. */
const FORWARDED_LINES = 20;

/** Starts `liaison start` with `env` over this process's environment; resolves once it listens. */
export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  // Only the database the bench made: never one the caller's environment points at.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [liaisonBin, 'start'], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let forwarded = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${STARTUP_MS} ms`));
    }, STARTUP_MS);
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      // cli.started names the bound port; PORT=0 lets the system pick it.
      const port = /http:\/\/\S+:(\d+)/.exec(text)?.[1];
      if (port && child.pid) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stop(child) });
        return;
      }
      for (const line of text.split('\n').filter(Boolean)) {
        if (forwarded++ < FORWARDED_LINES) process.stderr.write(`  server: ${line}\n`);
      }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

/** The size of a directory's files, recursively, in MB: PGlite's data on disk. */
export async function directoryMegabytes(directory: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = await stat(path.join(entry.parentPath, entry.name)).catch(() => undefined);
    bytes += file?.size ?? 0;
  }
  return bytes / 2 ** 20;
}

/** Least-squares slope of `value` over `minute`: the growth per minute. */
export function slopePerMinute(points: { minute: number; value: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const meanX = points.reduce((sum, point) => sum + point.minute, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const { minute, value } of points) {
    covariance += (minute - meanX) * (value - meanY);
    variance += (minute - meanX) ** 2;
  }
  return covariance / variance;
}
