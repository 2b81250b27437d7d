import { type ReactNode, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { pipelineStages } from '../../../src/reports/report.content.ts';

/** What a cell holds decides its input: a product line or stage list, a number, a date, text. */
export type CellKind =
  | 'productLine'
  | 'stage'
  | 'integer'
  | 'money'
  | 'score'
  | 'date'
  | 'text'
  | 'longText';

const numberSteps: Partial<Record<CellKind, string>> = {
  integer: '1',
  money: '0.01',
  score: '0.1',
};

/**
 * One cell of a report table: a labelled input (the label is for screen readers; sighted people
 * read the column heading) with its error right below it.
 */
export function ReportCell({
  kind,
  label,
  error,
  field,
  productLines,
  disabled,
}: {
  kind: CellKind;
  label: string;
  error: string | undefined;
  field: UseFormRegisterReturn;
  productLines: readonly { code: string; name: string }[];
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    disabled,
    ...field,
  };
  let input: ReactNode;
  if (kind === 'productLine') {
    input = (
      <select {...common}>
        <option value="">{t('reports.form.choose')}</option>
        {productLines.map((line) => (
          <option key={line.code} value={line.code}>
            {line.code} · {line.name}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'stage') {
    input = (
      <select {...common}>
        {pipelineStages.map((stage) => (
          <option key={stage} value={stage}>
            {t(`reports.stages.${stage}`)}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'longText') {
    input = <textarea rows={2} {...common} />;
  } else if (kind === 'date') {
    input = <input type="date" {...common} />;
  } else if (kind === 'text') {
    input = <input type="text" {...common} />;
  } else {
    // Numbers: digits only, with the decimals the report keeps; the schema checks the rest.
    input = (
      <input
        type="number"
        inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
        min={0}
        max={kind === 'score' ? 10 : undefined}
        step={numberSteps[kind]}
        className="numeric"
        {...common}
      />
    );
  }
  return (
    <div className={`report-cell${error ? ' field-invalid' : ''}`}>
      {input}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
