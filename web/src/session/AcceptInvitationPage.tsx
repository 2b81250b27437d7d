import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AcceptInvitationInput } from '../../../src/accounts/password.schema.ts';
import { client, data } from '../api/client.ts';
import { FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { ErrorState, LoadingState, ProblemAlert } from '../shell/States.tsx';

type Values = { name: string; password: string };
const fields = ['name', 'password'] as const;

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () =>
      data(client.GET('/api/v1/invitations/by-token/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: (input: AcceptInvitationInput) =>
      data(client.POST('/api/v1/invitations/accept', { body: input })),
    onSuccess: async () => {
      queryClient.removeQueries();
      navigate('/', { replace: true });
    },
  });
  const form = useForm<Values, unknown, AcceptInvitationInput>({
    defaultValues: { name: '', password: '' },
    resolver: i18nZodResolver(AcceptInvitationInput, t, (values) => ({ ...values, token })),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    accept.mutate(values, {
      onError: (error) => placeServerErrors(error, fields, form.setError),
    }),
  );

  let content: ReactNode;
  if (preview.isPending) content = <LoadingState />;
  else if (preview.isError) content = <ErrorState error={preview.error} />;
  else {
    const invitation = preview.data;
    content = (
      <>
        <h1>{t('invitation.title', { workspace: invitation.workspaceName })}</h1>
        <dl className="facts">
          <dt>{t('invitation.workspace')}</dt>
          <dd>{invitation.workspaceName}</dd>
          {invitation.distributorName ? (
            <>
              <dt>{t('invitation.distributor')}</dt>
              <dd>{invitation.distributorName}</dd>
            </>
          ) : null}
          <dt>{t('invitation.role')}</dt>
          <dd>{t(`roles.${invitation.role}`)}</dd>
          <dt>{t('invitation.email')}</dt>
          <dd>{invitation.email}</dd>
        </dl>
        <p className="muted">
          {invitation.hasAccount ? t('invitation.hasAccount') : t('invitation.newAccount')}
        </p>
        <form onSubmit={onSubmit} noValidate>
          <ProblemAlert error={accept.error} extra={unplacedServerErrors(accept.error, fields)} />
          <TextField
            label={t('invitation.name')}
            autoComplete="name"
            error={errors.name}
            required
            {...form.register('name')}
          />
          <TextField
            label={t('invitation.password')}
            type="password"
            autoComplete={invitation.hasAccount ? 'current-password' : 'new-password'}
            hint={invitation.hasAccount ? undefined : t('invitation.passwordHint')}
            error={errors.password}
            required
            {...form.register('password')}
          />
          <FormActions isSaving={accept.isPending} submitLabel={t('invitation.accept')} />
        </form>
      </>
    );
  }
  return (
    <div className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">{t('app.name')}</p>
        {content}
      </div>
    </div>
  );
}
