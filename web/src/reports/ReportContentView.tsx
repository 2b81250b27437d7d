import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import { cellLabel, cellOf } from './report-cells.ts';
import { calendarDate } from './report-format.ts';
import type { ReportContent, ReportDetailRecord } from './use-reports.ts';

/** Comments on the figures of the revision shown, and how to start one (both sides' reviewers). */
export type CellReview = {
  /** How many comments each cell has, by its pointer. */
  counts: ReadonlyMap<string, number>;
  onComment?: (cell: string) => void;
};

/**
 * The latest submitted revision, to read: what people who cannot edit the report see, and the
 * review tab's figures, each of which may carry comments and be commented on.
 */
export function ReportContentView({
  report,
  review,
}: {
  report: ReportDetailRecord;
  review?: CellReview;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const content = report.content;
  if (!content) return <EmptyState title={t('reports.view.empty')} />;
  const money = (value: number | null) =>
    value === null ? '—' : `${format.number(value)} ${content.currency}`;
  const nameOf = (code: string) =>
    report.productLines.find((line) => line.code === code)?.name ?? code;
  const figure = (value: ReactNode, cell: string) =>
    review ? <Figure value={value} cell={cell} review={review} content={content} /> : value;
  const { complaints, returns, score } = content.customerSatisfaction;
  return (
    <div className="stack">
      <p className="muted">{t('reports.view.intro', { revision: report.revision })}</p>
      <ReadTable
        title={t('reports.sections.sales')}
        headers={[
          t('reports.columns.productLine'),
          t('reports.columns.units'),
          t('reports.columns.revenue'),
        ]}
        rows={content.sales.map((line, row) => [
          `${line.productLine} · ${nameOf(line.productLine)}`,
          figure(format.number(line.units), cellOf('sales', row, 'units')),
          figure(money(line.revenue), cellOf('sales', row, 'revenue')),
        ])}
      />
      <ReadTable
        title={t('reports.sections.inventory')}
        headers={[t('reports.columns.productLine'), t('reports.columns.unitsOnHand')]}
        rows={content.inventory.map((line, row) => [
          `${line.productLine} · ${nameOf(line.productLine)}`,
          figure(format.number(line.unitsOnHand), cellOf('inventory', row, 'unitsOnHand')),
        ])}
      />
      <ReadTable
        title={t('reports.sections.pipeline')}
        headers={[
          t('reports.columns.account'),
          t('reports.columns.productLine'),
          t('reports.columns.stage'),
          t('reports.columns.value'),
          t('reports.columns.expectedClose'),
        ]}
        rows={content.pipeline.map((entry, row) => [
          entry.account,
          entry.productLine,
          figure(t(`reports.stages.${entry.stage}`), cellOf('pipeline', row, 'stage')),
          figure(money(entry.value), cellOf('pipeline', row, 'value')),
          figure(
            calendarDate(entry.expectedClose, format.locale),
            cellOf('pipeline', row, 'expectedClose'),
          ),
        ])}
      />
      <ReadTable
        title={t('reports.sections.marketIntelligence')}
        headers={[t('reports.columns.note'), t('reports.columns.tags')]}
        rows={content.marketIntelligence.map((entry, row) => [
          figure(entry.note, cellOf('marketIntelligence', row, 'note')),
          entry.tags.join(', ') || '—',
        ])}
      />
      <ReadTable
        title={t('reports.sections.competitiveActivity')}
        headers={[
          t('reports.columns.competitor'),
          t('reports.columns.product'),
          t('reports.columns.pricePoint'),
          t('reports.columns.observation'),
        ]}
        rows={content.competitiveActivity.map((entry, row) => [
          entry.competitor,
          entry.product ?? '—',
          figure(money(entry.pricePoint), cellOf('competitiveActivity', row, 'pricePoint')),
          figure(entry.observation, cellOf('competitiveActivity', row, 'observation')),
        ])}
      />
      <section aria-labelledby="report-view-satisfaction">
        <h3 id="report-view-satisfaction">{t('reports.sections.customerSatisfaction')}</h3>
        <dl className="facts">
          <dt>{t('reports.columns.complaints')}</dt>
          <dd>
            {figure(format.number(complaints), cellOf('customerSatisfaction', null, 'complaints'))}
          </dd>
          <dt>{t('reports.columns.returns')}</dt>
          <dd>{figure(format.number(returns), cellOf('customerSatisfaction', null, 'returns'))}</dd>
          <dt>{t('reports.columns.score')}</dt>
          <dd>
            {figure(
              score === null ? t('reports.view.noScore') : format.number(score),
              cellOf('customerSatisfaction', null, 'score'),
            )}
          </dd>
        </dl>
      </section>
    </div>
  );
}

/** One figure under review: its comments counted beside it, and a button to comment on it. */
function Figure({
  value,
  cell,
  review,
  content,
}: {
  value: ReactNode;
  cell: string;
  review: CellReview;
  content: ReportContent;
}) {
  const { t } = useTranslation();
  const count = review.counts.get(cell) ?? 0;
  const label = cellLabel(cell, content, t);
  return (
    <span className={`report-figure${count ? ' report-figure-commented' : ''}`}>
      {value}
      {count ? (
        <span className="badge badge-muted report-figure-count">
          <CommentIcon />
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('reports.review.cellComments', { count })}</span>
        </span>
      ) : null}
      {review.onComment ? (
        <button
          type="button"
          className="button-link report-figure-comment"
          aria-label={t('reports.review.commentOn', { cell: label })}
          title={t('reports.review.commentOn', { cell: label })}
          onClick={() => review.onComment?.(cell)}
        >
          <CommentIcon />
        </button>
      ) : null}
    </span>
  );
}

/** A speech bubble: the figure's comments, and the button to add one. */
function CommentIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none">
      <path d="M4 5h16v11H9l-5 4V5Z" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

function ReadTable({
  title,
  headers,
  rows,
}: {
  title: string;
  headers: string[];
  rows: ReactNode[][];
}) {
  const { t } = useTranslation();
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {rows.length ? (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((cells, index) => (
                // Rows of a submitted revision never move, so their position is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={index}>
                  {cells.map((cell, column) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('reports.view.none')}</p>
      )}
    </section>
  );
}
