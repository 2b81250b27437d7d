import { type FormEvent, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import { ConfirmDialog } from '../forms/ConfirmDialog.tsx';
import { TextField } from '../forms/fields.tsx';
import { ProblemAlert } from '../shell/States.tsx';
import { ReportFormSections } from './ReportFormSections.tsx';
import {
  checkReport,
  formValuesOf,
  type ReportErrors,
  type ReportFormValues,
  serverReportErrors,
} from './report-form-values.ts';
import { monthName } from './report-format.ts';
import { useDraftAutosave } from './use-draft-autosave.ts';
import {
  type ReportContent,
  type ReportDetailRecord,
  useSubmitOnBehalf,
  useSubmitReport,
} from './use-reports.ts';

const noErrors: ReportErrors = { cells: {}, general: [] };

/**
 * The report typed in the portal: saved as a draft while typing, checked in the browser with the
 * server's own schema, then submitted as a new revision after a confirmation. With `onBehalf`, a
 * principal editor enters figures the distributor sent another way: no draft, a required reason,
 * and the revision is marked as entered on the distributor's behalf.
 */
export function ReportForm({
  distributorId,
  report,
  onSubmitted,
  onBehalf,
}: {
  distributorId: string;
  report: ReportDetailRecord;
  onSubmitted: (report: ReportDetailRecord, previousRevision: number) => void;
  onBehalf?: { onCancel: () => void };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [initialValues] = useState(() => formValuesOf(report));
  const form = useForm<ReportFormValues>({ defaultValues: initialValues });
  const autosave = useDraftAutosave({
    distributorId,
    period: report.period,
    control: form.control,
    initialValues,
    initialSavedAt: report.draft === null ? null : report.draftSavedAt,
    isEnabled: !onBehalf,
  });
  const submitOwn = useSubmitReport(distributorId, report.period);
  const submitOnBehalf = useSubmitOnBehalf(distributorId, report.period);
  const submit = onBehalf ? submitOnBehalf : submitOwn;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<ReportErrors>(noErrors);
  const [confirming, setConfirming] = useState<ReportContent | null>(null);

  const showErrors = (found: ReportErrors) => {
    setErrors(found);
    const first = Object.keys(found.cells)[0];
    // Focus moves to the first cell to fix; the summary above the form counts the rest.
    requestAnimationFrame(() => {
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    });
  };
  const onEdit = (cell: string | null) =>
    setErrors((current) => {
      if (cell === null) return { ...current, cells: {} };
      if (!(cell in current.cells)) return current;
      const { [cell]: _fixed, ...cells } = current.cells;
      return { ...current, cells };
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.reset();
    const checked = checkReport(form.getValues(), report.period, report.currency, t);
    if (onBehalf && !reason.trim()) {
      setReasonError(t('reports.onBehalf.reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    if (checked.errors) showErrors(checked.errors);
    else {
      setErrors(noErrors);
      setConfirming(checked.content);
    }
  };
  const onConfirm = (content: ReportContent) => {
    autosave.cancelPending();
    const options = {
      onSuccess: (saved: ReportDetailRecord) => {
        setConfirming(null);
        onSubmitted(saved, report.revision);
      },
      onError: (error: Error) => {
        const found = serverReportErrors(error, form.getValues());
        // Field errors show under their cells, so the dialog gives way to them.
        if (found) {
          setConfirming(null);
          showErrors(found);
        }
      },
    };
    if (onBehalf) submitOnBehalf.mutate({ content, reason: reason.trim() }, options);
    else submitOwn.mutate(content, options);
  };
  const errorCount = Object.keys(errors.cells).length + errors.general.length;
  const month = monthName(report.period, format.locale);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('reports.form.label')}>
      {onBehalf ? (
        <div className="alert alert-info" role="note">
          {t('reports.onBehalf.intro', {
            name: report.distributorName,
            currency: report.currency,
          })}
        </div>
      ) : (
        <p className="muted">{t('reports.form.intro', { currency: report.currency })}</p>
      )}
      {onBehalf ? (
        <TextField
          ref={reasonRef}
          label={t('reports.onBehalf.reason')}
          hint={t('reports.onBehalf.reasonHint')}
          required
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(null);
          }}
          error={reasonError ? { type: 'required', message: reasonError } : undefined}
        />
      ) : null}
      {errorCount ? (
        <div className="alert alert-error" role="alert">
          <strong>{t('reports.form.errors', { count: errorCount })}</strong>
          {errors.general.length ? (
            <ul>
              {errors.general.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {confirming ? null : (
        <ProblemAlert
          error={serverReportErrors(submit.error, form.getValues()) ? null : submit.error}
        />
      )}
      <ReportFormSections
        control={form.control}
        register={form.register}
        errors={errors.cells}
        onEdit={onEdit}
        productLines={report.productLines}
        currency={report.currency}
      />
      <div className="form-actions report-form-actions">
        <span className="muted" role="status" aria-live="polite">
          {onBehalf
            ? null
            : autosave.isSaving
              ? t('reports.form.draftSaving')
              : autosave.error
                ? t('reports.form.draftFailed')
                : autosave.savedAt
                  ? t('reports.form.draftSaved', { time: savedTime(autosave.savedAt, format) })
                  : null}
        </span>
        {onBehalf ? (
          <button type="button" className="button" onClick={onBehalf.onCancel}>
            {t('actions.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button button-primary" disabled={submit.isPending}>
          {onBehalf
            ? t('reports.onBehalf.submit', { name: report.distributorName })
            : report.revision
              ? t('reports.form.submitRevision')
              : t('reports.form.submit')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('reports.form.confirmTitle', { month })}
          message={
            onBehalf
              ? t('reports.onBehalf.confirmMessage', {
                  revision: report.revision + 1,
                  name: report.distributorName,
                })
              : report.revision
                ? t('reports.form.confirmRevision', { revision: report.revision + 1 })
                : t('reports.form.confirmFirst')
          }
          confirmLabel={onBehalf ? t('reports.onBehalf.confirm') : t('reports.form.confirm')}
          isPending={submit.isPending}
          error={submit.error}
          onConfirm={() => onConfirm(confirming)}
          onClose={() => {
            submit.reset();
            setConfirming(null);
          }}
        />
      ) : null}
    </form>
  );
}

/** "14:05" today, the date and time on another day. */
function savedTime(
  iso: string,
  format: { locale: string; timeZone: string; dateTime: (iso: string) => string },
) {
  const day = (date: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: format.timeZone }).format(date);
  if (day(new Date(iso)) !== day(new Date())) return format.dateTime(iso);
  return new Intl.DateTimeFormat(format.locale, {
    timeStyle: 'short',
    timeZone: format.timeZone,
  }).format(new Date(iso));
}
