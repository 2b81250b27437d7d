import { useTranslation } from 'react-i18next';

export function ConcernStateBadge({
  concern,
}: {
  concern: { state: 'draft' | 'sent' | 'acknowledged' | 'responded'; isOverdue: boolean };
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge concern-state-${concern.state}`}>
        {t(`concerns.state.${concern.state}`)}
      </span>
      {concern.isOverdue ? (
        <>
          {' '}
          <span className="badge badge-overdue">{t('concerns.state.overdue')}</span>
        </>
      ) : null}
    </>
  );
}
