// The monthly review pack and the QBR pack: what both sides walk through in the meeting, as a PDF
// built from the same document blocks as the charter (src/charter/documents), so it shares its
// fonts, tables and page furniture. English only: the packs are working papers.
import {
  asWritten,
  type Block,
  type DocumentModel,
  type Phrase,
} from '../charter/documents/document-model.ts';
import type { KpiKey } from './kpi.schema.ts';
import type { MonthlyReportContent } from './report.content.ts';
import type { getScorecard } from './scorecard.service.ts';

type Scorecard = Awaited<ReturnType<typeof getScorecard>>;
export type PackActionItem = {
  title: string;
  owner: string;
  dueOn: string;
  status: string;
  overdue: boolean;
};

export type PackInput = {
  kind: 'monthly' | 'quarterly';
  /** "2026-10" for a month, "2026-Q3" for a quarter. */
  label: string;
  /** The months covered, oldest first. */
  periods: string[];
  principal: string;
  scorecard: Scorecard;
  /** The covered months' latest reports, where submitted. */
  reports: Map<string, MonthlyReportContent>;
  actions: PackActionItem[];
  generatedAt: Date;
};

export const kpiLabels: Record<KpiKey, string> = {
  attainment: 'Attainment vs target',
  growth: 'Growth, year on year',
  sellThrough: 'Sell-through',
  inventoryTurns: 'Inventory turns',
  weeksOfCover: 'Weeks of cover',
  timeliness: 'Report timeliness',
  meetingsHeld: 'Meetings held',
  notesOnTime: 'Notes on time',
  actionsOnTime: 'Actions closed on time',
  complaints: 'Complaints (3 months)',
  returns: 'Returns (3 months)',
  satisfaction: 'Customer satisfaction',
  margin: 'Margin',
  orderGrowth: 'Orders, year on year',
};

const w = asWritten;
const number = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined
    ? '—'
    : value.toLocaleString('en-GB', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });

export function formatKpi(unit: string, value: number | null): string {
  if (value === null) return '—';
  if (unit === 'ratio') return `${number(value * 100, 1)} %`;
  if (unit === 'weeks') return `${number(value, 1)} weeks`;
  if (unit === 'turns') return `${number(value, 1)}×`;
  if (unit === 'score') return `${number(value, 1)} / 10`;
  return number(value);
}

function table(columns: [string, number][], rows: string[][], empty: string): Block {
  return {
    kind: 'table',
    columns: columns.map(([title, width]) => ({ title: w(title), width })),
    rows: rows.map((row) => row.map(w)),
    empty: w(empty),
  };
}

function kpiTable(scorecard: Scorecard): Block {
  return table(
    [
      ['KPI', 3],
      ['Value', 2],
      ['Target', 2],
      ['Portfolio median', 2],
    ],
    scorecard.kpis.map((kpi) => [
      kpiLabels[kpi.key],
      formatKpi(kpi.unit, kpi.value),
      formatKpi(kpi.unit, kpi.target),
      formatKpi(kpi.unit, kpi.portfolioMedian),
    ]),
    'No figures yet',
  );
}

function monthsTable(input: PackInput): Block {
  const months = input.scorecard.months.filter((month) => input.periods.includes(month.period));
  return table(
    [
      ['Month', 2],
      ['Revenue', 2],
      ['Target', 2],
      ['Units', 2],
      ['Stock', 2],
      ['Report', 2],
    ],
    months.map((month) => [
      month.period,
      number(month.revenue, 2),
      number(month.targetRevenue, 2),
      number(month.units),
      number(month.unitsOnHand),
      month.reported ? (month.onTime ? 'on time' : 'late') : 'missing',
    ]),
    'No months',
  );
}

function linesTable(reports: MonthlyReportContent[]): Block {
  const totals = new Map<string, { units: number; revenue: number; stock: number | null }>();
  for (const report of reports) {
    for (const line of report.sales) {
      const row = totals.get(line.productLine) ?? { units: 0, revenue: 0, stock: null };
      totals.set(line.productLine, {
        ...row,
        units: row.units + line.units,
        revenue: row.revenue + line.revenue,
      });
    }
  }
  for (const line of reports.at(-1)?.inventory ?? []) {
    const row = totals.get(line.productLine) ?? { units: 0, revenue: 0, stock: null };
    totals.set(line.productLine, { ...row, stock: line.unitsOnHand });
  }
  return table(
    [
      ['Product line', 3],
      ['Units sold', 2],
      ['Revenue', 2],
      ['Stock at the end', 2],
    ],
    [...totals].map(([code, row]) => [
      code,
      number(row.units),
      number(row.revenue, 2),
      number(row.stock),
    ]),
    'Nothing reported',
  );
}

function marketBlocks(reports: MonthlyReportContent[]): Block[] {
  const latest = reports.at(-1);
  if (!latest) return [{ kind: 'paragraph', text: w('No report was submitted for this period.') }];
  const open = latest.pipeline.filter((row) => row.stage !== 'won' && row.stage !== 'lost');
  const items = (list: Phrase[]) => (list.length ? [{ kind: 'list' as const, items: list }] : []);
  return [
    { kind: 'subheading', text: w('Pipeline') },
    table(
      [
        ['Account', 3],
        ['Line', 2],
        ['Stage', 2],
        ['Value', 2],
        ['Expected close', 2],
      ],
      open.map((row) => [
        row.account,
        row.productLine,
        row.stage,
        number(row.value, 2),
        row.expectedClose,
      ]),
      'No open opportunities',
    ),
    { kind: 'subheading', text: w('Market intelligence') },
    ...items(
      latest.marketIntelligence.map((row) =>
        w(`${row.note}${row.tags.length ? ` [${row.tags.join(', ')}]` : ''}`),
      ),
    ),
    { kind: 'subheading', text: w('Competitive activity') },
    ...items(
      latest.competitiveActivity.map((row) =>
        w(
          `${row.competitor}${row.product ? `, ${row.product}` : ''}${row.pricePoint === null ? '' : ` at ${number(row.pricePoint, 2)}`}: ${row.observation}`,
        ),
      ),
    ),
    {
      kind: 'fields',
      rows: [
        { label: w('Complaints'), value: w(number(latest.customerSatisfaction.complaints)) },
        { label: w('Returns'), value: w(number(latest.customerSatisfaction.returns)) },
        {
          label: w('Satisfaction score'),
          value: w(formatKpi('score', latest.customerSatisfaction.score)),
        },
      ],
    },
  ];
}

export function buildPackModel(input: PackInput): DocumentModel {
  const { scorecard } = input;
  const title =
    input.kind === 'monthly'
      ? `Monthly review pack · ${input.label}`
      : `Quarterly business review pack · ${input.label}`;
  const reports = input.periods.flatMap((period) => input.reports.get(period) ?? []);
  let heading = 0;
  const section = (text: string): Block => ({ kind: 'heading', number: ++heading, text: w(text) });
  return {
    secondLanguage: null,
    title: w(title),
    subtitle: `${input.principal} — ${scorecard.distributor.name}`,
    markers: [],
    watermark: null,
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: w('Tier'), value: w(scorecard.distributor.tier ?? '—') },
          { label: w('Figures as of'), value: w(scorecard.asOf ?? 'no report yet') },
          { label: w('Currency'), value: w(scorecard.currency) },
        ],
      },
      section('KPIs'),
      kpiTable(scorecard),
      section(input.kind === 'monthly' ? 'The month' : 'The quarter, month by month'),
      monthsTable(input),
      section('By product line'),
      linesTable(reports),
      section('Market'),
      ...marketBlocks(reports),
      section('Open action items'),
      table(
        [
          ['Action', 4],
          ['Owner', 2],
          ['Due', 2],
          ['Status', 2],
        ],
        input.actions.map((item) => [
          item.title,
          item.owner,
          item.dueOn,
          item.overdue ? 'overdue' : item.status,
        ]),
        'No open action items',
      ),
      section('Notes of the latest reviews'),
      ...(scorecard.reviews.length
        ? scorecard.reviews.slice(0, 3).map(
            (review): Block => ({
              kind: 'clause',
              label: w(`${review.kind} review, ${review.startsAt.toISOString().slice(0, 10)}`),
              text: review.notes,
            }),
          )
        : [{ kind: 'paragraph' as const, text: w('No review notes yet.') }]),
    ],
    footer: `${title} · ${scorecard.distributor.name}`,
    pageLabel: (page, pages) => w(`Page ${page} of ${pages}`),
    metadata: {
      title,
      author: input.principal,
      subject: scorecard.distributor.name,
      createdAt: input.generatedAt,
    },
  };
}
