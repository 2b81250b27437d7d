import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './server.ts';

// `npm run dev`: the server alone, with the same start-up as `liaison start`.
try {
  const server = await startServer(loadConfig());
  process.stderr.write(`Liaison is running at ${server.url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  }
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
