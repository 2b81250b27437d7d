import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SignInput } from '../../../src/charter/charter.schema.ts';
import type { SideName } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { CheckboxField, Dialog, FormActions, TextField } from '../forms/fields.tsx';
import { i18nZodResolver, placeServerErrors, unplacedServerErrors } from '../forms/zod-resolver.ts';
import { useSession } from '../session/use-session.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { activeSignature } from './charter-rules.ts';
import { type CharterVersionRecord, usePrincipalName, useSignCharter } from './use-charter.ts';

const parties: SideName[] = ['principal', 'distributor'];

/** Both signature blocks: who signed, as what, when (in the viewer's zone) and from where. */
export function SignaturesPanel({
  record,
  distributorName,
}: {
  record: CharterVersionRecord;
  distributorName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const principalName = usePrincipalName();
  return (
    <section className="card" aria-labelledby="charter-signatures-heading">
      <h2 id="charter-signatures-heading">{t('charter.signatures.title')}</h2>
      {record.agreedHash ? (
        <p className="small">
          <span className="muted">{t('charter.signatures.hash')}</span>{' '}
          <code className="charter-hash">{record.agreedHash}</code>
        </p>
      ) : null}
      <div className="two-columns">
        {parties.map((party) => {
          const signature = activeSignature(record, party);
          const headingId = `charter-signature-${party}`;
          return (
            <section key={party} className="charter-signature" aria-labelledby={headingId}>
              <h3 id={headingId}>
                {t(`charter.signatures.${party}`, {
                  name: party === 'principal' ? principalName : distributorName,
                })}
              </h3>
              {signature ? (
                <>
                  <p className="charter-signature-name">{signature.typedName}</p>
                  <dl className="facts">
                    <dt>{t('charter.signatures.role')}</dt>
                    <dd>{signature.signerRole}</dd>
                    <dt>{t('charter.signatures.signedAt')}</dt>
                    <dd>
                      <time dateTime={signature.signedAt}>
                        {format.dateTime(signature.signedAt)}
                      </time>{' '}
                      <span className="muted">{format.timeZone}</span>
                    </dd>
                    <dt>{t('charter.signatures.ip')}</dt>
                    <dd>{signature.ip ?? '—'}</dd>
                  </dl>
                </>
              ) : (
                <p className="muted">{t('charter.signatures.awaiting')}</p>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

type Values = { typedName: string; signerRole: string; consent: boolean };
const fields = ['typedName', 'signerRole', 'consent'] as const;

/**
 * Signing an agreed version: the signer sees the text's SHA-256 and the consent sentence, types
 * their name and role and ticks consent; the request carries the hash shown here, so a text that
 * changed meanwhile is refused rather than signed unseen.
 */
export function SignDialog({
  distributorId,
  record,
  onClose,
}: {
  distributorId: string;
  record: CharterVersionRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const sign = useSignCharter(distributorId, record.version);
  const hash = record.agreedHash ?? '';
  const schema = useMemo(
    () =>
      SignInput.pick({ typedName: true, signerRole: true }).extend({
        consent: z.boolean().refine((value) => value, t('charter.sign.consentRequired')),
      }),
    [t],
  );
  const form = useForm<Values, unknown, Values>({
    defaultValues: { typedName: me.user.name, signerRole: '', consent: false },
    resolver: i18nZodResolver(schema, t),
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    sign.mutate(
      {
        typedName: values.typedName,
        signerRole: values.signerRole,
        consent: true,
        contentHash: hash,
      },
      {
        onSuccess: onClose,
        onError: (error) => placeServerErrors(error, fields, form.setError),
      },
    ),
  );
  const consentText = t('charter.consent', { version: record.version, hash });
  return (
    <Dialog title={t('charter.sign.title', { version: record.version })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <ProblemAlert error={sign.error} extra={unplacedServerErrors(sign.error, fields)} />
        <p>{t('charter.sign.intro')}</p>
        <p className="small">
          <span className="muted">{t('charter.sign.hash')}</span>{' '}
          <code className="charter-hash">{hash}</code>
        </p>
        <blockquote className="charter-consent">{consentText}</blockquote>
        <div className="form-grid">
          <TextField
            label={t('charter.sign.typedName')}
            autoComplete="name"
            required
            error={errors.typedName}
            {...form.register('typedName')}
          />
          <TextField
            label={t('charter.sign.signerRole')}
            hint={t('charter.sign.signerRoleHint')}
            autoComplete="organization-title"
            required
            error={errors.signerRole}
            {...form.register('signerRole')}
          />
        </div>
        <CheckboxField
          label={t('charter.sign.consent')}
          error={errors.consent}
          {...form.register('consent')}
        />
        <FormActions
          isSaving={sign.isPending}
          submitLabel={t('charter.sign.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
