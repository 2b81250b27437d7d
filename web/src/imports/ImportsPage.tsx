import { useTranslation } from 'react-i18next';
import { canManageDistributors, useSession } from '../session/use-session.ts';
import { EmptyState } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { CsvImportForm } from './CsvImportForm.tsx';
import { type HistoryImport, historyImports, useHistoryImport } from './use-imports.ts';

/** The header row of each file, offered as a template to fill in (docs/imports.md). */
const headers: Record<HistoryImport, string> = {
  orders: 'distributor,order_ref,ordered_on,product_line,quantity,net_value,currency',
  'report-history':
    'distributor,month,product_line,units_sold,revenue,units_on_hand,received_on,currency',
  interactions: 'occurred_at,distributor,direction,channel,people,summary,replied_at',
};

const i18nKey: Record<HistoryImport, 'orders' | 'reportHistory' | 'interactions'> = {
  orders: 'orders',
  'report-history': 'reportHistory',
  interactions: 'interactions',
};

/**
 * /imports: the relationship's history from the principal's ERP and CRM (orders, monthly reports,
 * logged contact), which the early warnings need from the first day. Principal admins and
 * managers only, as the API.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('imports.title'));
  if (!canManageDistributors(me.role)) {
    return (
      <div className="page">
        <EmptyState title={t('imports.forbidden')} />
      </div>
    );
  }
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('imports.title')}</h1>
          <p className="muted">{t('imports.intro')}</p>
        </div>
      </div>
      {historyImports.map((kind) => (
        <HistoryImportCard key={kind} kind={kind} />
      ))}
    </div>
  );
}

function HistoryImportCard({ kind }: { kind: HistoryImport }) {
  const { t } = useTranslation();
  const mutation = useHistoryImport(kind);
  const key = i18nKey[kind];
  const headingId = `import-${kind}-heading`;
  return (
    <section className="card section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`imports.${key}.title`)}</h2>
      <CsvImportForm
        mutation={mutation}
        help={
          <>
            <p>{t(`imports.${key}.help`)}</p>
            <p>
              {t('imports.columns')} <code>{headers[kind]}</code>{' '}
              <a
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(`${headers[kind]}\n`)}`}
                download={`${kind}-template.csv`}
              >
                {t('imports.template')}
              </a>
            </p>
          </>
        }
        importLabel={(count) => t(`imports.${key}.import`, { count })}
        doneLabel={(count, formatted) => t(`imports.${key}.done`, { count, formatted })}
      />
    </section>
  );
}
