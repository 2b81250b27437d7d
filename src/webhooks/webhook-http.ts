// One POST of a webhook delivery over node:http(s), through the checked lookup (webhook-address.ts)
// so the connection goes only to an address that passed the check. Redirects are not followed (a
// redirect could lead anywhere) and the response is read only up to an excerpt for the log.
import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import {
  checkedLookup,
  literalAddressOf,
  RefusedAddressError,
  refusalOf,
} from './webhook-address.ts';

export type WebhookResponse = { statusCode: number; durationMs: number; excerpt: string };

const EXCERPT_BYTES = 2048;

export function postWebhook(request: {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowedNetworks: readonly string[];
  timeoutMs: number;
}): Promise<WebhookResponse> {
  const url = new URL(request.url);
  const literal = literalAddressOf(url.hostname);
  const refusal = literal ? refusalOf(literal, request.allowedNetworks) : null;
  if (refusal) return Promise.reject(new RefusedAddressError(refusal));
  const client = url.protocol === 'https:' ? https : http;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'Liaison-Webhooks/1',
          ...request.headers,
        },
        // A fresh connection each time: a pooled one would skip the lookup, and so the check.
        agent: false,
        // node's LookupFunction type has overloads that a plain function cannot spell;
        // checkedLookup answers both forms (one address, or all of them).
        lookup: checkedLookup(request.allowedNetworks) as never,
        timeout: request.timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () =>
          resolve({
            statusCode: response.statusCode ?? 0,
            durationMs: Math.round(performance.now() - started),
            excerpt: Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`no answer in ${request.timeoutMs} ms`)),
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
