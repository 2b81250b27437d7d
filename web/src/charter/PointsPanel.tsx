import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SideName } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { useSession } from '../session/use-session.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import type { ProductLineNames } from './charter-format.ts';
import { allowedPointEvents, isNegotiator } from './charter-rules.ts';
import { RaisePointDialog, RespondDialog } from './PointDialogs.tsx';
import { ProposalChanges } from './ProposalChanges.tsx';
import {
  type CharterPointRecord,
  type CharterVersionRecord,
  type PointEventKind,
  type ProductLine,
  useCharterPoints,
} from './use-charter.ts';

const sides: SideName[] = ['principal', 'distributor'];

type Props = {
  distributorId: string;
  record: CharterVersionRecord;
  names: ProductLineNames;
  catalogue: ProductLine[];
};

/** The negotiation: each point with both positions, what its proposal would change, its history. */
export function PointsPanel({ distributorId, record, names, catalogue }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const points = useCharterPoints(distributorId, record.version, true);
  const [raising, setRaising] = useState(false);
  const [responding, setResponding] = useState<{
    point: CharterPointRecord;
    kind: PointEventKind;
  } | null>(null);
  const canRaise = record.status === 'negotiation' && isNegotiator(me.role);
  // Open points first, each group in the order raised.
  const sorted = [...(points.data ?? [])].sort(
    (a, b) => Number(b.status === 'open') - Number(a.status === 'open') || a.number - b.number,
  );
  return (
    <section className="card" aria-labelledby="charter-points-heading">
      <div className="card-header">
        <h2 id="charter-points-heading">
          {t('charter.points.title')}{' '}
          {record.openPoints ? (
            <span className="badge badge-charter-open">
              {t('charter.points.openCount', { count: record.openPoints })}
            </span>
          ) : null}
        </h2>
        {canRaise ? (
          <button type="button" className="button button-small" onClick={() => setRaising(true)}>
            {t('charter.points.raise')}
          </button>
        ) : null}
      </div>
      {points.isPending || points.isError ? (
        <QueryStatus query={points} />
      ) : sorted.length === 0 ? (
        <EmptyState title={t('charter.points.empty')}>
          {canRaise ? <p className="muted">{t('charter.points.emptyHint')}</p> : null}
        </EmptyState>
      ) : (
        <ol className="charter-points">
          {sorted.map((point) => (
            <li key={point.number}>
              <PointCard
                point={point}
                record={record}
                names={names}
                onRespond={(kind) => setResponding({ point, kind })}
              />
            </li>
          ))}
        </ol>
      )}
      {raising ? (
        <RaisePointDialog
          distributorId={distributorId}
          record={record}
          catalogue={catalogue}
          onClose={() => setRaising(false)}
        />
      ) : null}
      {responding ? (
        <RespondDialog
          distributorId={distributorId}
          record={record}
          point={responding.point}
          kind={responding.kind}
          names={names}
          catalogue={catalogue}
          onClose={() => setResponding(null)}
        />
      ) : null}
    </section>
  );
}

function PointCard({
  point,
  record,
  names,
  onRespond,
}: {
  point: CharterPointRecord;
  record: CharterVersionRecord;
  names: ProductLineNames;
  onRespond: (kind: PointEventKind) => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const headingId = `charter-point-${point.number}`;
  const actions = allowedPointEvents(me.role, record, point);
  const positions = { principal: point.principalPosition, distributor: point.distributorPosition };
  return (
    <article className={`charter-point charter-point-${point.status}`} aria-labelledby={headingId}>
      <div className="charter-point-header">
        <h3 id={headingId}>
          <span className="muted">#{point.number}</span> {point.title}
        </h3>
        <span className="badge badge-muted">{t(`charter.sections.${point.section}`)}</span>
        <span className={`badge badge-point-${point.status}`}>
          {t(`charter.pointStatus.${point.status}`)}
        </span>
      </div>
      <p className="muted small">
        {t('charter.points.raisedBy', {
          side: t(`side.${point.raisedBy}`),
          date: format.dateTime(point.createdAt),
        })}
      </p>
      <div className="two-columns charter-positions">
        {sides.map((side) => (
          <section key={side} className="charter-position" aria-labelledby={`${headingId}-${side}`}>
            <h4 id={`${headingId}-${side}`}>{t(`charter.points.position.${side}`)}</h4>
            {positions[side] ? (
              <p className="notes">{positions[side]}</p>
            ) : (
              <p className="muted">{t('charter.points.noPosition')}</p>
            )}
          </section>
        ))}
      </div>
      {point.status === 'open' && point.proposal !== null ? (
        <>
          <h4>{t('charter.points.wouldChange')}</h4>
          <ProposalChanges
            section={point.section}
            content={record.content}
            proposal={point.proposal}
            proposalBy={point.proposalBy}
            names={names}
          />
        </>
      ) : null}
      {point.status === 'open' && point.proposal === null ? (
        <p className="muted small">{t('charter.points.noProposal')}</p>
      ) : null}
      {actions.length ? (
        <div className="charter-point-actions">
          {actions.map((kind) => (
            <button
              key={kind}
              type="button"
              className={`button button-small${kind === 'agreed' ? ' button-primary' : ''}`}
              aria-label={t(`charter.respond.${kind}.label`, { number: point.number })}
              onClick={() => onRespond(kind)}
            >
              {t(`charter.respond.${kind}.button`)}
            </button>
          ))}
        </div>
      ) : null}
      <details className="charter-history">
        <summary>{t('charter.points.history', { count: point.events.length })}</summary>
        <ol className="timeline">
          {point.events.map((event) => (
            <li key={event.id}>
              <p className="timeline-meta">
                <span className="strong">{event.actorName}</span> ({t(`side.${event.side}`)}) ·{' '}
                {t(`charter.event.${event.kind}`)} ·{' '}
                <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
              </p>
              {event.body ? <p className="timeline-reason">{event.body}</p> : null}
              {event.proposal !== null ? (
                <p className="muted small">{t('charter.event.withProposal')}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
