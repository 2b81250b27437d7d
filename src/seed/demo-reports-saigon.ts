// Saigon Motor Parts' sixteen months since its first delivery, as its reports tell them: a strong
// first year, then a competing brake line, stalled orders, stock running down below the charter's
// 8-week buffer, more complaints, and reports later and later until the last two never came.
import type { MonthlyReportContent, PipelineStage } from '../reports/report.content.ts';

/** Units a month at full speed and the dollar price, per product line it carries. */
const lines: [code: string, units: number, priceUsd: number][] = [
  ['BRK-100', 2400, 14],
  ['BRK-110', 700, 38],
  ['BRK-120', 150, 65],
  ['FLT-100', 3200, 4.2],
  ['FLT-110', 1500, 6],
  ['CLU-100', 120, 110],
  ['SUS-100', 300, 45],
];
/** Sales against full speed, month by month since the first delivery; the stall from month 10. */
const levels = [0.45, 0.7, 0.9, 1, 1.04, 1.08, 1.1, 1.14, 1.18, 1.2, 0.72, 0.55, 0.42, 0.34];
/** Days after the due date each report arrived (negative: early). */
const arrivals = [-4, -6, -3, -5, -2, -7, -4, -3, -2, -1, 3, 9, 16, 34];
/** Weeks of sales the brake lines have on hand; above the 8-week buffer until the stall. */
const brakeWeeks = [6, 8.5, 9.5, 10, 10.5, 10, 9.5, 10, 9.5, 9, 6.5, 4.8, 3.4, 2.2];
const complaints = [1, 0, 1, 2, 1, 1, 2, 1, 2, 2, 4, 6, 8, 9];
const satisfaction = [8.2, 8.4, 8.5, 8.6, 8.5, 8.4, 8.6, 8.5, 8.3, 8.1, 7.2, 6.4, 5.9, 5.5];
const FIRST_MONTHS = 16;

export type SaigonMonth = {
  index: number;
  period: string;
  daysAfterDue: number;
};

export function saigonStory(periods: string[]) {
  const story = periods.slice(periods.length - FIRST_MONTHS);
  const months: SaigonMonth[] = levels.map((_, index) => ({
    index,
    period: story[index] ?? '',
    daysAfterDue: arrivals[index] ?? 0,
  }));
  // The plan: full speed in the first year, 30 % more in the next one.
  const fullSpeed = lines.reduce((sum, [, units, price]) => sum + units * price, 0);
  const firstYear = Number(story[0]?.slice(0, 4));
  const years = [...new Set(story.map((period) => Number(period.slice(0, 4))))];
  const targets = years.map((year) => ({
    periodKind: 'year' as const,
    period: `${year}-01`,
    revenue: Math.round(fullSpeed * 12 * (year === firstYear ? 1 : 1.3)),
  }));
  return { months, targets };
}

const workshops = [
  'Garage Thành Công',
  'Xe Buýt Sài Gòn',
  'Phụ Tùng Bình Dương',
  'Gara Ô tô Minh Phát',
  'Vận tải Phương Nam',
];

export function saigonMonth(month: SaigonMonth): MonthlyReportContent {
  const { index, period } = month;
  const level = levels[index] ?? 1;
  const stalled = index >= 10;
  // Small wobbles that repeat from start to start.
  const wobble = (seed: number) => 0.94 + ((index * 7 + seed * 13) % 11) / 100;
  const sales = lines.map(([code, units, price], position) => {
    // The competing brake line takes the brake business first.
    const share = stalled && code.startsWith('BRK') ? 0.8 : 1;
    const sold = Math.round(units * level * share * wobble(position));
    return { productLine: code, units: sold, revenue: Math.round(sold * price * 100) / 100 };
  });
  const inventory = sales.map((line) => {
    const weeks = line.productLine.startsWith('BRK')
      ? (brakeWeeks[index] ?? 8)
      : Math.max(2.5, (brakeWeeks[index] ?? 8) - 1);
    return { productLine: line.productLine, unitsOnHand: Math.round((line.units / 4.345) * weeks) };
  });
  const [year = 2026, monthOfYear = 1] = period.split('-').map(Number);
  const closeOn = (months: number) =>
    new Date(Date.UTC(year, monthOfYear - 1 + months, 20)).toISOString().slice(0, 10);
  const openStages: PipelineStage[] = ['qualified', 'proposal', 'negotiation', 'won'];
  const pipeline = workshops.slice(0, 2 + (index % 3)).map((account, position) => {
    const lostToCompetitor: PipelineStage = position === 0 ? 'lost' : 'qualified';
    return {
      account,
      productLine: lines[position]?.[0] ?? 'BRK-100',
      stage: stalled ? lostToCompetitor : (openStages[(index + position) % 4] ?? 'lead'),
      value: Math.round(4000 * level * (position + 1)),
      expectedClose: closeOn(1 + position),
    };
  });
  return {
    period,
    currency: 'USD',
    sales,
    inventory,
    pipeline,
    marketIntelligence: stalled
      ? [
          {
            note: 'Dragon Friction brake pads are now on the shelves of our Thủ Đức branch; workshops ask for them by name because of the price.',
            tags: ['competition', 'brakes'],
          },
          {
            note: 'We hold back new orders until the distributor margin on brake pads is reviewed.',
            tags: ['pricing', 'orders'],
          },
        ]
      : [
          {
            note: 'Workshops in Bình Dương are switching to Brenner pads after the training days.',
            tags: ['training', 'brakes'],
          },
        ],
    competitiveActivity: stalled
      ? [
          {
            competitor: 'Dragon Friction',
            product: 'Ceramic brake pads',
            pricePoint: 9.9,
            observation:
              'Priced 30 % below our brake pads, with 90-day credit for workshops; we now stock it in Thủ Đức.',
          },
        ]
      : [],
    customerSatisfaction: {
      complaints: complaints[index] ?? 0,
      returns: stalled ? 3 + (index % 3) : index % 2,
      score: satisfaction[index] ?? 8,
    },
  };
}
