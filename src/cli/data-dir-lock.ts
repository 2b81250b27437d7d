// Embedded PGlite belongs to one process: a second process opening the same data directory
// neither fails nor waits, it writes over the first one's files. PGlite's own postmaster.pid
// holds no real pid, so every command that opens the directory takes this lock first.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { CliError, t } from './terminal.ts';

/** Takes the lock on the data directory, or fails naming the process that holds it. */
export function lockDataDirectory(config: Config): { release: () => void } {
  if (config.databaseUrl) return { release: () => undefined };
  mkdirSync(config.dataDir, { recursive: true });
  const lockFile = path.join(config.dataDir, 'liaison.pid');
  const holder = readHolder(lockFile);
  if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
    throw new CliError(t('cli.data_dir_busy', { dir: config.dataDir, pid: holder }));
  }
  // A lock left by a process that has died (killed, power cut) is taken over.
  writeFileSync(lockFile, String(process.pid));
  const release = () => {
    process.off('exit', release);
    if (readHolder(lockFile) === process.pid) unlinkSync(lockFile);
  };
  process.on('exit', release);
  return { release };
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
