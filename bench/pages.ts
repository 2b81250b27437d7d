// npm run bench:pages [-- --runs 5]
// Pages usable in under a second (issue #16): the demo data in a fresh PGlite folder, served by
// `liaison start` in a child process as an operator runs it, and headless Debian chromium signed
// in as Jonas Becker (principal manager). For the portfolio, the directory, Saigon Motor Parts's
// scorecard and its meetings: the largest contentful paint with an empty cache (a new browser
// context per run) and warm (a new tab in a context that has loaded the page once), the
// JavaScript the first page downloads (compressed, as sent, and as run), and the time from
// `liaison start` (and `npm start`, which builds the web app only when its sources changed) to a
// healthy answer. Baselines in the same run: a static page of the same heading and table served
// by a bare Node server (the browser's own floor for a paint), and a bare Node HTTP server's
// start (the process's floor for a restart). Figures to stdout and bench/results/pages-<date>.json.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { z } from 'zod';
import { launchChromium } from './browser.ts';
import { summarize } from './statistics.ts';

const Arguments = z.object({ runs: z.coerce.number().int().min(1).max(50).default(5) });
const repository = path.join(import.meta.dirname, '..');
const demo = { email: 'jonas.becker@brenner.example', password: 'liaison-demo' };
const goals = { coldMs: 1000, warmMs: 500, firstPageJsKb: 300, restartMs: 5000 };
const log = (message: string) => process.stderr.write(`${message}\n`);
const median = (samples: number[]) => summarize(samples).p50;

type Started = { url: string; child: ChildProcess; healthyMs: number };

/** Spawns `command` with `env`, and resolves once GET /api/health on `port` answers 200. */
async function startUntilHealthy(
  command: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<Started> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const began = performance.now();
  const child = spawn(command, args, {
    cwd: repository,
    env: { ...inherited, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so that stopping npm start also stops the server it started.
    detached: true,
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  while (performance.now() - began < 180_000) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${errors}`);
    const healthy = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return { url, child, healthyMs: performance.now() - began };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`${command} was not healthy after 180 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    // npm start runs the server in a child of its own: end the whole group.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });
}

/** A bare Node HTTP server in a process of its own: the floor of any restart. */
async function bareRestartMs(port: number) {
  const script = `require('node:http').createServer((_, r) => r.end('ok')).listen(${port})`;
  const started = await startUntilHealthy(process.execPath, ['-e', script], {}, port);
  await stop(started.child);
  return started.healthyMs;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Load = {
  paintMs: number;
  /** When the page's data was first in the document (its `ready` selector matched). */
  readyMs: number;
  element: string;
  scriptBytes: number;
  scriptEncodedBytes: number;
};

/** Records when `selector` first matches; runs before the page's own scripts. */
function watchFor(selector: string) {
  return `window.__ready = null;
new MutationObserver((_, observer) => {
  if (document.querySelector(${JSON.stringify(selector)})) {
    window.__ready = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, childList: true });`;
}

// Read once the page has drawn its data; the entries are buffered. Strings, as the bench compiles
// without the DOM's types.
const readLoad = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    const element = last && last.element;
    const scripts = performance.getEntriesByType('resource').filter((entry) =>
      entry.name.endsWith('.js'));
    resolve({
      paintMs: last ? last.startTime : NaN,
      readyMs: window.__ready ?? NaN,
      element: element ? element.tagName.toLowerCase() + ' "' +
        (element.textContent || '').trim().slice(0, 40) + '"' : '',
      scriptBytes: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      scriptEncodedBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;

/** Loads `target` in a new tab of `context` and waits for the page's data to be drawn. */
async function load(context: BrowserContext, target: string, ready: string): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript({ content: watchFor(ready) });
  await page.goto(target, { waitUntil: 'load', timeout: 60_000 });
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  // The paint of what was just drawn is reported a frame later.
  await page.waitForTimeout(300);
  const result = await page.evaluate<Load>(readLoad);
  await page.close();
  return result;
}

async function signedInContext(browser: Browser, baseUrl: string, cookie: string) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
  });
  const [pair = ''] = cookie.split(';');
  const separator = pair.indexOf('=');
  await context.addCookies([
    { name: pair.slice(0, separator), value: pair.slice(separator + 1), url: baseUrl },
  ]);
  return context;
}

/** The same heading and a table of rows as a static page: the browser's floor for a paint. */
async function startStaticBaseline() {
  const rows = Array.from(
    { length: 25 },
    (_, index) => `<tr><td>Distributor ${index}</td><td>VN</td><td>12,345</td></tr>`,
  ).join('');
  const html = `<!doctype html><html><head><title>Portfolio</title></head><body>
    <h1>Portfolio</h1><table><tbody>${rows}</tbody></table></body></html>`;
  const server = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function main() {
  const options = Arguments.parse(
    parseArgs({ options: { runs: { type: 'string' } }, strict: true }).values,
  );
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-pages-'));
  const env = { LIAISON_DATA_DIR: dataDir, LIAISON_DEMO: 'true', LOG_LEVEL: 'warn' };
  const port = await freePort();
  const liaison = [path.join(repository, 'bin', 'liaison.mjs'), 'start'];
  try {
    log('first start: migrating and loading the demo');
    const first = await startUntilHealthy(process.execPath, liaison, env, port);
    await stop(first.child);
    const restarts: number[] = [];
    const npmStarts: number[] = [];
    const bareStarts: number[] = [];
    for (let run = 0; run < 3; run++) {
      bareStarts.push(await bareRestartMs(port));
      const again = await startUntilHealthy(process.execPath, liaison, env, port);
      restarts.push(again.healthyMs);
      await stop(again.child);
      const viaNpm = await startUntilHealthy('npm', ['start', '--silent'], env, port);
      npmStarts.push(viaNpm.healthyMs);
      await stop(viaNpm.child);
    }
    log(
      `restart: ${median(restarts).toFixed(0)} ms; npm start: ${median(npmStarts).toFixed(0)} ms`,
    );

    const server = await startUntilHealthy(process.execPath, liaison, env, port);
    const browser = await launchChromium();
    const staticBaseline = await startStaticBaseline();
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(demo),
      });
      const cookie = login.headers.get('set-cookie');
      if (login.status !== 204 || !cookie) throw new Error(`sign-in answered ${login.status}`);
      const directory = (await (
        await fetch(`${server.url}/api/v1/distributors?q=Saigon`, { headers: { cookie } })
      ).json()) as { items: { id: string }[] };
      const saigon = directory.items[0]?.id;
      if (!saigon) throw new Error('the demo has no Saigon Motor Parts');
      const pages = [
        { name: 'portfolio', target: '/portfolio', ready: 'tbody tr' },
        { name: 'directory', target: '/distributors', ready: 'tbody tr' },
        { name: 'scorecard', target: `/distributors/${saigon}/scorecard`, ready: '.kpi-value' },
        { name: 'meetings', target: `/distributors/${saigon}/meetings`, ready: '.cadence-summary' },
      ];
      const baselineLoads: number[] = [];
      for (let run = 0; run < options.runs; run++) {
        const context = await browser.newContext({ baseURL: staticBaseline.url });
        baselineLoads.push((await load(context, '/', 'tbody tr')).paintMs);
        await context.close();
      }
      const floor = median(baselineLoads);
      const results = [];
      for (const page of pages) {
        const cold: Load[] = [];
        const warm: Load[] = [];
        for (let run = 0; run < options.runs; run++) {
          const context = await signedInContext(browser, server.url, cookie);
          cold.push(await load(context, page.target, page.ready));
          warm.push(await load(context, page.target, page.ready));
          await context.close();
        }
        const coldMs = median(cold.map((entry) => entry.paintMs));
        const warmMs = median(warm.map((entry) => entry.paintMs));
        const coldReadyMs = median(cold.map((entry) => entry.readyMs));
        const warmReadyMs = median(warm.map((entry) => entry.readyMs));
        results.push({
          page: page.name,
          coldMs,
          warmMs,
          coldReadyMs,
          warmReadyMs,
          coldVsStatic: coldMs / floor,
          warmVsStatic: warmMs / floor,
          element: cold.at(-1)?.element ?? '',
          scriptKbCompressed: (cold.at(-1)?.scriptEncodedBytes ?? 0) / 1024,
          scriptKbRun: (cold.at(-1)?.scriptBytes ?? 0) / 1024,
        });
        log(
          `${page.name}: paint cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms; ` +
            `data drawn cold ${coldReadyMs.toFixed(0)} ms, warm ${warmReadyMs.toFixed(0)} ms`,
        );
      }
      const figures = {
        date: new Date().toISOString(),
        runs: options.runs,
        goals,
        staticPagePaintMs: floor,
        restart: {
          liaisonStartMs: median(restarts),
          npmStartMs: median(npmStarts),
          bareNodeMs: median(bareStarts),
          vsBareNode: median(restarts) / median(bareStarts),
        },
        pages: results,
      };
      printTable(figures);
      const folder = path.join(import.meta.dirname, 'results');
      await mkdir(folder, { recursive: true });
      const file = path.join(folder, `pages-${figures.date.slice(0, 10)}.json`);
      await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`);
      log(`written to ${path.relative(process.cwd(), file)}`);
    } finally {
      staticBaseline.close();
      await browser.close();
      await stop(server.child);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

type Figures = {
  staticPagePaintMs: number;
  restart: { liaisonStartMs: number; npmStartMs: number; bareNodeMs: number; vsBareNode: number };
  pages: {
    page: string;
    coldMs: number;
    warmMs: number;
    coldReadyMs: number;
    warmReadyMs: number;
    coldVsStatic: number;
    warmVsStatic: number;
    scriptKbCompressed: number;
    scriptKbRun: number;
    element: string;
  }[];
};

function printTable(figures: Figures) {
  const mark = (met: boolean) => (met ? 'met' : 'MISSED');
  const lines = [
    `static page paint (baseline): ${figures.staticPagePaintMs.toFixed(0)} ms`,
    '',
    'largest contentful paint, median of the runs; then when the page’s data was drawn',
    'page        cold ms (×static)  goal   warm ms (×static)  goal   data drawn cold / warm  JS first load (compressed / run)',
    ...figures.pages.map(
      (row) =>
        `${row.page.padEnd(11)} ${row.coldMs.toFixed(0).padStart(7)} (${row.coldVsStatic.toFixed(1)}×)`.padEnd(
          31,
        ) +
        `${mark(row.coldMs <= goals.coldMs).padEnd(7)}${row.warmMs.toFixed(0).padStart(7)} (${row.warmVsStatic.toFixed(1)}×)`.padEnd(
          26,
        ) +
        `${mark(row.warmMs <= goals.warmMs).padEnd(7)}` +
        `${row.coldReadyMs.toFixed(0).padStart(6)} / ${row.warmReadyMs.toFixed(0).padEnd(6)}ms    ` +
        `${row.scriptKbCompressed.toFixed(0)} KB / ${row.scriptKbRun.toFixed(0)} KB ${mark(row.scriptKbCompressed <= goals.firstPageJsKb)}`,
    ),
    '',
    `restart to healthy: liaison start ${figures.restart.liaisonStartMs.toFixed(0)} ms ` +
      `(${figures.restart.vsBareNode.toFixed(1)}× a bare Node server's ${figures.restart.bareNodeMs.toFixed(0)} ms), ` +
      `npm start ${figures.restart.npmStartMs.toFixed(0)} ms; goal ${goals.restartMs} ms: ${mark(figures.restart.npmStartMs <= goals.restartMs)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
