import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemStatusFilter } from './use-meeting.ts';

const choices: readonly ActionItemStatusFilter[] = ['open', 'done', 'dropped', 'all'];

/** Which items a list shows: done and dropped ones are a choice away, never gone. */
export function ActionItemStatusSelect({
  value,
  onChange,
}: {
  value: ActionItemStatusFilter;
  onChange: (value: ActionItemStatusFilter) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <search className="toolbar" aria-label={t('cadence.actionItems.filters')}>
      <div className="toolbar-field">
        <label htmlFor={id}>{t('cadence.actionItems.showStatus')}</label>
        <select
          id={id}
          value={value}
          onChange={(event) => {
            const chosen = choices.find((choice) => choice === event.target.value);
            if (chosen) onChange(chosen);
          }}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`cadence.actionItems.statusChoices.${choice}`)}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
