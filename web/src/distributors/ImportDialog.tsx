import { useTranslation } from 'react-i18next';
import { Dialog } from '../forms/fields.tsx';
import { CsvImportForm } from '../imports/CsvImportForm.tsx';
import { useImportDistributors } from './use-distributors.ts';

const columns =
  'name, legal_name, country, city, time_zone, languages, website, lifecycle_stage, notes, ' +
  'external_ref, relationship_started_on, buffer_weeks, buffer_weeks_by_line, report_due_day, ' +
  'report_currency';

/** Distributors from a CSV file: checked first, then imported, all rows or none. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importCsv = useImportDistributors();
  return (
    <Dialog title={t('distributors.import.title')} onClose={onClose} size="large">
      <CsvImportForm
        mutation={importCsv}
        help={<p>{t('distributors.import.help', { columns })}</p>}
        importLabel={(count) => t('distributors.import.import', { count })}
        doneLabel={(count, formatted) => t('distributors.import.done', { count, formatted })}
        cancel={
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
        }
        afterDone={
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('actions.close')}
          </button>
        }
      />
    </Dialog>
  );
}
