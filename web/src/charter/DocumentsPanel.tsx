import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../api/client.ts';
import type { DistributorRecord } from '../api/types.ts';
import { useFormat } from '../format/use-format.ts';
import { Dialog } from '../forms/fields.tsx';
import { QueryStatus } from '../shell/States.tsx';
import { documentLanguage } from './charter-rules.ts';
import { type CharterVersionRecord, useVerifyCharter } from './use-charter.ts';

const versionPath = '/api/v1/distributors/{id}/charter/versions/{version}';

const documents = [
  ['charter', 'pdf'],
  ['charter', 'html'],
  ['handbook', 'pdf'],
  ['handbook', 'html'],
] as const;

/**
 * The printable charter and the one-page handbook (English with the distributor's language beside
 * it), the signed bundle for offline checks, and verification of an agreed or signed text.
 */
export function DocumentsPanel({
  distributor,
  record,
}: {
  distributor: DistributorRecord;
  record: CharterVersionRecord;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isVerifying, setVerifying] = useState(false);
  const language = documentLanguage(distributor.languages);
  const at = { id: distributor.id, version: record.version };
  const languages = language
    ? t('charter.documents.bilingual', { language: format.language(language) })
    : t('charter.documents.english');
  const hasAgreedText = record.agreedHash !== null;
  return (
    <section className="card" aria-labelledby="charter-documents-heading">
      <div className="card-header">
        <h2 id="charter-documents-heading">{t('charter.documents.title')}</h2>
        {record.status === 'agreed' || record.status === 'signed' ? (
          <button type="button" className="button button-small" onClick={() => setVerifying(true)}>
            {t('charter.verify.button')}
          </button>
        ) : null}
      </div>
      <ul className="charter-documents">
        {documents.map(([name, type]) => (
          <li key={`${name}.${type}`}>
            <a
              href={apiUrl(`${versionPath}/${name}.${type}`, at, {
                lang: language,
                download: type === 'pdf' ? 'true' : undefined,
              })}
              target={type === 'html' ? '_blank' : undefined}
              rel={type === 'html' ? 'noreferrer' : undefined}
            >
              {t(`charter.documents.${name}`, { type: type.toUpperCase() })}
            </a>{' '}
            <span className="muted small">{languages}</span>
          </li>
        ))}
        {hasAgreedText ? (
          <li>
            <a href={apiUrl(`${versionPath}/signed.json`, at)} download>
              {t('charter.documents.signedJson')}
            </a>{' '}
            <span className="muted small">{t('charter.documents.signedJsonHint')}</span>
          </li>
        ) : null}
      </ul>
      {record.status === 'draft' || record.status === 'negotiation' ? (
        <p className="muted small">{t('charter.documents.notFinal')}</p>
      ) : null}
      {isVerifying ? (
        <VerifyDialog
          distributorId={distributor.id}
          record={record}
          onClose={() => setVerifying(false)}
        />
      ) : null}
    </section>
  );
}

function VerifyDialog({
  distributorId,
  record,
  onClose,
}: {
  distributorId: string;
  record: CharterVersionRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const verification = useVerifyCharter(distributorId, record.version, true);
  return (
    <Dialog title={t('charter.verify.title', { version: record.version })} onClose={onClose}>
      {verification.isPending || verification.isError ? (
        <QueryStatus query={verification} />
      ) : (
        <>
          <p
            className={`alert ${verification.data.verified ? 'alert-success' : 'alert-error'}`}
            role="status"
          >
            {verification.data.verified ? t('charter.verify.passed') : t('charter.verify.failed')}
          </p>
          <p className="small">
            <span className="muted">{t('charter.verify.hash')}</span>{' '}
            <code className="charter-hash">{verification.data.hash}</code>
          </p>
          <ul className="charter-checks">
            {verification.data.checks.map((check) => (
              <li key={check.check}>
                <span className={`badge ${check.ok ? 'badge-check-ok' : 'badge-check-failed'}`}>
                  {check.ok ? t('charter.verify.ok') : t('charter.verify.checkFailed')}
                </span>{' '}
                <span className="strong">
                  {t(`charter.verify.checks.${check.check}`, { defaultValue: check.check })}
                </span>
                <div className="muted small">{check.detail}</div>
              </li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" className="button" data-autofocus onClick={onClose}>
              {t('actions.close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
