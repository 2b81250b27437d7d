// The early-warning backtest's portfolio: distributors over 36 months, as the principal's ERP and
// CRM would hold them, written as the four CSV files of the history imports
// (distributors, orders, report history, interactions; docs/imports.md).
//
// Healthy relationships have their own size, growth, seasonality, order rhythm (weekly to every
// six weeks, lumpy), product lines, reporting habit (some often a few days late), stock habit
// around their buffer, and contact rhythm (a quarter of them with no contact recorded at all),
// plus ordinary noise: one-off bad months, holiday gaps in ordering and in contact, a report
// now and then a week or two late, the odd unanswered call.
//
// Failing ones (about 5 %) stop ordering on a day of their own; before that, some of: going
// silent, letting stock fall, reporting late or not at all, ordering less and less rarely, each
// starting at its own time 3 to 12 months before the stop, ramping at its own speed. With
// `failure: 'plain'` every one shows all four, steadily, from 4 to 9 months before (FailureStyle).
import { createRandom, type Random } from './random.ts';
import { writeInteractions, writeReports } from './warnings-history.ts';

export const PORTFOLIO_START = '2023-12-01';
export const PORTFOLIO_END = '2026-11-30';
export const PRODUCT_LINES = [
  'BRK-100',
  'BRK-200',
  'FLT-100',
  'CLU-100',
  'SUS-100',
  'ELE-100',
  'LGT-100',
  'EXH-100',
];
export const PRICE: Record<string, number> = {
  'BRK-100': 24,
  'BRK-200': 61,
  'FLT-100': 9,
  'CLU-100': 140,
  'SUS-100': 75,
  'ELE-100': 38,
  'LGT-100': 17,
  'EXH-100': 95,
};
const MARKETS: [string, string, string][] = [
  ['VN', 'Asia/Ho_Chi_Minh', 'vi'],
  ['TH', 'Asia/Bangkok', 'th'],
  ['CN', 'Asia/Shanghai', 'zh'],
  ['PL', 'Europe/Warsaw', 'pl'],
  ['DE', 'Europe/Berlin', 'de'],
  ['MX', 'America/Mexico_City', 'es'],
  ['BR', 'America/Sao_Paulo', 'pt'],
  ['ZA', 'Africa/Johannesburg', 'en'],
];
const NAMES = ['Auto Parts', 'Motor Supply', 'Phụ Tùng', 'Części', 'อะไหล่ยนต์', '汽配', 'Drive'];

export type Symptom = 'silence' | 'stock' | 'reports_late' | 'orders_less';
export const SYMPTOMS: Symptom[] = ['silence', 'stock', 'reports_late', 'orders_less'];

export type PortfolioDistributor = {
  ref: string;
  name: string;
  country: string;
  timeZone: string;
  language: string;
  startedOn: string;
  bufferWeeks: number;
  reportDueDay: number;
  failing: null | { stopOn: string; symptoms: Symptom[]; onsetOn: string };
};

export type Portfolio = {
  distributors: PortfolioDistributor[];
  csv: { distributors: string; orders: string; reportHistory: string; interactions: string };
  rows: { orders: number; reportHistory: number; interactions: number };
};

export const DAY_MS = 86_400_000;
export const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
export const line = (values: (string | number)[]) => `${values.map(cell).join(',')}\n`;

/** A normal draw (Box–Muller). */
export const normal = (random: Random) =>
  Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
/** An exponential draw with the given mean. */
export const exponential = (random: Random, mean: number) => -Math.log(1 - random.next()) * mean;

export type Profile = PortfolioDistributor & {
  lines: string[];
  monthlyValue: number;
  growth: number;
  seasonAmplitude: number;
  seasonPhase: number;
  orderInterval: number;
  lateChance: number;
  lateMeanDays: number;
  coverFactor: number;
  hasContact: boolean;
  inboundInterval: number;
  outboundInterval: number;
  replyChance: number;
  badMonths: Set<string>;
  quietSpells: [number, number][];
  /** Per symptom, the day it begins and the power of its ramp (below 1: sudden, above: late). */
  onsets: Partial<Record<Symptom, { from: number; shape: number }>>;
};

/**
 * How failing relationships fail. `mixed`: two to four of the four symptoms, each starting 3 to 12
 * months before the stop and ramping at its own speed, some slowly at first. `plain`: the issue's
 * own story, every one going silent, letting stock fall, reporting late and ordering less, the
 * first symptom 4 to 9 months before the stop and each ramping steadily.
 */
export type FailureStyle = 'mixed' | 'plain';

function profileOf(
  random: Random,
  index: number,
  isFailing: boolean,
  style: FailureStyle,
): Profile {
  const [country, timeZone, language] = random.pick(MARKETS);
  const start = dayNumber(PORTFOLIO_START);
  const end = dayNumber(PORTFOLIO_END);
  const ref = `C${String(100000 + index)}`;
  const profile: Profile = {
    ref,
    name: `${random.pick(NAMES)} ${country} ${String(index + 1).padStart(4, '0')}`,
    country,
    timeZone,
    language,
    startedOn: isoDay(start - 200 - random.int(2500)),
    bufferWeeks: random.pick([4, 6, 8, 8, 10, 12]),
    reportDueDay: 5 + random.int(16),
    failing: null,
    lines: random.shuffle(PRODUCT_LINES).slice(0, 1 + random.int(4)),
    monthlyValue: Math.exp(Math.log(25_000) + 0.9 * normal(random)),
    growth: random.between(-0.1, 0.18),
    seasonAmplitude: random.between(0, 0.3),
    seasonPhase: random.between(0, 12),
    orderInterval: random.weighted([
      [7, 2],
      [10, 2],
      [14, 4],
      [21, 3],
      [30, 3],
      [45, 1],
    ] as const),
    lateChance: random.chance(0.25) ? random.between(0.1, 0.35) : random.between(0, 0.08),
    lateMeanDays: random.between(2, 7),
    coverFactor: random.between(1.15, 2.2),
    hasContact: random.chance(0.75),
    inboundInterval: random.weighted([
      [4, 2],
      [8, 3],
      [15, 3],
      [30, 2],
      [60, 1],
    ] as const),
    outboundInterval: random.weighted([
      [5, 2],
      [10, 3],
      [20, 3],
      [40, 1],
    ] as const),
    replyChance: random.between(0.55, 0.95),
    badMonths: new Set(),
    quietSpells: [],
    onsets: {},
  };
  for (let day = start; day <= end; day += 30) {
    if (random.chance(0.035)) profile.badMonths.add(isoDay(day).slice(0, 7));
  }
  // Holidays and busy seasons: a few weeks without contact, now and then.
  for (let spells = random.int(3); spells > 0; spells--) {
    const from = start + random.int(end - start);
    profile.quietSpells.push([from, from + 14 + random.int(28)]);
  }
  if (isFailing) {
    const stop = start + 540 + random.int(end - start - 540 - 45);
    const plain = style === 'plain';
    const lead = plain ? 120 + random.int(150) : 150 + random.int(210);
    let symptoms = plain ? SYMPTOMS : SYMPTOMS.filter(() => random.chance(0.6));
    while (symptoms.length < 2) symptoms = [...new Set([...symptoms, random.pick(SYMPTOMS)])];
    for (const symptom of symptoms) {
      profile.onsets[symptom] = {
        from: stop - Math.round(lead * random.between(plain ? 0.75 : 0.6, 1)),
        shape: plain ? random.between(0.7, 1.1) : random.between(0.5, 1.6),
      };
    }
    const onset = Math.min(...Object.values(profile.onsets).map((entry) => entry?.from ?? stop));
    profile.failing = { stopOn: isoDay(stop), symptoms, onsetOn: isoDay(onset) };
  }
  return profile;
}

/** How far a symptom has gone on `day`: 0 before it starts, 1 on the stop day. */
export function ramp(profile: Profile, symptom: Symptom, day: number): number {
  const onset = profile.onsets[symptom];
  if (!onset || !profile.failing) return 0;
  const stop = dayNumber(profile.failing.stopOn);
  if (day < onset.from) return 0;
  return Math.min(1, (day - onset.from) / Math.max(1, stop - onset.from)) ** onset.shape;
}

export function level(profile: Profile, day: number): number {
  const years = (day - dayNumber(PORTFOLIO_START)) / 365;
  const month = Number(isoDay(day).slice(5, 7));
  const season =
    1 + profile.seasonAmplitude * Math.sin(((month + profile.seasonPhase) / 12) * 2 * Math.PI);
  return (1 + profile.growth) ** years * season;
}

export function generatePortfolio(options: {
  seed: number;
  distributors: number;
  failing: number;
  failure?: FailureStyle;
}) {
  const random = createRandom(options.seed);
  const failingAt = new Set(
    random
      .shuffle(Array.from({ length: options.distributors }, (_, index) => index))
      .slice(0, options.failing),
  );
  const profiles = Array.from({ length: options.distributors }, (_, index) =>
    profileOf(random, index, failingAt.has(index), options.failure ?? 'mixed'),
  );
  const start = dayNumber(PORTFOLIO_START);
  const end = dayNumber(PORTFOLIO_END);
  let distributors = line([
    'name',
    'country',
    'time_zone',
    'languages',
    'lifecycle_stage',
    'external_ref',
    'relationship_started_on',
    'buffer_weeks',
    'report_due_day',
  ]);
  let orders = line([
    'distributor',
    'order_ref',
    'ordered_on',
    'product_line',
    'quantity',
    'net_value',
    'currency',
  ]);
  let reports = line([
    'distributor',
    'month',
    'product_line',
    'units_sold',
    'revenue',
    'units_on_hand',
    'received_on',
    'currency',
  ]);
  let interactions = line([
    'occurred_at',
    'distributor',
    'direction',
    'channel',
    'summary',
    'replied_at',
  ]);
  const rows = { orders: 0, reportHistory: 0, interactions: 0 };
  for (const profile of profiles) {
    distributors += line([
      profile.name,
      profile.country,
      profile.timeZone,
      `${profile.language};en`,
      'active',
      profile.ref,
      profile.startedOn,
      profile.bufferWeeks,
      profile.reportDueDay,
    ]);
    const stop = profile.failing ? dayNumber(profile.failing.stopOn) : Number.POSITIVE_INFINITY;
    // Orders: lumpy, each an interval drawn around the distributor's rhythm.
    let orderNumber = 0;
    for (let day = start + random.int(profile.orderInterval); day <= Math.min(end, stop); ) {
      const less = ramp(profile, 'orders_less', day);
      const month = isoDay(day).slice(0, 7);
      const bad = profile.badMonths.has(month) ? 0.35 : 1;
      const value =
        ((profile.monthlyValue * profile.orderInterval) / 30) *
        level(profile, day) *
        bad *
        (1 - 0.75 * less) *
        Math.exp(0.3 * normal(random));
      orderNumber++;
      const chosen = profile.lines.filter((_, index) => index === 0 || random.chance(0.6));
      for (const code of chosen) {
        const share = value / chosen.length;
        const price = (PRICE[code] ?? 30) * 0.6;
        const quantity = Math.max(1, Math.round(share / price));
        orders += line([
          profile.ref,
          `${profile.ref}-${orderNumber}`,
          isoDay(day),
          code,
          quantity,
          (quantity * price).toFixed(2),
          'EUR',
        ]);
        rows.orders++;
      }
      const stretch = 1 + 1.5 * less;
      // One order in twenty waits for a holiday or a full warehouse: half as long again.
      const pause = random.chance(0.05) ? 1.5 : 1;
      day += Math.max(
        2,
        Math.round(profile.orderInterval * stretch * pause * random.between(0.7, 1.3)),
      );
    }
    rows.reportHistory += writeReports(profile, random, stop, (text) => {
      reports += text;
    });
    rows.interactions += writeInteractions(profile, random, stop, (text) => {
      interactions += text;
    });
  }
  return {
    distributors: profiles.map(
      ({
        ref,
        name,
        country,
        timeZone,
        language,
        startedOn,
        bufferWeeks,
        reportDueDay,
        failing,
      }) => ({
        ref,
        name,
        country,
        timeZone,
        language,
        startedOn,
        bufferWeeks,
        reportDueDay,
        failing,
      }),
    ),
    csv: { distributors, orders, reportHistory: reports, interactions },
    rows,
  } satisfies Portfolio;
}
