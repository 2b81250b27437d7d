import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { lockDataDirectory } from '../data-dir-lock.ts';
import { sayDemoLogins } from '../demo-logins.ts';
import { CliError, exitCodes, say, t } from '../terminal.ts';

export function addStartCommand(program: Command): void {
  program
    .command('start')
    .description(t('cli.help.start'))
    .addHelpText('after', `\n${t('cli.help.example')}\n  $ PORT=8080 liaison start\n`)
    .action(runStart);
}

async function runStart(): Promise<void> {
  const config = loadConfig(process.env);
  // Held until the process exits; a failure below exits at once and releases it.
  lockDataDirectory(config);
  const { startServer } = await import('../../server.ts');
  const server = await startServer(config).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      throw new CliError(t('cli.port_in_use', { port: config.port }));
    }
    throw error;
  });
  // PUBLIC_URL is the address behind a proxy; otherwise show the port bound (PORT=0 picks one).
  say(t('cli.started', { url: process.env.PUBLIC_URL ? config.publicUrl : server.url }));
  // With LIAISON_DEMO on, startServer has loaded the demo data if it was missing.
  if (config.loadDemoData) sayDemoLogins();
  // Listeners stay registered while closing (unlike once()), so a late second signal cannot
  // kill the process half-way; a second Ctrl-C means "now" and exits at once.
  let isClosing = false;
  const shutDown = () => {
    if (isClosing) process.exit(exitCodes.failure);
    isClosing = true;
    say(t('cli.shutting_down'));
    server.close().then(
      () => process.exit(exitCodes.success),
      () => process.exit(exitCodes.failure),
    );
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
}
