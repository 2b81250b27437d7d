// The signed-in person's security: password, two-factor authentication, where they are signed
// in, and (for a workspace admin) whether the workspace requires a second factor.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordChangeInput } from '../../../src/accounts/password.schema.ts';
import { CheckboxField, FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors } from '../forms/zod-resolver.ts';
import { isPrincipalAdmin, useSession } from '../session/use-session.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import { usePageTitle } from '../shell/use-page-title.ts';
import { SessionsCard } from './SessionsCard.tsx';
import { TwoFactorCard } from './TwoFactorCard.tsx';
import {
  useChangePassword,
  useSetWorkspaceSecurity,
  useWorkspaceSecurity,
} from './use-security.ts';
import './security.css';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useSession();
  usePageTitle(t('security.title'));
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('security.title')}</h1>
          <p className="muted">{t('security.intro')}</p>
        </div>
      </div>
      {me.mustEnrolTwoFactor ? (
        <div className="alert alert-warning" role="alert">
          {t('security.mustEnrol')}
        </div>
      ) : null}
      <div className="detail-grid">
        <TwoFactorCard />
        <PasswordCard />
        <SessionsCard />
        {isPrincipalAdmin(me.role) ? <WorkspaceRuleCard /> : null}
      </div>
    </div>
  );
}

type PasswordValues = { currentPassword: string; newPassword: string };

function PasswordCard() {
  const { t } = useTranslation();
  const me = useSession();
  const change = useChangePassword();
  const form = useForm<PasswordValues, unknown, PasswordChangeInput>({
    defaultValues: { currentPassword: '', newPassword: '' },
    resolver: i18nZodResolver(PasswordChangeInput, t),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (error) =>
        placeServerErrors(error, ['currentPassword', 'newPassword'], form.setError),
    }),
  );
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('security.password')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={change.error} />
        {change.isSuccess ? (
          <p className="alert alert-success" role="status">
            {t('security.passwordChanged')}
          </p>
        ) : null}
        <input type="hidden" autoComplete="username" value={me.user.email} readOnly />
        <TextField
          label={t('security.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword}
          {...form.register('currentPassword')}
        />
        <TextField
          label={t('security.newPassword')}
          hint={t('security.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          error={errors.newPassword}
          {...form.register('newPassword')}
        />
        <FormActions isSaving={change.isPending} submitLabel={t('security.changePassword')} />
      </form>
    </section>
  );
}

function WorkspaceRuleCard() {
  const { t } = useTranslation();
  const rule = useWorkspaceSecurity(true);
  const save = useSetWorkspaceSecurity();
  // The box shows the choice at once, in the same render as the click, while it is saved; the
  // saved answer (or, on a refusal, the rule as it was) takes over when the request ends. The
  // mutation's own pending state arrives a tick later, which a controlled box would undo first.
  const [chosen, setChosen] = useState<boolean | null>(null);
  return (
    <section className="card" aria-labelledby="workspace-rule-heading">
      <h2 id="workspace-rule-heading">{t('security.workspaceRule')}</h2>
      {rule.isPending || rule.isError ? (
        <QueryStatus query={rule} />
      ) : (
        <>
          <ProblemAlert error={save.error} />
          <CheckboxField
            label={t('security.requireTwoFactor')}
            checked={chosen ?? rule.data.requireTwoFactor}
            disabled={chosen !== null}
            onChange={(event) => {
              const requireTwoFactor = event.currentTarget.checked;
              setChosen(requireTwoFactor);
              save.mutate(requireTwoFactor, { onSettled: () => setChosen(null) });
            }}
          />
          <p className="muted">{t('security.requireTwoFactorHint')}</p>
        </>
      )}
    </section>
  );
}
