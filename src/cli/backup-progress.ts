// The progress of a backup or a restore through its tables and files, and its size in words.
import { phasedProgressBar } from './progress-bar.ts';
import { t } from './terminal.ts';

export type Phase = 'check' | 'tables' | 'files';

export function backupProgressBar() {
  return phasedProgressBar<Phase>({
    check: t('cli.backup_phase_check'),
    tables: t('cli.backup_phase_tables'),
    files: t('cli.backup_phase_files'),
  });
}

/** "2.4 MB": the archive's size for the summary. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
