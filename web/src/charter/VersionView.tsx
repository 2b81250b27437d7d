import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributorRecord } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { canManageDistributors, useSession } from '../session/use-session.ts';
import { QueryStatus } from '../shell/States.tsx';
import { CharterStatusBadge, CharterStepper } from './CharterStatus.tsx';
import { CharterText } from './CharterText.tsx';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { productLineNames } from './charter-format.ts';
import {
  activeSignature,
  canProposeAmendment,
  canSign,
  isNegotiator,
  sideOfRole,
} from './charter-rules.ts';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { CharterEditor } from './editor/CharterEditor.tsx';
import { PointsPanel } from './PointsPanel.tsx';
import { SignaturesPanel, SignDialog } from './Signing.tsx';
import { TransitionDialog } from './TransitionDialog.tsx';
import {
  type CharterOverviewRecord,
  type CharterVersionRecord,
  type ProductLine,
  type TransitionAction,
  useCharterVersion,
  useInvalidateCharter,
} from './use-charter.ts';

type Props = {
  distributor: DistributorRecord;
  overview: CharterOverviewRecord;
  catalogue: ProductLine[];
  /** Opens the amendment form; offered on the version in force. */
  onProposeAmendment: () => void;
  /** Shown right below the version's status and actions: the amendment proposals. */
  afterStatus?: ReactNode;
};

/** One version: where it stands, what to do next, its conflicts, points, signatures and text. */
export function VersionView({ version, ...props }: Props & { version: number }) {
  const record = useCharterVersion(props.distributor.id, version);
  if (record.isPending || record.isError) return <QueryStatus query={record} />;
  return <VersionBody {...props} record={record.data} />;
}

function VersionBody({
  distributor,
  overview,
  catalogue,
  record,
  onProposeAmendment,
  afterStatus,
}: Props & { record: CharterVersionRecord }) {
  const { t } = useTranslation();
  const me = useSession();
  const invalidate = useInvalidateCharter(distributor.id);
  const [dialog, setDialog] = useState<TransitionAction | 'sign' | null>(null);
  const names = productLineNames(record.productLines, catalogue);
  const isEditableDraft = record.status === 'draft' && canManageDistributors(me.role);
  const isPrincipalEditor = canManageDistributors(me.role);
  const blockers = [
    ...(record.openPoints
      ? [t('charter.actions.blockedPoints', { count: record.openPoints })]
      : []),
    ...(record.conflicts.length
      ? [t('charter.actions.blockedConflicts', { count: record.conflicts.length })]
      : []),
  ];
  const canAgree =
    isPrincipalEditor && (record.status === 'draft' || record.status === 'negotiation');

  return (
    <>
      <section className="card" aria-labelledby="charter-version-heading">
        <div className="card-header">
          <h2 id="charter-version-heading">
            {t('charter.versions.version', { version: record.version })}{' '}
            <CharterStatusBadge status={record.status} />
          </h2>
          {record.basedOnVersion ? (
            <span className="muted">
              {t('charter.versions.amends', { version: record.basedOnVersion })}
            </span>
          ) : null}
        </div>
        <CharterStepper status={record.status} />
        <NextStep distributor={distributor} overview={overview} record={record} />
        <div className="charter-actions">
          {record.status === 'draft' && isPrincipalEditor ? (
            <button type="button" className="button" onClick={() => setDialog('send')}>
              {t('charter.actions.send')}
            </button>
          ) : null}
          {canAgree ? (
            <button
              type="button"
              className="button button-primary"
              disabled={blockers.length > 0}
              aria-describedby={blockers.length ? 'charter-agree-blocked' : undefined}
              onClick={() => setDialog('agree')}
            >
              {t('charter.actions.agree')}
            </button>
          ) : null}
          {record.status === 'agreed' && isNegotiator(me.role) ? (
            <button type="button" className="button" onClick={() => setDialog('reopen')}>
              {t('charter.actions.reopen')}
            </button>
          ) : null}
          {record.status === 'signed' &&
          record.version === overview.signedVersion &&
          canProposeAmendment(me.role) ? (
            <button type="button" className="button" onClick={onProposeAmendment}>
              {t('charter.amendments.propose')}
            </button>
          ) : null}
          {canSign(me.role, record) ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setDialog('sign')}
            >
              {t('charter.actions.sign')}
            </button>
          ) : null}
        </div>
        {canAgree && blockers.length ? (
          <p className="charter-blocked" id="charter-agree-blocked">
            {t('charter.actions.blocked', { reasons: blockers.join(t('charter.and')) })}
          </p>
        ) : null}
      </section>

      {afterStatus}
      {/* The editor lists a draft's conflicts itself, live: each is shown once. */}
      {record.conflicts.length && !isEditableDraft ? (
        <ConflictsPanel conflicts={record.conflicts} content={record.content} names={names} />
      ) : null}
      {['agreed', 'signed', 'superseded'].includes(record.status) ? (
        <SignaturesPanel record={record} distributorName={distributor.name} />
      ) : null}
      {record.status !== 'draft' ? (
        <PointsPanel
          distributorId={distributor.id}
          record={record}
          names={names}
          catalogue={catalogue}
        />
      ) : null}
      {isEditableDraft ? (
        <CharterEditor
          distributorId={distributor.id}
          version={record.version}
          content={record.content}
          onSaved={() => void invalidate()}
        />
      ) : (
        <CharterText
          content={record.content}
          names={names}
          marked={record.conflicts.map((conflict) => conflict.pointer)}
        />
      )}
      <DocumentsPanel distributor={distributor} record={record} />

      {dialog === 'send' || dialog === 'agree' || dialog === 'reopen' ? (
        <TransitionDialog
          distributor={distributor}
          record={record}
          action={dialog}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'sign' ? (
        <SignDialog
          distributorId={distributor.id}
          record={record}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}

function NextStep({
  distributor,
  overview,
  record,
}: {
  distributor: DistributorRecord;
  overview: CharterOverviewRecord;
  record: CharterVersionRecord;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const side = sideOfRole(me.role);
  let message: string;
  switch (record.status) {
    case 'draft':
      message = canManageDistributors(me.role)
        ? t('charter.next.draftEditor', { name: distributor.name })
        : t('charter.next.draft');
      break;
    case 'negotiation':
      message = record.openPoints
        ? t('charter.next.negotiationOpen', { count: record.openPoints })
        : canManageDistributors(me.role)
          ? t('charter.next.negotiationReadyPrincipal')
          : t('charter.next.negotiationReady');
      break;
    case 'agreed': {
      const missing = (['principal', 'distributor'] as const).filter(
        (party) => !activeSignature(record, party),
      );
      message = canSign(me.role, record)
        ? t('charter.next.agreedSign')
        : missing.length === 2
          ? t('charter.next.agreedAwaitingBoth')
          : t('charter.next.agreedAwaiting', {
              party: t(`charter.party.${missing[0] ?? side}`, { name: distributor.name }),
            });
      break;
    }
    case 'signed':
      message = t('charter.next.signed', {
        date: record.signedAt ? format.dateTime(record.signedAt) : '',
      });
      break;
    case 'superseded':
      message = t('charter.next.superseded', { version: overview.signedVersion ?? '' });
      break;
  }
  return <p className="charter-next">{message}</p>;
}
