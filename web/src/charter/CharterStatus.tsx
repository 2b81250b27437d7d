import { useTranslation } from 'react-i18next';
import type { CharterStatusName } from './use-charter.ts';

export function CharterStatusBadge({ status }: { status: CharterStatusName }) {
  const { t } = useTranslation();
  return <span className={`badge badge-charter-${status}`}>{t(`charter.status.${status}`)}</span>;
}

const steps = ['draft', 'negotiation', 'agreed', 'signed'] as const;

/** Where a version stands on its one path: draft → negotiation → agreed → signed. */
export function CharterStepper({ status }: { status: CharterStatusName }) {
  const { t } = useTranslation();
  // A superseded version was signed once; it went the whole way.
  const current = status === 'superseded' ? steps.length - 1 : steps.indexOf(status);
  return (
    <ol className="charter-stepper" aria-label={t('charter.stepper.label')}>
      {steps.map((step, index) => (
        <li
          key={step}
          className={
            index < current
              ? 'charter-step charter-step-done'
              : index === current
                ? 'charter-step charter-step-current'
                : 'charter-step'
          }
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="charter-step-number" aria-hidden="true">
            {index < current ? '✓' : index + 1}
          </span>
          {t(`charter.status.${step}`)}
          {index < current ? (
            <span className="visually-hidden"> ({t('charter.stepper.done')})</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
