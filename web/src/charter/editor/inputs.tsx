// Controlled inputs for the charter editor. Each names its place in the charter by a path inside
// the section ('grants/0/region'); with the section's pointer prefix that is the JSON pointer the
// client validation, the check endpoint and the save endpoint use for its errors.
import { type ComponentProps, type ReactNode, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../forms/fields.tsx';
import { type Base, RowContext, useFieldError, usePointer } from './section-context.tsx';

/**
 * What a control needs wherever it stands: its pointer and error, and inside a table row the
 * props of a bare control whose label is read out but not shown (the column header shows it).
 */
function useControl(path: string, label: string) {
  const row = useContext(RowContext);
  const pointer = usePointer(path);
  const error = useFieldError(path);
  const errorId = useId();
  const cell =
    row === null
      ? null
      : {
          'aria-label': `${label} (${row})`,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? errorId : undefined,
          'data-pointer': pointer,
        };
  return { pointer, error, errorId, cell };
}

/** A control in a table cell, with its error under it. */
function CellShell({
  error,
  errorId,
  children,
}: {
  error: ReturnType<typeof useFieldError>;
  errorId: string;
  children: ReactNode;
}) {
  return (
    <div className={`cell-control${error ? ' field-invalid' : ''}`}>
      {children}
      {error?.message ? (
        <p className="field-error" id={errorId}>
          {error.message}
        </p>
      ) : null}
    </div>
  );
}

function InputControl({ path, label, hint, className, ...input }: Base & ComponentProps<'input'>) {
  const { pointer, error, errorId, cell } = useControl(path, label);
  if (!cell) {
    return <TextField {...{ label, hint, className, error }} data-pointer={pointer} {...input} />;
  }
  return (
    <CellShell error={error} errorId={errorId}>
      <input {...cell} {...input} />
    </CellShell>
  );
}

function SelectControl({
  path,
  label,
  hint,
  className,
  children,
  ...select
}: Base & ComponentProps<'select'>) {
  const { pointer, error, errorId, cell } = useControl(path, label);
  if (!cell) {
    return (
      <SelectField {...{ label, hint, className, error }} data-pointer={pointer} {...select}>
        {children}
      </SelectField>
    );
  }
  return (
    <CellShell error={error} errorId={errorId}>
      <select {...cell} {...select}>
        {children}
      </select>
    </CellShell>
  );
}

export function TextInput({
  value,
  onChange,
  ...rest
}: Base & { value: string; onChange: (value: string) => void; maxLength?: number }) {
  return (
    <InputControl
      type="text"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...rest}
    />
  );
}

/** A number; an empty box is NaN, which validation reports as a required field. */
export function NumberInput({
  value,
  onChange,
  min,
  max,
  step = 1,
  ...rest
}: Base & {
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
}) {
  return (
    <InputControl
      type="number"
      inputMode={step === 1 ? 'numeric' : 'decimal'}
      min={min}
      max={max}
      step={step}
      value={Number.isFinite(value) ? value : ''}
      onChange={(event) =>
        onChange(event.target.value === '' ? Number.NaN : event.target.valueAsNumber)
      }
      {...rest}
    />
  );
}

/** A calendar date, YYYY-MM-DD; an optional one is null when empty. */
export function DateInput({
  value,
  onChange,
  required,
  ...rest
}: Base & { value: string | null; required?: boolean } & (
    | { required: true; onChange: (value: string) => void }
    | { required?: false; onChange: (value: string | null) => void }
  )) {
  return (
    <InputControl
      type="date"
      required={required}
      value={value ?? ''}
      onChange={(event) =>
        required ? onChange(event.target.value) : onChange(event.target.value || null)
      }
      {...rest}
    />
  );
}

export function SelectInput({
  value,
  onChange,
  children,
  ...rest
}: Base & {
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <SelectControl value={value} onChange={(event) => onChange(event.target.value)} {...rest}>
      {children}
    </SelectControl>
  );
}

/** One of a fixed set of values (an enum of the charter schema), each with its label. */
export function EnumSelect<T extends string>({
  options,
  optionLabel,
  value,
  onChange,
  ...rest
}: Base & {
  options: readonly T[];
  optionLabel: (option: T) => string;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <SelectInput
      value={value}
      onChange={(next) => {
        const chosen = options.find((option) => option === next);
        if (chosen) onChange(chosen);
      }}
      {...rest}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </SelectInput>
  );
}

export function CheckboxInput({
  path,
  label,
  checked,
  onChange,
}: Base & { checked: boolean; onChange: (checked: boolean) => void }) {
  const row = useContext(RowContext);
  const pointer = usePointer(path);
  const error = useFieldError(path);
  if (row !== null) {
    return (
      <input
        type="checkbox"
        aria-label={`${label} (${row})`}
        data-pointer={pointer}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
    );
  }
  return (
    <CheckboxField
      label={label}
      error={error}
      data-pointer={pointer}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

/** A longer free text with its label, e.g. the translation rule. */
export function TextAreaInput({
  path,
  label,
  hint,
  value,
  onChange,
  maxLength,
}: Base & { value: string; onChange: (value: string) => void; maxLength: number }) {
  return (
    <TextAreaField
      label={label}
      hint={hint}
      rows={2}
      maxLength={maxLength}
      className="span-2"
      error={useFieldError(path)}
      data-pointer={usePointer(path)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** The section's free-text clause: the words people need beside the typed fields. */
export function ClauseInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const pointer = usePointer('clause');
  return (
    <TextAreaField
      label={t('charterEditor.clause')}
      hint={t('charterEditor.clauseHint')}
      rows={3}
      maxLength={4000}
      className="span-2"
      error={useFieldError('clause')}
      data-pointer={pointer}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** Checkboxes for a fixed set of options, e.g. the report's contents or the channels. */
export function ChoiceList<T extends string>({
  path,
  label,
  options,
  optionLabel,
  value,
  onChange,
}: Base & {
  options: readonly T[];
  optionLabel: (option: T) => string;
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  const pointer = usePointer(path);
  const error = useFieldError(path);
  return (
    <fieldset
      className={`choice-list span-2${error ? ' field-invalid' : ''}`}
      data-pointer={pointer}
    >
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? options.filter((item) => item === option || value.includes(item))
                  : value.filter((item) => item !== option),
              )
            }
          />
          {optionLabel(option)}
        </label>
      ))}
      {error?.message ? <p className="field-error">{error.message}</p> : null}
    </fieldset>
  );
}
