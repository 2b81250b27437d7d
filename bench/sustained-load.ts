// Sustained load on one route: autocannon in a child process for a fixed time, then its result.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';

export const LoadResult = z.object({
  requestsPerSecond: z.number(),
  requests: z.number(),
  latencyP50: z.number(),
  latencyP99: z.number(),
  latencyMax: z.number(),
  non2xx: z.number(),
  errors: z.number(),
  timeouts: z.number(),
});
export type LoadResult = z.infer<typeof LoadResult>;

export type LoadTarget = {
  origin: string;
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
};

const clientScript = path.join(import.meta.dirname, 'load-client.ts');

export function runSustainedLoad(target: LoadTarget): Promise<LoadResult> {
  const options = JSON.stringify({ headers: {}, ...target });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', clientScript, options], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the load client exited with ${code}`));
      try {
        resolve(LoadResult.parse(JSON.parse(output)));
      } catch (error) {
        reject(error);
      }
    });
  });
}
