// The request, timing and upload helpers of the reports benchmark (bench/reports.ts).
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { EngineName } from './engines.ts';
import { createRandom } from './random.ts';
import { largeReport, largeReportXlsx, PIPELINE_ROWS, timeParse } from './reports-uploads.ts';
import { type LatencySummary, summarize } from './statistics.ts';

const log = (message: string) => process.stderr.write(`${message}\n`);
const since = (started: number) => Math.round(performance.now() - started);

export function request(
  agent: http.Agent,
  url: string,
  token: string,
  body?: { bytes: Buffer | string; type: string },
  more: Record<string, string> = {},
) {
  return new Promise<number>((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...more };
    if (body) headers['content-type'] = body.type;
    const outgoing = http.request(
      url,
      { agent, method: body ? 'POST' : 'GET', headers },
      (response) => {
        response.on('data', () => undefined);
        response.on('error', reject);
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body?.bytes);
  });
}

/** Runs each way once per iteration, in a shuffled order, so a noisy neighbour slows all alike. */
export async function interleave(
  ways: Record<string, (iteration: number) => Promise<unknown>>,
  warmup: number,
  iterations: number,
) {
  const random = createRandom(7);
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(ways).map((name) => [name, []]),
  );
  for (let iteration = 0; iteration < warmup + iterations; iteration++) {
    for (const name of random.shuffle(Object.keys(ways))) {
      const started = performance.now();
      await ways[name]?.(iteration);
      if (iteration >= warmup) samples[name]?.push(performance.now() - started);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [name, summarize(list)]),
  ) as Record<string, LatencySummary>;
}

export async function cpuPressure(): Promise<number | null> {
  const text = await readFile('/proc/pressure/cpu', 'utf8').catch(() => '');
  const match = /^some avg10=[\d.]+ avg60=([\d.]+)/m.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}

export async function measureUploads(input: {
  uploads: number;
  engine: EngineName;
  agent: http.Agent;
  api: string;
  token: string;
  lines: { id: string; code: string; name: string }[];
  today: string;
  period: string;
  targets: string[];
  currencyOf: (distributorId: string) => Promise<{ currency: string; name: string }>;
}) {
  const random = createRandom(11);
  const result = { xlsx: [] as number[], json: [] as number[], buildXlsxMs: 0, parseMs: 0 };
  const codes = input.lines.map((line) => line.code);
  for (let index = 0; index < input.uploads; index++) {
    const xlsxTarget = input.targets[2 * index] ?? '';
    const jsonTarget = input.targets[2 * index + 1] ?? '';
    const xlsxOwner = await input.currencyOf(xlsxTarget);
    const content = largeReport(random, {
      period: input.period,
      currency: xlsxOwner.currency,
      productLineCodes: codes,
    });
    let started = performance.now();
    const bytes = await largeReportXlsx(content, {
      distributorName: xlsxOwner.name,
      productLines: input.lines,
    });
    result.buildXlsxMs = since(started);
    if (index === 0) {
      result.parseMs = Math.round(
        await timeParse(bytes, {
          period: input.period,
          currency: xlsxOwner.currency,
          productLines: input.lines,
          today: input.today,
        }),
      );
    }
    log(
      `[${input.engine}] upload ${index + 1}: ${PIPELINE_ROWS}-row XLSX (${Math.round(bytes.length / 1024)} KiB)`,
    );
    started = performance.now();
    const uploaded = await request(
      input.agent,
      // The bench account is the principal's: it enters each distributor's file on its behalf,
      // which stores a revision exactly as the distributor's own upload does.
      `${input.api}/distributors/${xlsxTarget}/reports/${input.period}/on-behalf/uploads?filename=report.xlsx&reason=Benchmark`,
      input.token,
      {
        bytes,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    );
    result.xlsx.push(since(started));
    if (uploaded !== 200) throw new Error(`the XLSX upload answered ${uploaded}`);
    const jsonOwner = await input.currencyOf(jsonTarget);
    const body = JSON.stringify({
      content: { ...content, currency: jsonOwner.currency },
      reason: 'Benchmark',
    });
    started = performance.now();
    const submitted = await request(
      input.agent,
      `${input.api}/distributors/${jsonTarget}/reports/${input.period}/on-behalf`,
      input.token,
      { bytes: body, type: 'application/json' },
    );
    result.json.push(since(started));
    if (submitted !== 200) throw new Error(`the JSON submission answered ${submitted}`);
  }
  return result;
}
