import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import type { CoverageState, Translation } from './use-library.ts';

export type OpenStatus = 'requested' | 'in_review' | 'changes_requested';

/** The status of a translation still under way, or null for none (or one that ended). */
export function openStatus(translation: Pick<Translation, 'status'> | null | undefined) {
  const status = translation?.status;
  return status === 'requested' || status === 'in_review' || status === 'changes_requested'
    ? status
    : null;
}

/** The chip's modifier: a colour beside the words, never instead of them. */
export function stateClass(state: CoverageState, open: OpenStatus | null | undefined) {
  if (state === 'missing' && open) return 'library-state-progress';
  return `library-state-${state}`;
}

/**
 * "vi · missing", "th · outdated (v1)", "zh · in review": a document's state in one language,
 * the code on screen and the language's name for a screen reader.
 */
export function LanguageChip({
  language,
  state,
  version,
  open,
}: {
  language: string;
  state: CoverageState;
  /** The version the language's file translates (outdated). */
  version?: number | null | undefined;
  open?: OpenStatus | null | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const stateText = t(`library.chipState.${state}`, { version: version ?? '?' });
  const text =
    open && state === 'missing'
      ? t(`library.chipTranslation.${open}`)
      : open
        ? t('library.chipBoth', {
            state: stateText,
            translation: t(`library.chipTranslation.${open}`),
          })
        : stateText;
  const name = format.language(language);
  return (
    <span className={`badge library-chip ${stateClass(state, open)}`} title={name}>
      <span aria-hidden="true">{t('library.chip', { language, state: text })}</span>
      <span className="visually-hidden">{t('library.chip', { language: name, state: text })}</span>
    </span>
  );
}

/** A state in words for a table cell: "Current", "Outdated (v1)", with an open translation. */
export function StateBadge({
  state,
  version,
  open,
}: {
  state: CoverageState;
  version?: number | null | undefined;
  open?: Translation['status'] | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <span className="library-state">
      <span className={`badge ${stateClass(state, null)}`}>
        {t(`library.state.${state}`, { version: version ?? '?' })}
      </span>
      {open ? (
        <span className="badge library-state-progress">
          {t(`library.translationStatus.${open}`)}
        </span>
      ) : null}
    </span>
  );
}

type LanguageCounts = {
  language: string;
  current: number;
  outdated: number;
  missing: number;
  inProgress: number;
};

/** "Vietnamese: 4 current, 0 outdated, 2 missing, 1 being translated", one line per language. */
export function LanguageCountsList({
  languages,
  className,
  markGaps = false,
}: {
  languages: readonly LanguageCounts[];
  className?: string;
  /** Marks the languages with something missing or outdated. */
  markGaps?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className={className ? `plain-list ${className}` : 'plain-list'}>
      {languages.map((entry) => (
        <li
          key={entry.language}
          className={markGaps && entry.missing + entry.outdated ? 'library-gap' : undefined}
        >
          {t('library.distributor.summary', {
            language: format.language(entry.language),
            current: format.number(entry.current),
            outdated: format.number(entry.outdated),
            missing: format.number(entry.missing),
            inProgress: format.number(entry.inProgress),
          })}
        </li>
      ))}
    </ul>
  );
}
