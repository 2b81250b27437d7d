import { useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import { TextField } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';
import { isoToZonedInput, zonedInputToIso } from './cadence-format.ts';
import { rhythmLabel } from './meeting-labels.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import {
  type MeetingDetailRecord,
  type TimeProposalRecord,
  useAnswerTimeProposal,
  useCallOffMeeting,
  useProposeMeetingTime,
  useWithdrawTimeProposal,
} from './use-meeting.ts';

type Dialog = 'cancel' | 'skip' | 'propose' | null;

const proposalKeys: Record<TimeProposalRecord['status'], string> = {
  pending: 'proposalPending',
  accepted: 'proposalAccepted',
  declined: 'proposalDeclined',
  withdrawn: 'proposalWithdrawn',
};

/**
 * The meeting's schedule as both sides see it: why it was called off, new times proposed and their
 * answers, and for those who may change it, proposing a time, cancelling or skipping it.
 */
export function MeetingSchedule({
  distributorId,
  meeting,
}: {
  distributorId: string;
  meeting: MeetingDetailRecord;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const pending = meeting.proposals.find((proposal) => proposal.status === 'pending');
  const name = t('cadence.meeting.name', {
    kind: rhythmLabel(t, meeting),
    number: meeting.number,
  });
  const hasProposals = meeting.proposals.length > 0;
  if (!meeting.calledOff && !hasProposals && !meeting.canChangeSchedule) return null;
  return (
    <section className="card section" aria-labelledby="meeting-schedule-heading">
      <div className="card-header">
        <h2 id="meeting-schedule-heading">{t('cadence.schedule.title')}</h2>
      </div>
      <CalledOffNotice meeting={meeting} />
      {hasProposals ? (
        <ul className="proposal-list">
          {meeting.proposals.map((proposal) => (
            <ProposalEntry
              key={proposal.id}
              distributorId={distributorId}
              meetingId={meeting.id}
              proposal={proposal}
            />
          ))}
        </ul>
      ) : null}
      {meeting.canChangeSchedule ? (
        <div className="form-actions">
          {pending ? null : (
            <button type="button" className="button" onClick={() => setDialog('propose')}>
              {t('cadence.schedule.propose')}
            </button>
          )}
          <button type="button" className="button" onClick={() => setDialog('skip')}>
            {t('cadence.schedule.skip')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => setDialog('cancel')}
          >
            {t('cadence.schedule.cancel')}
          </button>
        </div>
      ) : null}
      {dialog === 'propose' ? (
        <ProposeDialog
          distributorId={distributorId}
          meeting={meeting}
          onClose={() => setDialog(null)}
        />
      ) : dialog ? (
        <CallOffDialog
          distributorId={distributorId}
          meeting={meeting}
          action={dialog}
          name={name}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </section>
  );
}

function CalledOffNotice({ meeting }: { meeting: MeetingDetailRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calledOff = meeting.calledOff;
  if (!calledOff) return null;
  const key = meeting.status === 'skipped' ? 'calledOffSkipped' : 'calledOffCancelled';
  const sentence = t(`cadence.schedule.${key}`, {
    name: calledOff.byName ?? t('cadence.actionItems.history.someone'),
    date: calledOff.at ? format.date(calledOff.at) : '—',
  });
  return (
    <p className="alert alert-info" role="status">
      {calledOff.reason
        ? t('cadence.actionItems.history.withReason', { sentence, reason: calledOff.reason })
        : sentence}
    </p>
  );
}

function ProposalEntry({
  distributorId,
  meetingId,
  proposal,
}: {
  distributorId: string;
  meetingId: string;
  proposal: TimeProposalRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerTimeProposal(distributorId, meetingId);
  const withdraw = useWithdrawTimeProposal(distributorId, meetingId);
  const [declining, setDeclining] = useState(false);
  const busy = answer.isPending || withdraw.isPending;
  const yourTime = (iso: string) =>
    t('cadence.schedule.yourTime', { dateTime: format.dateTime(iso), zone: format.timeZone });
  const sentence = t(`cadence.schedule.${proposalKeys[proposal.status]}`, {
    name: proposal.proposedByName ?? t('cadence.schedule.someone'),
    side: t(`side.${proposal.side}`),
    time: yourTime(proposal.proposedStartsAt),
    previous: yourTime(proposal.previousStartsAt),
    answeredBy: proposal.answeredByName ?? t('cadence.schedule.someone'),
  });
  return (
    <li className={proposal.status === 'pending' ? 'proposal proposal-pending' : 'proposal muted'}>
      <p>{t('cadence.actionItems.history.withReason', { sentence, reason: proposal.reason })}</p>
      {proposal.answerNote ? (
        <p>
          {t('cadence.schedule.answerNote', {
            name: proposal.answeredByName ?? t('cadence.schedule.someone'),
            note: proposal.answerNote,
          })}
        </p>
      ) : null}
      {declining ? null : <ProblemAlert error={answer.error ?? withdraw.error} />}
      {proposal.canAnswer || proposal.canWithdraw ? (
        <div className="toolbar-buttons">
          {proposal.canAnswer ? (
            <>
              <button
                type="button"
                className="button button-primary button-small"
                disabled={busy}
                onClick={() => answer.mutate({ proposalId: proposal.id, answer: 'accept' })}
              >
                {t('cadence.schedule.accept')}
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => {
                  answer.reset();
                  setDeclining(true);
                }}
              >
                {t('cadence.schedule.decline')}
              </button>
            </>
          ) : null}
          {proposal.canWithdraw ? (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => withdraw.mutate(proposal.id)}
            >
              {t('cadence.schedule.withdraw')}
            </button>
          ) : null}
        </div>
      ) : null}
      {declining ? (
        <ReasonDialog
          title={t('cadence.schedule.declineTitle')}
          message={t('cadence.schedule.declineMessage', {
            name: proposal.proposedByName ?? t('cadence.schedule.someone'),
            time: yourTime(proposal.proposedStartsAt),
            previous: yourTime(proposal.previousStartsAt),
          })}
          reasonLabel={t('cadence.schedule.declineReason')}
          reasonHint={t('cadence.schedule.declineReasonHint')}
          requiredMessage={t('cadence.schedule.declineReasonRequired')}
          keepLabel={t('cadence.schedule.keepProposal')}
          confirmLabel={t('cadence.schedule.declineConfirm')}
          pendingLabel={t('actions.saving')}
          isPending={answer.isPending}
          error={answer.error}
          onConfirm={(note) =>
            answer.mutate(
              { proposalId: proposal.id, answer: 'decline', note },
              { onSuccess: () => setDeclining(false) },
            )
          }
          onClose={() => setDeclining(false)}
        />
      ) : null}
    </li>
  );
}

function CallOffDialog({
  distributorId,
  meeting,
  action,
  name,
  onClose,
}: {
  distributorId: string;
  meeting: MeetingDetailRecord;
  action: 'cancel' | 'skip';
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const mutation = useCallOffMeeting(distributorId, meeting.id);
  return (
    <ReasonDialog
      title={t(`cadence.confirm.${action}Title`)}
      message={t(`cadence.confirm.${action}Message`, {
        kind: rhythmLabel(t, meeting),
        number: meeting.number,
        date: format.dateTime(meeting.startsAt),
      })}
      reasonLabel={t('cadence.confirm.reason')}
      reasonHint={t('cadence.confirm.reasonHint')}
      requiredMessage={t('cadence.confirm.reasonRequired')}
      keepLabel={t('cadence.confirm.keep')}
      confirmLabel={t(`cadence.confirm.${action}`, { name })}
      pendingLabel={t('actions.saving')}
      isPending={mutation.isPending}
      error={mutation.error}
      onConfirm={(reason) => mutation.mutate({ action, reason }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

function ProposeDialog({
  distributorId,
  meeting,
  onClose,
}: {
  distributorId: string;
  meeting: MeetingDetailRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const mutation = useProposeMeetingTime(distributorId, meeting.id);
  const [local, setLocal] = useState(isoToZonedInput(meeting.startsAt, format.timeZone));
  const [missing, setMissing] = useState(false);
  const serverError =
    mutation.error instanceof ApiError
      ? mutation.error.problem.errors?.find((item) => item.pointer === '#/startsAt')?.detail
      : undefined;
  const timeError: FieldError | undefined = missing
    ? { type: 'required', message: t('cadence.schedule.timeRequired') }
    : serverError
      ? { type: 'server', message: serverError }
      : undefined;
  return (
    <ReasonDialog
      title={t('cadence.schedule.proposeTitle')}
      message={t('cadence.schedule.proposeMessage', {
        time: t('cadence.schedule.yourTime', {
          dateTime: format.dateTime(meeting.startsAt),
          zone: format.timeZone,
        }),
      })}
      reasonLabel={t('cadence.schedule.reason')}
      requiredMessage={t('cadence.schedule.reasonRequired')}
      keepLabel={t('cadence.schedule.keepTime')}
      confirmLabel={t('cadence.schedule.send')}
      pendingLabel={t('actions.saving')}
      isPending={mutation.isPending}
      error={serverError ? null : mutation.error}
      onConfirm={(reason) => {
        const startsAt = zonedInputToIso(local, format.timeZone);
        if (!startsAt) {
          setMissing(true);
          return;
        }
        mutation.mutate({ startsAt, reason }, { onSuccess: onClose });
      }}
      onClose={onClose}
    >
      <TextField
        type="datetime-local"
        label={t('cadence.schedule.newTime', { zone: format.timeZone })}
        required
        value={local}
        error={timeError}
        onChange={(event) => {
          setLocal(event.target.value);
          setMissing(false);
        }}
      />
    </ReasonDialog>
  );
}
