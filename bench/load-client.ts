// Runs autocannon in its own process, so the load generator does not share the server's event
// loop; the parent passes the target as JSON in argv and reads the result as JSON on stdout.
import autocannon from 'autocannon';
import { z } from 'zod';

const LoadOptions = z.object({
  origin: z.url(),
  paths: z.array(z.string().startsWith('/')).min(1),
  headers: z.record(z.string(), z.string()),
  connections: z.number().int().min(1),
  durationSeconds: z.number().min(1),
});

const options = LoadOptions.parse(JSON.parse(process.argv[2] ?? '{}'));
let next = 0;
const result = await autocannon({
  url: options.origin,
  connections: options.connections,
  duration: options.durationSeconds,
  headers: options.headers,
  requests: [
    {
      // Each request takes the next path of the mix, across all connections.
      setupRequest: (request) => {
        const path = options.paths[next++ % options.paths.length] ?? '/';
        return { ...request, path };
      },
    },
  ],
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
