import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { DistributorRecord } from '../api/types.ts';
import { DistributorBreadcrumbs } from '../distributors/DistributorBreadcrumbs.tsx';
import { useDistributor } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { canManageDistributors, isPrincipalRole, useSession } from '../session/use-session.ts';
import { QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { ConcernDraftForm } from './ConcernDraftForm.tsx';
import { ConcernReplies } from './ConcernReplies.tsx';
import { ConcernStateBadge } from './ConcernStateBadge.tsx';
import { LetterColumns } from './LetterColumns.tsx';
import { type ConcernRecord, concernPdfUrl, useConcern, useConcernChange } from './use-concerns.ts';
import './concerns.css';

/** /distributors/:id/concerns/:concernId, for both sides (the distributor's: sent ones only). */
export function ConcernPage() {
  const { id = '', concernId = '' } = useParams();
  const distributor = useDistributor(id);
  const concern = useConcern(id, concernId);
  if (distributor.isPending || distributor.isError) {
    return (
      <div className="page">
        <QueryStatus query={distributor} />
      </div>
    );
  }
  if (concern.isPending || concern.isError) {
    return (
      <div className="page">
        <QueryStatus query={concern} />
      </div>
    );
  }
  return <ConcernView distributor={distributor.data} concern={concern.data} />;
}

type DialogName = 'send' | 'discard' | null;

function ConcernView({
  distributor,
  concern,
}: {
  distributor: DistributorRecord;
  concern: ConcernRecord;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const change = useConcernChange(distributor.id, concern.id);
  const [dialog, setDialog] = useState<DialogName>(null);
  const isDraft = concern.status === 'draft';
  const canEdit = canManageDistributors(me.role) && isDraft;
  const title = t('concerns.page.title', { number: concern.number });
  usePageTitle(`${title} · ${distributor.name}`);
  return (
    <div className="page">
      <DistributorBreadcrumbs distributor={distributor} current={title} />
      <div className="page-header">
        <div>
          <h1>
            {title} <ConcernStateBadge concern={concern} />
          </h1>
          <p className="muted">{concern.subject}</p>
        </div>
        <div className="page-actions">
          <a
            className="button"
            href={concernPdfUrl(distributor.id, concern.id)}
            target="_blank"
            rel="noreferrer"
          >
            {t('concerns.page.pdf')}
          </a>
          {canEdit ? (
            <>
              <button type="button" className="button" onClick={() => setDialog('discard')}>
                {t('concerns.page.discard')}
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => setDialog('send')}
              >
                {t('concerns.page.send')}
              </button>
            </>
          ) : null}
        </div>
      </div>
      <Facts concern={concern} />
      {canEdit ? (
        <ConcernDraftForm distributorId={distributor.id} concern={concern} />
      ) : (
        <section className="section" aria-labelledby="letter-heading">
          <h2 id="letter-heading">{t('concerns.page.letter')}</h2>
          <LetterColumns concern={concern} />
        </section>
      )}
      {isDraft ? null : <ConcernReplies distributorId={distributor.id} concern={concern} />}
      <Evidence concern={concern} />
      {dialog === 'send' ? (
        <ConfirmDialog
          title={t('concerns.page.sendTitle', { number: concern.number })}
          message={t('concerns.page.sendMessage', {
            name: distributor.name,
            days: concern.responseDays,
          })}
          confirmLabel={t('concerns.page.sendConfirm')}
          isPending={change.send.isPending}
          error={change.send.error}
          onConfirm={() => change.send.mutate(undefined, { onSuccess: () => setDialog(null) })}
          onClose={() => {
            change.send.reset();
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'discard' ? (
        <ConfirmDialog
          title={t('concerns.page.discardTitle', { number: concern.number })}
          message={t('concerns.page.discardMessage')}
          confirmLabel={t('concerns.page.discard')}
          isPending={change.discard.isPending}
          error={change.discard.error}
          onConfirm={() =>
            change.discard.mutate(undefined, {
              onSuccess: () => navigate(`/distributors/${distributor.id}`),
            })
          }
          onClose={() => {
            change.discard.reset();
            setDialog(null);
          }}
        />
      ) : null}
    </div>
  );
}

function Facts({ concern }: { concern: ConcernRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const dash = <span className="muted">—</span>;
  return (
    <section className="card" aria-labelledby="concern-facts-heading">
      <h2 id="concern-facts-heading">{t('concerns.page.facts')}</h2>
      <dl className="facts">
        <dt>{t('concerns.page.drafted')}</dt>
        <dd>
          {t('concerns.page.byOn', {
            name: concern.createdBy.name,
            when: format.dateTime(concern.createdAt),
          })}
        </dd>
        <dt>{t('concerns.page.sent')}</dt>
        <dd>
          {concern.sentAt && concern.sentBy
            ? t('concerns.page.byOn', {
                name: concern.sentBy.name,
                when: format.dateTime(concern.sentAt),
              })
            : dash}
        </dd>
        <dt>{t('concerns.page.responseDue')}</dt>
        <dd>
          {concern.responseDueOn ??
            t('concerns.page.responseWithin', { count: concern.responseDays })}
        </dd>
        {isPrincipalRole(me.role) && concern.recipients ? (
          <>
            <dt>{t('concerns.page.recipients')}</dt>
            <dd>{concern.recipients.length ? concern.recipients.join(', ') : dash}</dd>
          </>
        ) : null}
        <dt>{t('concerns.page.acknowledged')}</dt>
        <dd data-testid="acknowledged">
          {concern.acknowledgedAt && concern.acknowledgedBy
            ? t('concerns.page.byOn', {
                name: concern.acknowledgedBy.name,
                when: format.dateTime(concern.acknowledgedAt),
              })
            : dash}
        </dd>
        {concern.documentSha256 ? (
          <>
            <dt>{t('concerns.page.hash')}</dt>
            <dd className="hash">{concern.documentSha256}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Evidence({ concern }: { concern: ConcernRecord }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="concern-evidence-heading">
      <h2 id="concern-evidence-heading">{t('concerns.page.evidence')}</h2>
      <ul className="plain-list">
        {concern.citations.map((citation) => (
          <li key={`${citation.signalKind}-${citation.section}`}>
            {t('concerns.page.citation', {
              number: citation.number,
              section: t(`concerns.section.${citation.section}`, {
                defaultValue: citation.section,
              }),
              signal: t(`concerns.signal.${citation.signalKind}`, {
                defaultValue: citation.signalKind,
              }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
