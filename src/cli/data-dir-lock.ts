// Embedded PGlite belongs to one process: a second process opening the same data directory
// neither fails nor waits, it writes over the first one's files. PGlite's own postmaster.pid
// holds no real pid, so every command that opens the directory takes this lock first.
//
// A pid alone cannot tell a live holder from a dead one: the number is reused (after a restart
// the lock's pid may be anybody's, 1 included), and a killed child stays a zombie until reaped.
// So the lock names the process and when it started (Linux: /proc/<pid>/stat, and the boot); it
// is held only while that very process runs.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { CliError, t } from './terminal.ts';

type Holder = { pid: number; startTime: string | null; bootId: string | null };

/** Takes the lock on the data directory, or fails naming the process that holds it. */
export function lockDataDirectory(config: Config): { release: () => void } {
  if (config.databaseUrl) return { release: () => undefined };
  mkdirSync(config.dataDir, { recursive: true });
  const lockFile = path.join(config.dataDir, 'liaison.pid');
  const holder = readHolder(lockFile);
  if (holder && holder.pid !== process.pid && isHolding(holder)) {
    throw new CliError(t('cli.data_dir_busy', { dir: config.dataDir, pid: holder.pid }));
  }
  // A lock left by a process that has died (killed, power cut), or whose pid now belongs to
  // another process, is taken over.
  const own: Holder = { pid: process.pid, startTime: startTimeOf(process.pid), bootId: bootId() };
  writeFileSync(lockFile, `${JSON.stringify(own)}\n`);
  const release = () => {
    process.off('exit', release);
    if (readHolder(lockFile)?.pid === process.pid) unlinkSync(lockFile);
  };
  process.on('exit', release);
  return { release };
}

function readHolder(lockFile: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    const pid = Number(parsed.pid);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    return { pid, startTime: parsed.startTime ?? null, bootId: parsed.bootId ?? null };
  } catch {
    // Not written by this lock (a bare pid from an older version, or anything else): nobody's.
    return undefined;
  }
}

/** The holder is the process that wrote the lock, and it is still running (not a zombie). */
function isHolding(holder: Holder): boolean {
  const stat = procStat(holder.pid);
  if (stat === undefined) return isRunning(holder.pid);
  if (stat === null) return false;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  if (holder.bootId && holder.bootId !== bootId()) return false;
  return holder.startTime !== null && stat.startTime === holder.startTime;
}

/**
 * The process's state and start time (clock ticks since boot) from /proc; null if it does not
 * exist, undefined where there is no /proc (not Linux).
 */
function procStat(pid: number): { state: string; startTime: string } | null | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      try {
        readFileSync('/proc/self/stat');
        return null;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
  // "pid (comm) state ppid …": the command may hold spaces and parentheses, so fields are read
  // after the last ")". The state is field 3, the start time field 22.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const startTime = fields[19];
  return state && startTime ? { state, startTime } : undefined;
}

function startTimeOf(pid: number): string | null {
  return procStat(pid)?.startTime ?? null;
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** Without /proc: whether a process of that number exists at all. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
