import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../charter/charter-format.ts';
import { useFormat } from '../format/use-format.ts';
import { EmptyState } from '../shell/States.tsx';
import { openStatus } from './LanguageChip.tsx';
import { ReviewDialog, UploadTranslationDialog, WithdrawDialog } from './TranslationDialogs.tsx';
import { type DocumentDetail, fileUrl, type Translation } from './use-library.ts';

type Step = { kind: 'upload' | 'approve' | 'changes' | 'withdraw'; translation: Translation };

/**
 * Every translation of the document, newest first, each with its timeline: who requested,
 * uploaded, asked for changes, approved or withdrew it, when, and what they wrote.
 */
export function HistorySection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step | null>(null);
  const close = () => setStep(null);
  // A translation still under way for an earlier version is no longer in the languages table:
  // its actions are here.
  const shownAbove = new Set(
    document.variants.flatMap((variant) => (variant.translation ? [variant.translation.id] : [])),
  );
  return (
    <section className="section" aria-labelledby="library-history">
      <h2 id="library-history">{t('library.history.title')}</h2>
      {document.translations.length === 0 ? (
        <EmptyState title={t('library.history.empty')} />
      ) : (
        <div className="stack">
          {document.translations.map((translation) => (
            <TranslationHistory
              key={translation.id}
              translation={translation}
              currentVersion={document.currentVersion}
              actions={
                openStatus(translation) && !shownAbove.has(translation.id) ? (
                  <StaleActions
                    translation={translation}
                    canEdit={document.canEdit}
                    onStep={setStep}
                  />
                ) : null
              }
            />
          ))}
        </div>
      )}
      {step?.kind === 'upload' ? (
        <UploadTranslationDialog translation={step.translation} onClose={close} />
      ) : step?.kind === 'withdraw' ? (
        <WithdrawDialog translation={step.translation} onClose={close} />
      ) : step ? (
        <ReviewDialog
          translation={step.translation}
          decision={step.kind === 'approve' ? 'approve' : 'changes'}
          onClose={close}
        />
      ) : null}
    </section>
  );
}

function TranslationHistory({
  translation,
  currentVersion,
  actions,
}: {
  translation: Translation;
  currentVersion: number;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `library-translation-${translation.id}`;
  return (
    <article className="card library-history" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('library.history.heading', {
          language: format.language(translation.language),
          version: translation.versionNumber,
        })}{' '}
        <span className="badge library-state-progress">
          {t(`library.translationStatus.${translation.status}`)}
        </span>
        {translation.versionNumber < currentVersion ? (
          <>
            {' '}
            <span className="badge badge-muted">{t('library.history.earlierVersion')}</span>
          </>
        ) : null}
      </h3>
      <p className="muted small">
        {translation.dueOn
          ? t('library.history.metaDue', {
              reviewer: translation.reviewer.name,
              date: formatDay(format, translation.dueOn),
            })
          : t('library.history.meta', { reviewer: translation.reviewer.name })}
      </p>
      <ol className="timeline">
        {translation.history.map((event) => (
          <li key={`${event.kind}-${event.at}`}>
            <div>{t(`library.history.events.${event.kind}`, { name: event.actor.name })}</div>
            {event.comment ? <p className="timeline-reason notes">{event.comment}</p> : null}
            {event.fileId ? (
              <a href={fileUrl({ id: event.fileId })} className="small">
                {t('library.history.file')}
              </a>
            ) : null}
            <p className="timeline-meta">
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>
            </p>
          </li>
        ))}
      </ol>
      {actions}
    </article>
  );
}

function StaleActions({
  translation,
  canEdit,
  onStep,
}: {
  translation: Translation;
  canEdit: boolean;
  onStep: (step: Step) => void;
}) {
  const { t } = useTranslation();
  const button = (kind: Step['kind'], label: string, primary = false) => (
    <button
      type="button"
      className={`button button-small${primary ? ' button-primary' : ''}`}
      onClick={() => onStep({ kind, translation })}
    >
      {label}
    </button>
  );
  return (
    <div className="library-history-actions">
      <p className="muted small">{t('library.history.staleHint')}</p>
      <div className="page-actions">
        {translation.canUpload ? button('upload', t('library.actions.upload')) : null}
        {translation.canReview ? button('approve', t('library.actions.approve'), true) : null}
        {translation.canReview ? button('changes', t('library.actions.changes')) : null}
        {canEdit ? button('withdraw', t('library.actions.withdraw')) : null}
      </div>
    </div>
  );
}
