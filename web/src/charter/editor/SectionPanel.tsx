import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterSection } from './types.ts';

/**
 * One collapsible section of the editor. The heading says what needs a look without opening it:
 * changed since saved, errors, conflicts. A closed panel stays mounted (hidden), so Save can still
 * find and open the first invalid field.
 */
export function SectionPanel({
  id,
  section,
  isOpen,
  onToggle,
  isChanged,
  errorCount,
  conflictCount,
  children,
}: {
  id: string;
  section: CharterSection;
  isOpen: boolean;
  onToggle: () => void;
  isChanged: boolean;
  errorCount: number;
  conflictCount: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="editor-section">
      <h3 className="editor-section-heading">
        <button type="button" aria-expanded={isOpen} aria-controls={id} onClick={onToggle}>
          <span className="editor-section-chevron" aria-hidden="true">
            {isOpen ? '▾' : '▸'}
          </span>
          {t(`charterEditor.sections.${section}`)}
          {isChanged ? (
            <span className="badge badge-primary">{t('charterEditor.changed')}</span>
          ) : null}
          {errorCount ? (
            <span className="badge badge-danger">
              {t('charterEditor.errorCount', { count: errorCount })}
            </span>
          ) : null}
          {conflictCount ? (
            <span className="badge badge-warning">
              {t('charterEditor.conflictCount', { count: conflictCount })}
            </span>
          ) : null}
        </button>
      </h3>
      <div id={id} hidden={!isOpen} className="editor-section-body">
        {children}
      </div>
    </div>
  );
}
