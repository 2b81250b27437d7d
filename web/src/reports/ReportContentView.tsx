import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import { calendarDate } from './report-format.ts';
import type { ReportDetailRecord } from './use-reports.ts';

/** The latest submitted revision, to read: what people who cannot edit the report see. */
export function ReportContentView({ report }: { report: ReportDetailRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const content = report.content;
  if (!content) return <EmptyState title={t('reports.view.empty')} />;
  const money = (value: number | null) =>
    value === null ? '—' : `${format.number(value)} ${content.currency}`;
  const nameOf = (code: string) =>
    report.productLines.find((line) => line.code === code)?.name ?? code;
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
        rows={content.sales.map((line) => [
          `${line.productLine} · ${nameOf(line.productLine)}`,
          format.number(line.units),
          money(line.revenue),
        ])}
      />
      <ReadTable
        title={t('reports.sections.inventory')}
        headers={[t('reports.columns.productLine'), t('reports.columns.unitsOnHand')]}
        rows={content.inventory.map((line) => [
          `${line.productLine} · ${nameOf(line.productLine)}`,
          format.number(line.unitsOnHand),
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
        rows={content.pipeline.map((row) => [
          row.account,
          row.productLine,
          t(`reports.stages.${row.stage}`),
          money(row.value),
          calendarDate(row.expectedClose, format.locale),
        ])}
      />
      <ReadTable
        title={t('reports.sections.marketIntelligence')}
        headers={[t('reports.columns.note'), t('reports.columns.tags')]}
        rows={content.marketIntelligence.map((row) => [row.note, row.tags.join(', ') || '—'])}
      />
      <ReadTable
        title={t('reports.sections.competitiveActivity')}
        headers={[
          t('reports.columns.competitor'),
          t('reports.columns.product'),
          t('reports.columns.pricePoint'),
          t('reports.columns.observation'),
        ]}
        rows={content.competitiveActivity.map((row) => [
          row.competitor,
          row.product ?? '—',
          money(row.pricePoint),
          row.observation,
        ])}
      />
      <section aria-labelledby="report-view-satisfaction">
        <h3 id="report-view-satisfaction">{t('reports.sections.customerSatisfaction')}</h3>
        <dl className="facts">
          <dt>{t('reports.columns.complaints')}</dt>
          <dd>{format.number(complaints)}</dd>
          <dt>{t('reports.columns.returns')}</dt>
          <dd>{format.number(returns)}</dd>
          <dt>{t('reports.columns.score')}</dt>
          <dd>{score === null ? t('reports.view.noScore') : format.number(score)}</dd>
        </dl>
      </section>
    </div>
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
