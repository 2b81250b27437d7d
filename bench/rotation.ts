// npm run bench:rotation [-- --series 2000] [--quick]
// The fair time-zone rotation planner at portfolio scale: a year of weekly check-ins (52) for
// each of 2,000 distributors of a principal in Europe/Berlin, with distributors in Brenner's
// twelve markets (bench/countries.ts) and in markets with other offsets, half hours and
// southern-hemisphere daylight saving. Per series, interleaved, two ways:
//   planner   planRotation(): every 30-minute slot of each day weighed, the fair one chosen;
//   baseline  planFixedTime(…, '10:00'): always 10:00 in Berlin, with the same output (local
//             times, burdens, windows, ledger), so the ratio is the cost of choosing.
// Reports total and per-series p50/p95 of both, their ratio, and the fairness each achieves.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { type PlannedOccurrence, planRotation } from '../src/cadence/rotation.ts';
import type { RotationParticipant, WorkingHours } from '../src/cadence/rotation-burden.ts';
import type { RotationInput } from '../src/cadence/rotation-input.ts';
import { planFixedTime, type RotationAssessment } from '../src/cadence/rotation-ledger.ts';
import { countryProfiles } from './countries.ts';
import { createRandom, type Random } from './random.ts';
import { summarize } from './statistics.ts';

const { values } = parseArgs({
  options: {
    series: { type: 'string', default: '2000' },
    quick: { type: 'boolean', default: false },
  },
});
const SERIES = values.quick ? 300 : Number(values.series);
const WARMUP = Math.min(200, SERIES);
const WEEKS = 52;
const log = (message: string) => process.stderr.write(`${message}\n`);

type Market = { country: string; weight: number; zones: string[]; weekdays?: number[] };

const mondayToFriday = [1, 2, 3, 4, 5];
const sundayToThursday = [7, 1, 2, 3, 4];
// Markets beyond the twelve of the directory bench, for offsets it lacks: southern-hemisphere
// DST (Sydney, Adelaide at +10:30, Auckland, Santiago), +5:45, Sunday-to-Thursday weeks.
const otherMarkets: Market[] = [
  {
    country: 'AU',
    weight: 5,
    zones: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth'],
  },
  { country: 'AU-SA', weight: 1, zones: ['Australia/Adelaide'] },
  { country: 'NZ', weight: 2, zones: ['Pacific/Auckland'] },
  { country: 'CL', weight: 2, zones: ['America/Santiago'] },
  { country: 'AR', weight: 2, zones: ['America/Argentina/Buenos_Aires'] },
  { country: 'JP', weight: 3, zones: ['Asia/Tokyo'] },
  { country: 'KR', weight: 2, zones: ['Asia/Seoul'] },
  { country: 'AE', weight: 2, zones: ['Asia/Dubai'] },
  { country: 'SA', weight: 2, zones: ['Asia/Riyadh'], weekdays: sundayToThursday },
  { country: 'EG', weight: 1, zones: ['Africa/Cairo'], weekdays: sundayToThursday },
  { country: 'NP', weight: 1, zones: ['Asia/Kathmandu'] },
  { country: 'CA', weight: 2, zones: ['America/Toronto', 'America/Vancouver'] },
];
const markets: Market[] = [
  ...countryProfiles.map((profile) => ({
    country: profile.country,
    weight: profile.weight,
    zones: [...new Set(profile.cities.map((city) => city.timeZone))],
  })),
  ...otherMarkets,
];

const officeHours: [string, string][] = [
  ['08:00', '17:00'],
  ['08:30', '17:30'],
  ['09:00', '18:00'],
  ['08:00', '16:30'],
];

function hours(random: Random, weekdays = mondayToFriday): WorkingHours {
  const [start, end] = random.pick(officeHours);
  return { start, end, weekdays };
}

function generateSeries(): { input: RotationInput; country: string }[] {
  const random = createRandom(2026);
  const firstMonday = DateTime.fromISO('2026-01-05', { zone: 'utc' });
  return Array.from({ length: SERIES }, (_, index) => {
    const market = random.weighted(markets.map((entry) => [entry, entry.weight] as const));
    const zone = random.pick(market.zones);
    const principal: RotationParticipant[] = [
      {
        id: `account-manager-${index}`,
        party: 'principal',
        timeZone: 'Europe/Berlin',
        workingHours: random.pick([
          { start: '09:00', end: '17:30', weekdays: mondayToFriday },
          { start: '08:00', end: '16:30', weekdays: mondayToFriday },
        ]),
      },
    ];
    if (random.chance(0.3)) {
      principal.push({
        id: `engineer-${index}`,
        party: 'principal',
        timeZone: 'Europe/Berlin',
        workingHours: { start: '07:30', end: '16:00', weekdays: mondayToFriday },
      });
    }
    const distributor: RotationParticipant[] = Array.from(
      { length: random.chance(0.2) ? 2 : 1 },
      (_, position) => ({
        id: `distributor-${index}-${position}`,
        party: 'distributor',
        timeZone: zone,
        workingHours: hours(random, market.weekdays),
      }),
    );
    const weekday = 2 + random.int(3); // Tuesday to Thursday
    const minutes = random.weighted([
      [30, 8],
      [15, 1],
      [45, 0.5],
      [60, 0.5],
    ] as const);
    const occurrences = Array.from({ length: WEEKS }, (_, week) => ({
      date: firstMonday.plus({ weeks: week, days: weekday - 1 }).toISODate() ?? '',
      minutes,
    }));
    return {
      input: { participants: [...principal, ...distributor], occurrences },
      country: market.country,
    };
  });
}

function fairnessOf(plans: RotationAssessment[]) {
  const meetings = plans.flatMap((plan) => plan.meetings);
  const burdened = (party: 'principal' | 'distributor') =>
    meetings.reduce((sum, meeting) => sum + meeting.burden[party], 0) / meetings.length;
  const excess = meetings.map((meeting) =>
    Math.max(0, Math.abs(meeting.window.imbalance) - meeting.window.allowance),
  );
  return {
    maxImbalance: Math.max(...plans.map((plan) => plan.maxImbalance)),
    maxExcess: Math.max(...excess),
    seriesAllFair: plans.filter((plan) => plan.unfairWindows === 0).length,
    unfairWindows: plans.reduce((sum, plan) => sum + plan.unfairWindows, 0),
    windows: meetings.length,
    zeroBurdenMeetings: meetings.filter((meeting) => meeting.burdenedParty === 'none').length,
    meanBurdenPrincipal: Math.round(burdened('principal') * 10) / 10,
    meanBurdenDistributor: Math.round(burdened('distributor') * 10) / 10,
  };
}

function main() {
  const started = Date.now();
  const loadBefore = os.loadavg();
  const series = generateSeries();
  log(`Generated ${series.length} series of ${WEEKS} weekly meetings; warming up on ${WARMUP}…`);
  for (const { input } of series.slice(0, WARMUP)) {
    planRotation(input);
    planFixedTime(input, '10:00');
  }

  const plannerMs: number[] = [];
  const baselineMs: number[] = [];
  const plans: RotationAssessment<PlannedOccurrence>[] = [];
  const fixed: RotationAssessment[] = [];
  const timeOf = <Result>(samples: number[], run: () => Result): Result => {
    const start = performance.now();
    const result = run();
    samples.push(performance.now() - start);
    return result;
  };
  const wallStart = performance.now();
  series.forEach(({ input }, index) => {
    // Alternate which goes first, so that neither always runs on a warmer cache.
    if (index % 2 === 0) {
      plans.push(timeOf(plannerMs, () => planRotation(input)));
      fixed.push(timeOf(baselineMs, () => planFixedTime(input, '10:00')));
    } else {
      fixed.push(timeOf(baselineMs, () => planFixedTime(input, '10:00')));
      plans.push(timeOf(plannerMs, () => planRotation(input)));
    }
    if ((index + 1) % 500 === 0) log(`  ${index + 1} series`);
  });
  const wallMs = performance.now() - wallStart;

  // Every unfair window the planner leaves must carry its "no fair slot" flag.
  const unflagged = plans
    .flatMap((plan) => plan.meetings)
    .filter((meeting) => !meeting.window.isFair && meeting.noFairSlot === null).length;
  if (unflagged > 0) throw new Error(`${unflagged} unfair windows without a flag`);
  const flags = plans
    .flatMap((plan) => plan.meetings)
    .reduce<Record<string, number>>((counts, meeting) => {
      if (meeting.noFairSlot) counts[meeting.noFairSlot] = (counts[meeting.noFairSlot] ?? 0) + 1;
      return counts;
    }, {});
  const flaggedSeries = new Map<string, number>();
  plans.forEach((plan, index) => {
    if (plan.unfairWindows === 0) return;
    const country = series[index]?.country ?? '?';
    flaggedSeries.set(country, (flaggedSeries.get(country) ?? 0) + 1);
  });

  const total = (samples: number[]) => samples.reduce((sum, value) => sum + value, 0);
  const planner = { ...summarize(plannerMs), totalMs: Math.round(total(plannerMs)) };
  const baseline = { ...summarize(baselineMs), totalMs: Math.round(total(baselineMs)) };
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const report = {
    measuredAt: new Date(started).toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
    loadAverage: { before: loadBefore, after: os.loadavg() },
    series: SERIES,
    meetingsPerSeries: WEEKS,
    wallMs: Math.round(wallMs),
    planner,
    baseline,
    ratio: {
      total: ratio(planner.totalMs, baseline.totalMs),
      p50: ratio(planner.p50, baseline.p50),
      p95: ratio(planner.p95, baseline.p95),
    },
    fairness: {
      planner: {
        ...fairnessOf(plans),
        flags,
        flaggedSeriesByCountry: Object.fromEntries(flaggedSeries),
      },
      baseline: fairnessOf(fixed),
    },
  };

  const line = (label: string, figures: typeof planner) =>
    `| ${label} | ${figures.totalMs.toLocaleString('en')} | ${figures.p50} | ${figures.p95} | ${figures.p99} | ${figures.max} |`;
  const fair = report.fairness;
  const fairLine = (label: string, figures: ReturnType<typeof fairnessOf>) =>
    `| ${label} | ${figures.maxImbalance} | ${figures.maxExcess} | ${figures.seriesAllFair} / ${SERIES} | ${figures.unfairWindows} / ${figures.windows} | ${figures.zeroBurdenMeetings} | ${figures.meanBurdenPrincipal} / ${figures.meanBurdenDistributor} |`;
  process.stdout.write(
    [
      `${SERIES} series × ${WEEKS} weekly meetings, ${report.machine.cpus} cores, ${report.machine.node}, load ${loadBefore.map((value) => value.toFixed(1)).join(' ')}`,
      '',
      '| way | total ms | per series p50 ms | p95 | p99 | max |',
      '|---|---|---|---|---|---|',
      line('planner', planner),
      line('baseline (10:00 Berlin)', baseline),
      `| planner ÷ baseline | ${report.ratio.total} | ${report.ratio.p50} | ${report.ratio.p95} | | |`,
      '',
      '| way | max 8-window imbalance | max excess over one meeting’s worth | series fair throughout | unfair windows | zero-burden meetings | mean burden principal / distributor |',
      '|---|---|---|---|---|---|---|',
      fairLine('planner', fair.planner),
      fairLine('baseline (10:00 Berlin)', fair.baseline),
      '',
      `planner flags: ${JSON.stringify(flags)}; series with an unfair window by market: ${JSON.stringify(fair.planner.flaggedSeriesByCountry)}`,
      '',
    ].join('\n'),
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/rotation.json', `${JSON.stringify(report, null, 2)}\n`);
  log(`Wrote bench/results/rotation.json (wall ${Math.round(wallMs)} ms for both ways).`);
}

main();
