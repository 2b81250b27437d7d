// Two-factor authentication: off (set it up: scan, type a code, keep the recovery codes) or on
// (replace the recovery codes, or switch it off where no workspace requires it).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EnableTwoFactorInput } from '../../../src/accounts/account-security.schema.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog, FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors } from '../forms/zod-resolver.ts';
import { ProblemAlert, QueryStatus } from '../shell/States.tsx';
import {
  useDisableTwoFactor,
  useEnableTwoFactor,
  useRefreshTwoFactor,
  useReplaceRecoveryCodes,
  useStartTwoFactor,
  useTwoFactor,
} from './use-security.ts';

export function TwoFactorCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useTwoFactor();
  const start = useStartTwoFactor();
  const refresh = useRefreshTwoFactor();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [asking, setAsking] = useState<'disable' | 'codes' | null>(null);
  return (
    <section className="card" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t('security.twoFactor')}</h2>
      {codes ? (
        <RecoveryCodesShown
          codes={codes}
          onDone={() => {
            setCodes(null);
            void refresh();
          }}
        />
      ) : state.isPending || state.isError ? (
        <QueryStatus query={state} />
      ) : state.data.enabled ? (
        <>
          <p>
            <span className="badge badge-done">{t('security.twoFactorOn')}</span>{' '}
            {state.data.enabledAt
              ? t('security.twoFactorSince', { date: format.date(state.data.enabledAt) })
              : null}
          </p>
          <p>{t('security.codesLeft', { count: state.data.recoveryCodesLeft })}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setAsking('codes')}>
              {t('security.newCodes')}
            </button>
            {state.data.requiredByWorkspace ? null : (
              <button
                type="button"
                className="button button-danger"
                onClick={() => setAsking('disable')}
              >
                {t('security.turnOff')}
              </button>
            )}
          </div>
          {state.data.requiredByWorkspace ? (
            <p className="muted">{t('security.requiredNote')}</p>
          ) : null}
        </>
      ) : start.data ? (
        <EnrolForm enrolment={start.data} onEnabled={setCodes} />
      ) : (
        <>
          <p>{t('security.twoFactorOffIntro')}</p>
          <ProblemAlert error={start.error} />
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={start.isPending}
              onClick={() => start.mutate()}
            >
              {t('security.setUp')}
            </button>
          </div>
        </>
      )}
      {asking ? (
        <PasswordDialog
          purpose={asking}
          onClose={() => setAsking(null)}
          onCodes={(fresh) => {
            setAsking(null);
            setCodes(fresh);
          }}
        />
      ) : null}
    </section>
  );
}

type Enrolment = { uri: string; qrSvg: string; secret: string };

function EnrolForm({
  enrolment,
  onEnabled,
}: {
  enrolment: Enrolment;
  onEnabled: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const enable = useEnableTwoFactor();
  const form = useForm<{ code: string }, unknown, { code: string }>({
    defaultValues: { code: '' },
    resolver: i18nZodResolver(EnableTwoFactorInput, t),
  });
  const onSubmit = form.handleSubmit(({ code }) =>
    enable.mutate(code, {
      onSuccess: (answer) => onEnabled(answer.codes),
      onError: (error) => placeServerErrors(error, ['code'], form.setError),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ol className="steps">
        <li>{t('security.scan')}</li>
      </ol>
      <img
        className="qr-code"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
        alt={t('security.qrAlt')}
      />
      <TextField
        label={t('security.secret')}
        hint={t('security.typeSecret')}
        value={enrolment.secret}
        readOnly
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <ProblemAlert error={enable.error} />
      <TextField
        label={t('security.code')}
        hint={t('security.codeHint')}
        autoComplete="one-time-code"
        inputMode="numeric"
        error={form.formState.errors.code}
        {...form.register('code')}
      />
      <FormActions isSaving={enable.isPending} submitLabel={t('security.turnOn')} />
    </form>
  );
}

/** The codes exist only in this answer: shown once, to copy or print. */
function RecoveryCodesShown({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="secret" role="status">
      <p className="strong">{t('security.codesTitle')}</p>
      <p>{t('security.codesWarning')}</p>
      <ul className="recovery-codes" aria-label={t('security.codesTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => void navigator.clipboard?.writeText(codes.join('\n'))}
        >
          {t('tokens.copy')}
        </button>
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('security.codesSaved')}
        </button>
      </div>
    </div>
  );
}

/** Switching off, or new recovery codes, asks for the password again. */
function PasswordDialog({
  purpose,
  onClose,
  onCodes,
}: {
  purpose: 'disable' | 'codes';
  onClose: () => void;
  onCodes: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const replace = useReplaceRecoveryCodes();
  const action = purpose === 'disable' ? disable : replace;
  const form = useForm<{ password: string }>({ defaultValues: { password: '' } });
  const onSubmit = form.handleSubmit(({ password }) => {
    const onError = (error: unknown) => placeServerErrors(error, ['password'], form.setError);
    if (purpose === 'disable') disable.mutate(password, { onSuccess: onClose, onError });
    else replace.mutate(password, { onSuccess: (answer) => onCodes(answer.codes), onError });
  });
  return (
    <Dialog
      title={purpose === 'disable' ? t('security.turnOffTitle') : t('security.newCodesTitle')}
      onClose={onClose}
      size="small"
    >
      <form onSubmit={onSubmit} noValidate>
        <p>
          {purpose === 'disable' ? t('security.turnOffMessage') : t('security.newCodesMessage')}
        </p>
        <ProblemAlert error={action.error} />
        <TextField
          label={t('security.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.password}
          {...form.register('password', { required: t('validation.required') })}
        />
        <FormActions
          isSaving={action.isPending}
          submitLabel={purpose === 'disable' ? t('security.turnOff') : t('security.newCodes')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
