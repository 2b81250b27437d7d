// Every report of a year, for the principal: a ZIP of one CSV per section (sales, inventory,
// pipeline, market intelligence, competition, customer satisfaction), one row per line with the
// distributor and month. At 2,000 distributors that is over a million sales rows, past Excel's
// sheet limit, hence CSV. It runs in the background in short transactions, 100 distributors at a
// time, and records its progress on the job so the page can show it.

import { stringify } from 'csv-stringify/sync';
import { ZipFile } from 'yazl';
import { recordAudit } from '../platform/audit.ts';
import { neutraliseCell } from '../platform/cells.ts';
import { AppError } from '../platform/errors.ts';
import { type Context, inTransaction, principalRoles, requireRole } from '../platform/tenancy.ts';
import {
  findExportFile,
  findExportJob,
  insertExportJob,
  listReportingDistributorIds,
  listYearReports,
  updateExportJob,
} from './exports.queries.ts';
import { periodOf } from './periods.ts';
import type { MonthlyReportContent } from './report.content.ts';

const BATCH = 100;

type Row = (string | number | null)[];
type Sections = Record<string, { header: string[]; rows: Row[] }>;

function emptySections(): Sections {
  const lead = ['distributor', 'country', 'period', 'currency'];
  return {
    sales: { header: [...lead, 'product_line', 'units', 'revenue'], rows: [] },
    inventory: { header: [...lead, 'product_line', 'units_on_hand'], rows: [] },
    pipeline: {
      header: [...lead, 'account', 'product_line', 'stage', 'value', 'expected_close'],
      rows: [],
    },
    market_intelligence: { header: [...lead, 'note', 'tags'], rows: [] },
    competitive_activity: {
      header: [...lead, 'competitor', 'product', 'price_point', 'observation'],
      rows: [],
    },
    customer_satisfaction: { header: [...lead, 'complaints', 'returns', 'score'], rows: [] },
  };
}

function addReport(sections: Sections, lead: Row, report: MonthlyReportContent) {
  const add = (section: string, row: Row) => sections[section]?.rows.push([...lead, ...row]);
  for (const line of report.sales) add('sales', [line.productLine, line.units, line.revenue]);
  for (const line of report.inventory) add('inventory', [line.productLine, line.unitsOnHand]);
  for (const row of report.pipeline) {
    add('pipeline', [row.account, row.productLine, row.stage, row.value, row.expectedClose]);
  }
  for (const row of report.marketIntelligence)
    add('market_intelligence', [row.note, row.tags.join('; ')]);
  for (const row of report.competitiveActivity) {
    add('competitive_activity', [row.competitor, row.product, row.pricePoint, row.observation]);
  }
  const cs = report.customerSatisfaction;
  add('customer_satisfaction', [cs.complaints, cs.returns, cs.score]);
}

const safe = (row: Row) =>
  row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell));

/** The ZIP's bytes: one CSV per section, UTF-8 with a byte order mark for Excel. */
function zip(sections: Sections): Promise<Buffer> {
  const file = new ZipFile();
  for (const [name, { header, rows }] of Object.entries(sections)) {
    const text = stringify([header, ...rows.map(safe)], { bom: true });
    file.addBuffer(Buffer.from(text, 'utf8'), `${name}.csv`);
  }
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    file.outputStream.on('error', reject);
  });
}

async function run(ctx: Context, jobId: string, year: number, distributorIds: string[]) {
  const workspaceId = ctx.actor.workspaceId;
  const sections = emptySections();
  for (let start = 0; start < distributorIds.length; start += BATCH) {
    const batch = distributorIds.slice(start, start + BATCH);
    await inTransaction(ctx, async (tx) => {
      const rows = await listYearReports(tx, workspaceId, batch, year);
      for (const row of rows) {
        const content = row.content as MonthlyReportContent;
        addReport(
          sections,
          [row.name, row.country, periodOf(row.period), content.currency],
          content,
        );
      }
      await updateExportJob(tx, workspaceId, jobId, { done: start + batch.length });
    });
  }
  const content = await zip(sections);
  await inTransaction(ctx, (tx) =>
    updateExportJob(tx, workspaceId, jobId, {
      status: 'done',
      content,
      finishedAt: ctx.clock.now(),
    }),
  );
}

/** Starts the export and answers at once; the job's progress is read with getExport. */
export async function startReportsExport(ctx: Context, year: number) {
  requireRole(ctx.actor, principalRoles);
  const job = await inTransaction(ctx, async (tx) => {
    const reporting = await listReportingDistributorIds(tx, ctx.actor.workspaceId, year);
    const row = await insertExportJob(tx, {
      workspaceId: ctx.actor.workspaceId,
      kind: 'reports_year',
      params: { year },
      total: reporting.length,
      fileName: `monthly-reports-${year}.zip`,
      createdBy: ctx.actor.userId,
    });
    if (!row) throw new Error('export job insert returned no row');
    await recordAudit(tx, ctx.actor, {
      entityType: 'export_job',
      entityId: row.id,
      action: 'export.started',
      after: { kind: 'reports_year', year, distributors: reporting.length },
    });
    return { id: row.id, distributorIds: reporting };
  });
  run(ctx, job.id, year, job.distributorIds).catch(async (error: unknown) => {
    await inTransaction(ctx, (tx) =>
      updateExportJob(tx, ctx.actor.workspaceId, job.id, {
        status: 'failed',
        error: String(error).slice(0, 500),
        finishedAt: ctx.clock.now(),
      }),
    ).catch(() => undefined);
  });
  return getExport(ctx, job.id);
}

export function getExport(ctx: Context, jobId: string) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    const row = await findExportJob(tx, ctx.actor.workspaceId, jobId);
    if (!row) throw new AppError('not_found');
    return row;
  });
}

export function exportFile(ctx: Context, jobId: string) {
  requireRole(ctx.actor, principalRoles);
  return inTransaction(ctx, async (tx) => {
    const row = await findExportFile(tx, ctx.actor.workspaceId, jobId);
    if (row?.status !== 'done' || !row.content) throw new AppError('not_found');
    return { fileName: row.fileName ?? 'export.zip', content: row.content };
  });
}
