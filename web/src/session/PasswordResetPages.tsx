// A forgotten password: ask for a link by e-mail, then choose a new password from it.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PasswordResetRequest } from '../../../src/accounts/account-security.schema.ts';
import { PasswordResetInput } from '../../../src/accounts/password.schema.ts';
import { client, data } from '../api/client.ts';
import { FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors } from '../forms/zod-resolver.ts';
import { LoadingState, ProblemAlert } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';

function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <div className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">{t('app.name')}</p>
        <h1>{title}</h1>
        {children}
      </div>
    </div>
  );
}

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const send = useMutation({
    mutationFn: (email: string) =>
      data(client.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
  const form = useForm<{ email: string }, unknown, { email: string }>({
    defaultValues: { email: '' },
    resolver: i18nZodResolver(PasswordResetRequest, t),
  });
  const onSubmit = form.handleSubmit(({ email }) =>
    send.mutate(email, {
      onError: (error) => placeServerErrors(error, ['email'], form.setError),
    }),
  );
  return (
    <AuthCard title={t('passwordReset.requestTitle')}>
      {send.isSuccess ? (
        <p role="status">{t('passwordReset.sent', { email: form.getValues('email') })}</p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>{t('passwordReset.requestIntro')}</p>
          <ProblemAlert error={send.error} />
          <TextField
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            error={form.formState.errors.email}
            {...form.register('email')}
          />
          <FormActions isSaving={send.isPending} submitLabel={t('passwordReset.send')} />
        </form>
      )}
      <p className="auth-links">
        <Link to="/sign-in">{t('passwordReset.backToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const preview = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () =>
      data(client.GET('/api/v1/auth/password-reset/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const reset = useMutation({
    mutationFn: (newPassword: string) =>
      data(client.POST('/api/v1/auth/password-reset/complete', { body: { token, newPassword } })),
  });
  const form = useForm<{ newPassword: string }, unknown, { newPassword: string }>({
    defaultValues: { newPassword: '' },
    resolver: i18nZodResolver(PasswordResetInput.pick({ newPassword: true }), t),
  });
  const onSubmit = form.handleSubmit(({ newPassword }) =>
    reset.mutate(newPassword, {
      onError: (error) => placeServerErrors(error, ['newPassword'], form.setError),
    }),
  );
  const title = t('passwordReset.chooseTitle');
  if (preview.isPending) return <LoadingState />;
  if (preview.isError) {
    return (
      <AuthCard title={title}>
        <ProblemAlert error={preview.error} />
        <p className="auth-links">
          <Link to="/forgot-password">{t('passwordReset.askAgain')}</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title}>
      {reset.isSuccess ? (
        <>
          <p role="status">{t('passwordReset.done')}</p>
          <p className="auth-links">
            <Link to="/sign-in">{t('signIn.submit')}</Link>
          </p>
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p>{t('passwordReset.chooseIntro', { email: preview.data.email })}</p>
          <ProblemAlert error={reset.error} />
          <input type="hidden" autoComplete="username" value={preview.data.email} readOnly />
          <TextField
            label={t('security.newPassword')}
            hint={t('security.newPasswordHint')}
            type="password"
            autoComplete="new-password"
            error={form.formState.errors.newPassword}
            {...form.register('newPassword')}
          />
          <FormActions isSaving={reset.isPending} submitLabel={t('passwordReset.save')} />
        </form>
      )}
    </AuthCard>
  );
}
