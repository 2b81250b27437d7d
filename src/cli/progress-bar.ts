// A bar on stderr while a command works through its phases (checking, inserting; tables,
// files); none when stderr is not a terminal (cron mails, CI logs), where only the summary shows.
import { Presets, SingleBar } from 'cli-progress';

/** `names`: each phase's label, already translated. */
export function phasedProgressBar<Phase extends string>(names: Record<Phase, string>) {
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
  // Padded to one width so the bar does not jump when the phase changes.
  const labels: Record<string, string> = names;
  const width = Math.max(...Object.values(labels).map((name) => name.length));
  let started = false;
  return {
    show(phase: Phase, done: number, total: number) {
      const label = (labels[phase] ?? phase).padEnd(width);
      if (!started) {
        bar.start(total, done, { phase: label });
        started = true;
        return;
      }
      bar.setTotal(total);
      bar.update(done, { phase: label });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
