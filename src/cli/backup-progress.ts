// A bar on stderr while a backup or a restore works through its tables and files; none when
// stderr is not a terminal (cron mails, CI logs), where only the summary is printed.
import { Presets, SingleBar } from 'cli-progress';
import { t } from './terminal.ts';

export type Phase = 'check' | 'tables' | 'files';

export function backupProgressBar() {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar(
    {
      format: '{phase} [{bar}] {value}/{total}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  const names: Record<Phase, string> = {
    check: t('cli.backup_phase_check'),
    tables: t('cli.backup_phase_tables'),
    files: t('cli.backup_phase_files'),
  };
  // Padded to one width so the bar does not jump when the phase changes.
  const width = Math.max(...Object.values(names).map((name) => name.length));
  let current: Phase | undefined;
  return {
    show(phase: Phase, done: number, total: number) {
      const label = names[phase].padEnd(width);
      if (current === undefined) bar.start(total, done, { phase: label });
      else {
        bar.setTotal(total);
        bar.update(done, { phase: label });
      }
      current = phase;
    },
    stop() {
      if (current !== undefined) bar.stop();
      current = undefined;
    },
  };
}

/** "2.4 MB": the archive's size for the summary. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
