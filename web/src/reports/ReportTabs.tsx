import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type TabName = 'form' | 'spreadsheet' | 'revisions' | 'review';
const tabs: readonly TabName[] = ['form', 'spreadsheet', 'revisions', 'review'];

/**
 * The report's four views as ARIA tabs: arrow keys, Home and End move between them. Every panel
 * stays mounted (hidden when not selected), so a half-typed report survives a look at the others.
 */
export function ReportTabs({
  current,
  onSelect,
  counts,
  children,
}: {
  current: TabName;
  onSelect: (tab: TabName) => void;
  counts: Partial<Record<TabName, number>>;
  children: (tab: TabName) => ReactNode;
}) {
  const { t } = useTranslation();
  const buttons = useRef<Partial<Record<TabName, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index + tabs.length - 1) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    buttons.current[next]?.focus();
  };
  return (
    <div className="card section">
      <div className="report-tabs" role="tablist" aria-label={t('reports.tabs.label')}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              buttons.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`report-tab-${tab}`}
            aria-controls={`report-panel-${tab}`}
            aria-selected={tab === current}
            tabIndex={tab === current ? 0 : -1}
            className={`report-tab${tab === current ? ' report-tab-selected' : ''}`}
            onClick={() => onSelect(tab)}
            onKeyDown={onKeyDown}
          >
            {t(`reports.tabs.${tab}`)}
            {counts[tab] ? <span className="badge badge-muted">{counts[tab]}</span> : null}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`report-panel-${tab}`}
          aria-labelledby={`report-tab-${tab}`}
          hidden={tab !== current}
          className="report-panel"
        >
          {children(tab)}
        </div>
      ))}
    </div>
  );
}
