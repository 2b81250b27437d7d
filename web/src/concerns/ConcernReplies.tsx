import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { TextAreaField } from '../forms/fields.tsx';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { type ConcernRecord, useConcernChange } from './use-concerns.ts';

/**
 * The distributor's acknowledgement and written response. Its users acknowledge and answer here;
 * the principal reads what they wrote, and sees when the deadline passed without an answer.
 */
export function ConcernReplies({
  distributorId,
  concern,
}: {
  distributorId: string;
  concern: ConcernRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const change = useConcernChange(distributorId, concern.id);
  const [response, setResponse] = useState('');
  const [missing, setMissing] = useState(false);
  const isDistributor = !isPrincipalRole(me.role);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!response.trim()) {
      setMissing(true);
      return;
    }
    change.respond.mutate(response.trim());
  };
  return (
    <section className="card section" aria-labelledby="replies-heading">
      <h2 id="replies-heading">{t('concerns.replies.title')}</h2>
      {concern.isOverdue ? (
        <p className="alert alert-error" role="status">
          {t('concerns.replies.overdue', { date: concern.responseDueOn })}
        </p>
      ) : null}
      {concern.response && concern.respondedAt ? (
        <figure className="concern-response">
          <blockquote className="notes" data-testid="concern-response">
            {concern.response}
          </blockquote>
          <figcaption className="muted">
            {t('concerns.page.byOn', {
              name: concern.respondedBy?.name ?? '',
              when: format.dateTime(concern.respondedAt),
            })}
          </figcaption>
        </figure>
      ) : (
        <p className="muted">
          {isDistributor
            ? t('concerns.replies.askDistributor', { date: concern.responseDueOn })
            : t('concerns.replies.awaiting', { date: concern.responseDueOn })}
        </p>
      )}
      {isDistributor && !concern.acknowledgedAt ? (
        <div className="page-actions">
          <ProblemAlert error={change.acknowledge.error} />
          <button
            type="button"
            className="button button-primary"
            disabled={change.acknowledge.isPending}
            onClick={() => change.acknowledge.mutate()}
          >
            {change.acknowledge.isPending ? t('actions.saving') : t('concerns.replies.acknowledge')}
          </button>
        </div>
      ) : null}
      {isDistributor && !concern.respondedAt ? (
        <form onSubmit={submit} noValidate className="stack">
          <ProblemAlert error={change.respond.error} />
          <TextAreaField
            label={t('concerns.replies.response')}
            hint={t('concerns.replies.responseHint')}
            rows={6}
            required
            value={response}
            error={
              missing ? { type: 'required', message: t('concerns.replies.required') } : undefined
            }
            onChange={(event) => {
              setResponse(event.target.value);
              setMissing(false);
            }}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={change.respond.isPending}
            >
              {change.respond.isPending ? t('actions.saving') : t('concerns.replies.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
