// The monthly review pack and the QBR pack: what both sides walk through in the meeting, as a PDF
// built from the same document blocks as the charter (src/charter/documents), so it shares its
// fonts, tables and page furniture, and its two languages: English, and the distributor's language
// beside it (locales/<lang>/documents.json, `pack`), as both sides read the pack together.
import { createPhrasebook, type Phrasebook } from '../charter/documents/document-language.ts';
import {
  asWritten,
  type Block,
  type DocumentModel,
  type Phrase,
} from '../charter/documents/document-model.ts';
import type { ActionItemStatus } from '../db/types.ts';
import type { KpiKey } from './kpi.schema.ts';
import type { MonthlyReportContent } from './report.content.ts';
import type { getScorecard } from './scorecard.service.ts';

type Scorecard = Awaited<ReturnType<typeof getScorecard>>;
export type PackActionItem = {
  title: string;
  owner: string;
  dueOn: string;
  status: ActionItemStatus;
  overdue: boolean;
};

export type PackInput = {
  kind: 'monthly' | 'quarterly';
  /** "2026-10" for a month, "2026-Q3" for a quarter. */
  label: string;
  /** The months covered, oldest first. */
  periods: string[];
  principal: string;
  /** The distributor's language (BCP 47), printed beside English; null for English alone. */
  language: string | null;
  scorecard: Scorecard;
  /** The covered months' latest reports, where submitted. */
  reports: Map<string, MonthlyReportContent>;
  actions: PackActionItem[];
  generatedAt: Date;
};

const w = asWritten;
const number = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined
    ? '—'
    : value.toLocaleString('en-GB', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });

export function formatKpi(phrases: Phrasebook, unit: string, value: number | null): Phrase {
  if (value === null) return w('—');
  if (unit === 'ratio') return w(`${number(value * 100, 1)} %`);
  if (unit === 'weeks') return phrases.label('pack.weeks', { value: number(value, 1) });
  if (unit === 'turns') return w(`${number(value, 1)}×`);
  if (unit === 'score') return w(`${number(value, 1)} / 10`);
  return w(number(value));
}

type Cell = string | Phrase;
const cell = (value: Cell): Phrase => (typeof value === 'string' ? w(value) : value);

function table(
  phrases: Phrasebook,
  columns: [PackColumn, number][],
  rows: Cell[][],
  empty: PackEmpty,
): Block {
  return {
    kind: 'table',
    columns: columns.map(([title, width]) => ({
      title: phrases.label(`pack.column.${title}`),
      width,
    })),
    rows: rows.map((row) => row.map(cell)),
    empty: phrases.label(`pack.empty.${empty}`),
  };
}

type PackColumn =
  | 'kpi'
  | 'value'
  | 'target'
  | 'median'
  | 'month'
  | 'revenue'
  | 'units'
  | 'stock'
  | 'report'
  | 'productLine'
  | 'unitsSold'
  | 'stockAtEnd'
  | 'account'
  | 'line'
  | 'stage'
  | 'expectedClose'
  | 'action'
  | 'owner'
  | 'due'
  | 'status';
type PackEmpty = 'figures' | 'months' | 'lines' | 'opportunities' | 'actions';

function kpiTable(phrases: Phrasebook, scorecard: Scorecard): Block {
  return table(
    phrases,
    [
      ['kpi', 3],
      ['value', 2],
      ['target', 2],
      ['median', 2],
    ],
    scorecard.kpis.map((kpi) => [
      phrases.label(`pack.kpi.${kpi.key satisfies KpiKey}`),
      formatKpi(phrases, kpi.unit, kpi.value),
      formatKpi(phrases, kpi.unit, kpi.target),
      formatKpi(phrases, kpi.unit, kpi.portfolioMedian),
    ]),
    'figures',
  );
}

function monthsTable(phrases: Phrasebook, input: PackInput): Block {
  const months = input.scorecard.months.filter((month) => input.periods.includes(month.period));
  return table(
    phrases,
    [
      ['month', 2],
      ['revenue', 2],
      ['target', 2],
      ['units', 2],
      ['stock', 2],
      ['report', 2],
    ],
    months.map((month) => [
      month.period,
      number(month.revenue, 2),
      number(month.targetRevenue, 2),
      number(month.units),
      number(month.unitsOnHand),
      phrases.label(
        `pack.report.${month.reported ? (month.onTime ? 'onTime' : 'late') : 'missing'}`,
      ),
    ]),
    'months',
  );
}

function linesTable(phrases: Phrasebook, reports: MonthlyReportContent[]): Block {
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
    phrases,
    [
      ['productLine', 3],
      ['unitsSold', 2],
      ['revenue', 2],
      ['stockAtEnd', 2],
    ],
    [...totals].map(([code, row]) => [
      code,
      number(row.units),
      number(row.revenue, 2),
      number(row.stock),
    ]),
    'lines',
  );
}

/** What the distributor wrote about its market stays as written; the labels are translated. */
function marketBlocks(phrases: Phrasebook, reports: MonthlyReportContent[]): Block[] {
  const latest = reports.at(-1);
  if (!latest) return [{ kind: 'paragraph', text: phrases.label('pack.empty.report') }];
  const open = latest.pipeline.filter((row) => row.stage !== 'won' && row.stage !== 'lost');
  const items = (list: Phrase[]) => (list.length ? [{ kind: 'list' as const, items: list }] : []);
  return [
    { kind: 'subheading', text: phrases.label('pack.market.pipeline') },
    table(
      phrases,
      [
        ['account', 3],
        ['line', 2],
        ['stage', 2],
        ['value', 2],
        ['expectedClose', 2],
      ],
      open.map((row) => [
        row.account,
        row.productLine,
        phrases.label(`pack.stage.${row.stage}`),
        number(row.value, 2),
        row.expectedClose,
      ]),
      'opportunities',
    ),
    { kind: 'subheading', text: phrases.label('pack.market.intelligence') },
    ...items(
      latest.marketIntelligence.map((row) =>
        w(`${row.note}${row.tags.length ? ` [${row.tags.join(', ')}]` : ''}`),
      ),
    ),
    { kind: 'subheading', text: phrases.label('pack.market.competition') },
    ...items(
      latest.competitiveActivity.map((row) =>
        w(
          `${row.competitor}${row.product ? `, ${row.product}` : ''}${row.pricePoint === null ? '' : ` · ${number(row.pricePoint, 2)}`}: ${row.observation}`,
        ),
      ),
    ),
    {
      kind: 'fields',
      rows: [
        {
          label: phrases.label('pack.market.complaints'),
          value: w(number(latest.customerSatisfaction.complaints)),
        },
        {
          label: phrases.label('pack.market.returns'),
          value: w(number(latest.customerSatisfaction.returns)),
        },
        {
          label: phrases.label('pack.market.satisfaction'),
          value: formatKpi(phrases, 'score', latest.customerSatisfaction.score),
        },
      ],
    },
  ];
}

export function buildPackModel(input: PackInput): DocumentModel {
  const { scorecard } = input;
  const phrases = createPhrasebook(input.language);
  const title = phrases.label(`pack.title.${input.kind}`, { label: input.label });
  const reports = input.periods.flatMap((period) => input.reports.get(period) ?? []);
  let heading = 0;
  const section = (key: PackSection): Block => ({
    kind: 'heading',
    number: ++heading,
    text: phrases.label(`pack.section.${key}`),
  });
  return {
    secondLanguage: phrases.secondLanguage,
    title,
    subtitle: `${input.principal} — ${scorecard.distributor.name}`,
    markers: [],
    watermark: null,
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: phrases.label('pack.field.tier'), value: w(scorecard.distributor.tier ?? '—') },
          {
            label: phrases.label('pack.field.figuresAsOf'),
            value: scorecard.asOf ? w(scorecard.asOf) : phrases.label('pack.field.noReportYet'),
          },
          { label: phrases.label('pack.field.currency'), value: w(scorecard.currency) },
        ],
      },
      section('kpis'),
      kpiTable(phrases, scorecard),
      section(input.kind === 'monthly' ? 'month' : 'quarter'),
      monthsTable(phrases, input),
      section('byLine'),
      linesTable(phrases, reports),
      section('market'),
      ...marketBlocks(phrases, reports),
      section('actions'),
      table(
        phrases,
        [
          ['action', 4],
          ['owner', 2],
          ['due', 2],
          ['status', 2],
        ],
        input.actions.map((item) => [
          item.title,
          item.owner,
          item.dueOn,
          phrases.label(`pack.actionStatus.${item.overdue ? 'overdue' : item.status}`),
        ]),
        'actions',
      ),
      section('reviewNotes'),
      ...(scorecard.reviews.length
        ? scorecard.reviews.slice(0, 3).map(
            (review): Block => ({
              kind: 'clause',
              label: phrases.label('pack.reviewLabel', {
                kind: phrases.label(`meeting.${review.kind}`),
                date: review.startsAt.toISOString().slice(0, 10),
              }),
              text: review.notes,
            }),
          )
        : [{ kind: 'paragraph' as const, text: phrases.label('pack.empty.reviewNotes') }]),
    ],
    footer: `${title.text} · ${scorecard.distributor.name}`,
    pageLabel: (page, pages) => phrases.label('label.page', { page, pages }),
    metadata: {
      title: title.text,
      author: input.principal,
      subject: scorecard.distributor.name,
      createdAt: input.generatedAt,
    },
  };
}

type PackSection = 'kpis' | 'month' | 'quarter' | 'byLine' | 'market' | 'actions' | 'reviewNotes';
