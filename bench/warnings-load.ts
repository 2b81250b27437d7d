// Loads a generated portfolio's four CSV files into a workspace. Through the history imports
// (`importDistributorsCsv`, `importOrdersCsv`, `importReportHistoryCsv`, `importInteractionsCsv`)
// when they are there; else, and for the scan bench's speed, straight into the tables as the
// owner, in bulk, shaped as the imports store the rows (docs/csv-formats: a report per
// distributor and month submitted on `received_on`, its revision 1, the month's summary).
import { parse } from 'csv-parse/sync';
import type { Database } from '../src/db/client.ts';
import { type Portfolio, PRODUCT_LINES } from './warnings-portfolio.ts';

type Row = Record<string, string>;
const rowsOf = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true });

/** Inserts `rows` as JSON in batches through `statement` ($1: workspace, $2: the batch). */
async function inBatches(
  database: Database,
  statement: string,
  workspaceId: string,
  rows: unknown[],
  batch = 20_000,
) {
  for (let from = 0; from < rows.length; from += batch) {
    await database.rawQuery(statement, [
      workspaceId,
      JSON.stringify(rows.slice(from, from + batch)),
    ]);
  }
}

/** Straight into the tables; returns the distributor ids by reference. */
export async function loadPortfolioDirectly(
  database: Database,
  workspaceId: string,
  portfolio: Pick<Portfolio, 'csv'>,
): Promise<Map<string, string>> {
  await database.rawQuery(
    `insert into product_line (workspace_id, code, name, category)
     select $1, code, code, split_part(code, '-', 1) from unnest($2::text[]) code`,
    [workspaceId, PRODUCT_LINES],
  );
  const distributors = rowsOf(portfolio.csv.distributors);
  const inserted = await database.rawQuery<{ id: string; name: string }>(
    `insert into distributor (workspace_id, name, country, time_zone, languages, lifecycle_stage,
       report_currency, created_at)
     select $1, x.name, x.country, x.time_zone, string_to_array(x.languages, ';'),
       x.lifecycle_stage, 'EUR', now()
     from jsonb_to_recordset($2::jsonb) as x(name text, country text, time_zone text,
       languages text, lifecycle_stage text)
     returning id, name`,
    [workspaceId, JSON.stringify(distributors)],
  );
  const idByName = new Map(inserted.map((row) => [row.name, row.id]));
  const ids = new Map(
    distributors.map((row) => [row.external_ref ?? '', idByName.get(row.name ?? '') ?? '']),
  );
  const idOf = (ref: string | undefined) => ids.get(ref ?? '') ?? '';
  await inBatches(
    database,
    `insert into relationship_baseline (workspace_id, distributor_id, started_on, buffer_weeks,
       report_due_day, updated_at)
     select $1, x.id, x.started_on, x.buffer_weeks, x.report_due_day, now()
     from jsonb_to_recordset($2::jsonb) as x(id uuid, started_on date, buffer_weeks numeric,
       report_due_day smallint)`,
    workspaceId,
    distributors.map((row) => ({
      id: idOf(row.external_ref),
      started_on: row.relationship_started_on,
      buffer_weeks: Number(row.buffer_weeks),
      report_due_day: Number(row.report_due_day),
    })),
  );
  await inBatches(
    database,
    `insert into order_line (workspace_id, distributor_id, order_ref, ordered_on, product_line_id,
       quantity, net_value, currency, created_at)
     select $1, x.id, x.order_ref, x.ordered_on, l.id, x.quantity, x.net_value, x.currency, now()
     from jsonb_to_recordset($2::jsonb) as x(id uuid, order_ref text, ordered_on date,
       product_line text, quantity numeric, net_value numeric, currency text)
     join product_line l on l.workspace_id = $1 and l.code = x.product_line`,
    workspaceId,
    rowsOf(portfolio.csv.orders).map((row) => ({ ...row, id: idOf(row.distributor) })),
  );
  await loadReports(database, workspaceId, rowsOf(portfolio.csv.reportHistory), idOf);
  await inBatches(
    database,
    `insert into communication_interaction (workspace_id, distributor_id, occurred_at, direction,
       channel, summary, replied_at, logged_by_side, created_at, updated_at)
     select $1, x.id, x.occurred_at, x.direction, x.channel, x.summary,
       nullif(x.replied_at, '')::timestamptz, 'principal', now(), now()
     from jsonb_to_recordset($2::jsonb) as x(id uuid, occurred_at timestamptz, direction text,
       channel text, summary text, replied_at text)`,
    workspaceId,
    rowsOf(portfolio.csv.interactions).map((row) => ({ ...row, id: idOf(row.distributor) })),
  );
  await database.rawQuery('analyze');
  return ids;
}

/** A report per distributor and month, submitted at noon (its zone) of `received_on`. */
async function loadReports(
  database: Database,
  workspaceId: string,
  lines: Row[],
  idOf: (ref: string | undefined) => string,
) {
  type Month = { id: string; period: string; received_on: string; lines: Row[] };
  const months = new Map<string, Month>();
  for (const row of lines) {
    const key = `${row.distributor}|${row.month}`;
    const month = months.get(key) ?? {
      id: idOf(row.distributor),
      period: `${row.month}-01`,
      received_on: row.received_on ?? '',
      lines: [],
    };
    month.lines.push(row);
    months.set(key, month);
  }
  const reports = [...months.values()].map((month) => ({
    id: month.id,
    period: month.period,
    received_on: month.received_on,
    revenue: month.lines.reduce((sum, row) => sum + Number(row.revenue), 0),
    units: month.lines.reduce((sum, row) => sum + Number(row.units_sold), 0),
    units_on_hand: month.lines.reduce((sum, row) => sum + Number(row.units_on_hand), 0),
    content: {
      period: month.period.slice(0, 7),
      currency: 'EUR',
      sales: month.lines.map((row) => ({
        productLine: row.product_line,
        units: Number(row.units_sold),
        revenue: Number(row.revenue),
      })),
      inventory: month.lines.map((row) => ({
        productLine: row.product_line,
        unitsOnHand: Number(row.units_on_hand),
      })),
      pipeline: [],
      marketIntelligence: [],
      competitiveActivity: [],
      customerSatisfaction: { complaints: 0, returns: 0, score: null },
    },
  }));
  await inBatches(
    database,
    `with x as (
       select x.*, (x.received_on + time '12:00') at time zone d.time_zone as at,
         (x.period + interval '1 month' + (b.report_due_day - 1) * interval '1 day')::date as due
       from jsonb_to_recordset($2::jsonb) as x(id uuid, period date, received_on date,
         revenue numeric, units bigint, units_on_hand bigint, content jsonb)
       join distributor d on d.workspace_id = $1 and d.id = x.id
       join relationship_baseline b on b.workspace_id = $1 and b.distributor_id = x.id
     ), report as (
       insert into monthly_report (workspace_id, distributor_id, period, currency, status,
         revision, due_on, first_submitted_at, submitted_at, created_at, updated_at)
       select $1, id, period, 'EUR', 'submitted', 1, due, at, at, now(), now() from x
       returning id, distributor_id, period
     ), revision as (
       insert into monthly_report_revision (workspace_id, report_id, revision, content, source,
         content_hash, created_at)
       select $1, report.id, 1, x.content, 'csv', md5(x.content::text), now()
       from report join x on x.id = report.distributor_id and x.period = report.period
     )
     insert into distributor_month (workspace_id, distributor_id, period, currency, revenue,
       units, units_on_hand, report_due_on, report_submitted_at)
     select $1, id, period, 'EUR', revenue, units, units_on_hand, due, at from x`,
    workspaceId,
    reports,
    5_000,
  );
}
