import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TickInput } from '../../../src/playbook/playbook.schema.ts';
import { DistributorSubPage } from '../distributors/DistributorSubPage.tsx';
import { useFormat } from '../format/use-format.ts';
import { NoteDialog } from '../forms/NoteDialog.tsx';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import {
  type JudgementStep,
  type PlaybookItemRecord,
  useDistributorPlaybook,
  useJudgePlaybookItem,
} from './use-playbook.ts';
import './playbook.css';

/**
 * A relationship's playbook for both sides: each item with its criteria, whether it is done and
 * what proves it (a link to the data), judgement items ticked by one side with a note and
 * confirmed by the other, and the history of every change.
 */
export function PlaybookPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const playbook = useDistributorPlaybook(id);
  const judge = useJudgePlaybookItem(id);
  const [dialog, setDialog] = useState<{
    item: PlaybookItemRecord;
    step: 'tick' | 'untick';
  } | null>(null);
  return (
    <DistributorSubPage id={id} section="playbook">
      {() => (
        <>
          {playbook.isPending || playbook.isError ? (
            <QueryStatus query={playbook} />
          ) : (
            <>
              <p className="playbook-progress" aria-live="polite">
                <strong>
                  {t('playbook.progress', { done: playbook.data.done, total: playbook.data.total })}
                </strong>{' '}
                <span className="muted">
                  {t('playbook.evaluatedAt', {
                    at: format.dateTime(String(playbook.data.evaluatedAt)),
                    version: playbook.data.version,
                  })}
                </span>
              </p>
              <ProblemAlert error={judge.error} />
              <ol className="playbook-items">
                {playbook.data.items.map((item) => (
                  <PlaybookItemRow
                    key={item.key}
                    item={item}
                    onStep={(step) =>
                      step === 'confirm'
                        ? judge.mutate({ key: item.key, step, note: '' })
                        : setDialog({ item, step })
                    }
                    isBusy={judge.isPending}
                  />
                ))}
              </ol>
              <section className="card" aria-labelledby="playbook-history-heading">
                <h2 id="playbook-history-heading">{t('playbook.history.title')}</h2>
                {playbook.data.history.length === 0 ? (
                  <p className="muted">{t('playbook.history.empty')}</p>
                ) : (
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">{t('playbook.history.when')}</th>
                        <th scope="col">{t('playbook.history.item')}</th>
                        <th scope="col">{t('playbook.history.change')}</th>
                        <th scope="col">{t('playbook.history.why')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {playbook.data.history.map((entry) => (
                        <tr key={`${entry.itemKey}-${String(entry.at)}-${entry.cause}`}>
                          <td>{format.dateTime(String(entry.at))}</td>
                          <td>{entry.title}</td>
                          <td>{t(`playbook.cause.${entry.cause}`, { name: entry.actorName })}</td>
                          <td>
                            {entry.evidence ? <EvidenceText evidence={entry.evidence} /> : null}
                            {entry.note ? (
                              <span className="playbook-note">{entry.note}</span>
                            ) : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </>
          )}
          {dialog ? (
            <JudgementDialog
              item={dialog.item}
              step={dialog.step}
              onSubmit={(note, done) =>
                judge.mutate(
                  { key: dialog.item.key, step: dialog.step, note },
                  { onSuccess: () => setDialog(null), onError: done },
                )
              }
              isSaving={judge.isPending}
              onClose={() => setDialog(null)}
            />
          ) : null}
          <p>
            <Link to={`/distributors/${id}`}>{t('playbook.back')}</Link>
          </p>
        </>
      )}
    </DistributorSubPage>
  );
}

function EvidenceText({ evidence }: { evidence: { text: string; link: string | null } }) {
  return evidence.link ? (
    <Link to={evidence.link} className="playbook-evidence">
      {evidence.text}
    </Link>
  ) : (
    <span className="playbook-evidence">{evidence.text}</span>
  );
}

function PlaybookItemRow({
  item,
  onStep,
  isBusy,
}: {
  item: PlaybookItemRecord;
  onStep: (step: JudgementStep) => void;
  isBusy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `playbook-item-${item.key}`;
  return (
    <li className={`card playbook-item ${item.isDone ? 'is-done' : ''}`} aria-labelledby={titleId}>
      <div className="playbook-item-header">
        <span className={`badge ${item.isDone ? 'badge-done' : 'badge-muted'}`}>
          {item.isDone ? t('playbook.status.done') : t('playbook.status.open')}
        </span>
        <h2 id={titleId} className="playbook-item-title">
          {item.title}
        </h2>
        <span className="badge badge-muted">{t(`playbook.kind.${item.kind}`)}</span>
      </div>
      <p className="muted">{item.criteria}</p>
      {item.threshold !== null ? (
        <p className="muted">
          {t(`playbook.threshold.${item.ruleCode}`, { value: item.threshold, defaultValue: '' })}
        </p>
      ) : null}
      {item.evidence ? (
        <p>
          {t('playbook.proof')} <EvidenceText evidence={item.evidence} />
        </p>
      ) : null}
      {item.tickedBy ? (
        <p>
          {t('playbook.tickedBy', {
            name: item.tickedBy.name,
            side: t(`sideInSentence.${item.tickedBy.side}`),
            at: item.since ? format.date(String(item.since)) : '',
          })}
          {item.note ? <span className="playbook-note">{item.note}</span> : null}
        </p>
      ) : null}
      {item.confirmedBy ? (
        <p className="playbook-confirmed">
          {t('playbook.confirmedBy', {
            name: item.confirmedBy.name,
            at: format.date(String(item.confirmedBy.at)),
          })}
        </p>
      ) : item.kind === 'judgement' && item.isDone ? (
        <p className="muted">{t('playbook.awaitingConfirmation')}</p>
      ) : null}
      <div className="playbook-actions">
        {item.canTick ? (
          <button type="button" className="button button-small" onClick={() => onStep('tick')}>
            {t('playbook.tick')}
          </button>
        ) : null}
        {item.canConfirm ? (
          <button
            type="button"
            className="button button-small button-primary"
            disabled={isBusy}
            onClick={() => onStep('confirm')}
          >
            {t('playbook.confirm')}
          </button>
        ) : null}
        {item.canUntick ? (
          <button type="button" className="button button-small" onClick={() => onStep('untick')}>
            {t('playbook.untick')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function JudgementDialog({
  item,
  step,
  onSubmit,
  isSaving,
  onClose,
}: {
  item: PlaybookItemRecord;
  step: 'tick' | 'untick';
  onSubmit: (note: string, onError: (error: unknown) => void) => void;
  isSaving: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <NoteDialog
      schema={TickInput}
      title={t(`playbook.dialog.${step}Title`, { item: item.title })}
      noteLabel={t(`playbook.dialog.${step}Note`)}
      submitLabel={t(`playbook.dialog.${step}Submit`)}
      intro={<p>{item.criteria}</p>}
      isSaving={isSaving}
      onSubmit={onSubmit}
      onClose={onClose}
    />
  );
}
