import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { SecondFactorInput } from '../../../src/accounts/account-security.schema.ts';
import { LoginInput } from '../../../src/accounts/accounts.schema.ts';
import { FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors } from '../forms/zod-resolver.ts';
import { DemoBanner } from '../shell/DemoBanner.tsx';
import { LoadingState, ProblemAlert } from '../shell/States.tsx';
import { useInstance } from '../shell/use-instance.ts';
import { usePageTitle } from '../shell/use-page-title.ts';
import { useCompleteSignIn, useMeQuery, useSignIn } from './use-session.ts';

type Values = { email: string; password: string };

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const me = useMeQuery();
  const signIn = useSignIn();
  // Single sign-on comes back here with a challenge when the account has a second factor.
  const [challenge, setChallenge] = useState<string | null>(search.get('challenge'));
  const instance = useInstance();
  const singleSignOn = instance.data?.singleSignOn;
  const ssoProblem = search.get('sso');
  usePageTitle(t('signIn.title'));
  const form = useForm<Values, unknown, LoginInput>({
    defaultValues: { email: '', password: '' },
    resolver: i18nZodResolver(LoginInput, t),
  });
  const next = safeNext(search.get('next'));
  if (me.isPending) return <LoadingState />;
  if (me.data) return <Navigate to={next} replace />;
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    signIn.mutate(values, {
      onSuccess: (answer) =>
        answer?.challenge ? setChallenge(answer.challenge) : navigate(next, { replace: true }),
      onError: (error) => placeServerErrors(error, ['email', 'password'], form.setError),
    }),
  );
  return (
    <div className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">{t('app.name')}</p>
        <DemoBanner />
        <h1>{t('signIn.title')}</h1>
        {challenge ? (
          <SecondFactorForm
            challenge={challenge}
            onDone={() => navigate(next, { replace: true })}
            onRestart={() => {
              setChallenge(null);
              signIn.reset();
            }}
          />
        ) : (
          <form onSubmit={onSubmit} noValidate>
            {ssoProblem ? (
              <p className="alert alert-error" role="alert">
                {ssoProblem === 'unknown_account'
                  ? t('signIn.ssoUnknownAccount')
                  : t('signIn.ssoFailed')}
              </p>
            ) : null}
            <ProblemAlert error={signIn.error} />
            <TextField
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              error={errors.email}
              {...form.register('email')}
            />
            <TextField
              label={t('signIn.password')}
              type="password"
              autoComplete="current-password"
              error={errors.password}
              {...form.register('password')}
            />
            <FormActions isSaving={signIn.isPending} submitLabel={t('signIn.submit')} />
            {singleSignOn ? (
              <a
                className="button button-block"
                href={`/api/v1/auth/oidc/start?${new URLSearchParams({ next })}`}
              >
                {t('signIn.withSso', { name: singleSignOn.name })}
              </a>
            ) : null}
            <p className="auth-links">
              <Link to="/forgot-password">{t('signIn.forgot')}</Link>
            </p>
          </form>
        )}
      </div>
    </div>
  );
}

/** The second step: six digits from the authenticator app, or a recovery code. */
function SecondFactorForm(props: { challenge: string; onDone: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteSignIn();
  const form = useForm<{ code: string }, unknown, { code: string }>({
    defaultValues: { code: '' },
    resolver: i18nZodResolver(SecondFactorInput.pick({ code: true }), t),
  });
  const onSubmit = form.handleSubmit(({ code }) =>
    complete.mutate(
      { challenge: props.challenge, code },
      {
        onSuccess: props.onDone,
        onError: (error) => {
          placeServerErrors(error, ['code'], form.setError);
          form.setFocus('code');
        },
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>{t('signIn.secondFactorIntro')}</p>
      <ProblemAlert error={complete.error} />
      <TextField
        label={t('signIn.code')}
        hint={t('signIn.codeHint')}
        autoComplete="one-time-code"
        autoFocus
        spellCheck={false}
        error={form.formState.errors.code}
        {...form.register('code')}
      />
      <FormActions isSaving={complete.isPending} submitLabel={t('signIn.verify')} />
      <p className="auth-links">
        <button type="button" className="button-link" onClick={props.onRestart}>
          {t('signIn.startOver')}
        </button>
      </p>
    </form>
  );
}
