import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginInput } from '../../../src/accounts/accounts.schema.ts';
import { FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors } from '../forms/zod-resolver.ts';
import { LoadingState, ProblemAlert } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { useMeQuery, useSignIn } from './use-session.ts';

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
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => placeServerErrors(error, ['email', 'password'], form.setError),
    }),
  );
  return (
    <div className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">{t('app.name')}</p>
        <h1>{t('signIn.title')}</h1>
        <form onSubmit={onSubmit} noValidate>
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
        </form>
      </div>
    </div>
  );
}
