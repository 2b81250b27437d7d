import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InvitationInput, RoleName } from '../../../src/accounts/accounts.schema.ts';
import type { InvitationRecord, Role } from '../api/types.ts';
import { useDistributorOptions } from '../distributors/use-distributors.ts';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { FormActions, SelectField, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { isPrincipalRole } from '../session/use-session.ts';
import { EmptyState, ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { MembersCard } from './MembersCard.tsx';
import {
  useInvitations,
  useInvite,
  useResendInvitation,
  useRevokeInvitation,
} from './use-members.ts';

export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.title'));
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('members.title')}</h1>
      </div>
      <div className="detail-grid">
        <InviteCard />
        <InvitationsCard />
      </div>
      <MembersCard />
    </div>
  );
}

type Values = { email: string; role: Role; distributorId: string };

// The server's rule, checked before sending: distributor staff belong to one distributor.
const InviteSchema = InvitationInput.superRefine((input, ctx) => {
  if (!isPrincipalRole(input.role) && !input.distributorId) {
    ctx.addIssue({
      code: 'custom',
      path: ['distributorId'],
      message: 'validation.distributor_required_for_role',
    });
  }
});
const fields = ['email', 'role', 'distributorId'] as const;

function InviteCard() {
  const { t } = useTranslation();
  const invite = useInvite();
  const distributors = useDistributorOptions();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<Values, unknown, InvitationInput>({
    defaultValues: { email: '', role: 'distributor_admin', distributorId: '' },
    resolver: i18nZodResolver(InviteSchema, t, (values: Values) => ({
      ...values,
      distributorId:
        isPrincipalRole(values.role) || values.distributorId === '' ? null : values.distributorId,
    })),
  });
  const { errors } = form.formState;
  const role = form.watch('role');
  const isDistributorRole = !isPrincipalRole(role);
  const onSubmit = form.handleSubmit((input) =>
    invite.mutate(input, {
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        form.reset({ email: '', role: input.role, distributorId: input.distributorId ?? '' });
      },
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );
  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('members.invite')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={invite.error} extra={unplacedServerErrors(invite.error, fields)} />
        {sentTo && !invite.error ? (
          <p className="alert alert-success" role="status">
            {t('members.invited', { email: sentTo })}
          </p>
        ) : null}
        <TextField
          label={t('members.email')}
          type="email"
          autoComplete="off"
          error={errors.email}
          required
          {...form.register('email')}
        />
        <SelectField label={t('members.role')} error={errors.role} {...form.register('role')}>
          {RoleName.options.map((name) => (
            <option key={name} value={name}>
              {t(`roles.${name}`)}
            </option>
          ))}
        </SelectField>
        {isDistributorRole ? (
          <SelectField
            label={t('members.distributor')}
            error={errors.distributorId}
            required
            {...form.register('distributorId')}
          >
            <option value="">{t('members.chooseDistributor')}</option>
            {(distributors.data ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <FormActions isSaving={invite.isPending} submitLabel={t('members.send')} />
      </form>
    </section>
  );
}

function invitationState(invitation: InvitationRecord, now: number) {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (Date.parse(invitation.expiresAt) < now) return 'expired';
  return 'pending';
}

function InvitationsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const resend = useResendInvitation();
  const [resentTo, setResentTo] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<InvitationRecord | null>(null);
  const now = Date.now();
  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('members.invitations')}</h2>
      <ProblemAlert error={resend.error} />
      {resentTo && !resend.error ? (
        <p className="alert alert-success" role="status">
          {t('members.resent', { email: resentTo })}
        </p>
      ) : null}
      {invitations.isPending || invitations.isError ? (
        <QueryStatus query={invitations} />
      ) : invitations.data.length === 0 ? (
        <EmptyState title={t('members.noInvitations')} />
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('members.columns.email')}</th>
                <th scope="col">{t('members.columns.role')}</th>
                <th scope="col">{t('members.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('members.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((invitation) => {
                const state = invitationState(invitation, now);
                return (
                  <tr key={invitation.id}>
                    <td>
                      {invitation.email}
                      <div className="muted">
                        {t('members.sentOn', { date: format.date(invitation.createdAt) })}
                      </div>
                    </td>
                    <td>
                      {t(`roles.${invitation.role}`)}
                      {invitation.distributorName ? (
                        <div className="muted">{invitation.distributorName}</div>
                      ) : null}
                    </td>
                    <td>
                      <span className={`badge badge-invitation-${state}`}>
                        {t(`members.state.${state}`)}
                      </span>
                      {state === 'pending' ? (
                        <div className="muted">
                          {t('members.expires', { date: format.date(invitation.expiresAt) })}
                        </div>
                      ) : null}
                    </td>
                    <td className="row-actions">
                      {state === 'pending' || state === 'expired' ? (
                        <button
                          type="button"
                          className="button-link"
                          aria-label={t('members.resendNamed', { email: invitation.email })}
                          disabled={resend.isPending}
                          onClick={() =>
                            resend.mutate(invitation.id, {
                              onSuccess: () => setResentTo(invitation.email),
                            })
                          }
                        >
                          {t('members.resend')}
                        </button>
                      ) : null}
                      {state === 'pending' || state === 'expired' ? (
                        <button
                          type="button"
                          className="button-link button-link-danger"
                          aria-label={t('members.revokeNamed', { email: invitation.email })}
                          onClick={() => setRevoking(invitation)}
                        >
                          {t('members.revoke')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {revoking ? (
        <ConfirmDialog
          title={t('members.revokeTitle')}
          message={t('members.revokeMessage', { email: revoking.email })}
          confirmLabel={t('members.revoke')}
          isPending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
          onClose={() => {
            revoke.reset();
            setRevoking(null);
          }}
        />
      ) : null}
    </section>
  );
}
