// Whom a document reaches: its product lines and territories, none chosen meaning all of them.
import { useId, useMemo, useRef, useState } from 'react';
import { type Control, Controller, type FieldError, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../format/countries.ts';
import { useFormat } from '../format/use-format.ts';
import { useProductLines } from '../product-lines/use-product-lines.ts';
import { QueryStatus } from '../shell/States.tsx';

function FieldMessages({ id, hint, error }: { id: string; hint: string; error?: FieldError }) {
  return error?.message ? (
    <p className="field-error" id={id}>
      {error.message}
    </p>
  ) : (
    <p className="field-hint" id={id}>
      {hint}
    </p>
  );
}

/** The product lines as checkboxes; an archived line stays shown while the document names it. */
export function ProductLinesField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const lines = useProductLines({ includeArchived: true });
  const messageId = useId();
  const shown = (lines.data ?? []).filter((line) => !line.archivedAt || value.includes(line.id));
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((entry) => entry !== id) : [...value, id]);
  return (
    <fieldset
      className={`field-group${error ? ' field-invalid' : ''}`}
      aria-describedby={messageId}
    >
      <legend>{t('library.form.productLines')}</legend>
      {lines.isPending || lines.isError ? (
        <QueryStatus query={lines} />
      ) : shown.length === 0 ? (
        <p className="muted">{t('library.form.noProductLines')}</p>
      ) : (
        <div className="field-group-choices library-choices">
          {shown.map((line) => (
            <label key={line.id}>
              <input
                type="checkbox"
                checked={value.includes(line.id)}
                onChange={() => toggle(line.id)}
              />
              {t('library.productLine', { code: line.code, name: line.name })}
            </label>
          ))}
        </div>
      )}
      <FieldMessages id={messageId} hint={t('library.form.productLinesHint')} error={error} />
    </fieldset>
  );
}

/** Territories chosen one by one from the list of countries, each with its own remove button. */
export function CountriesField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (codes: string[]) => void;
  error?: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(() => countryOptions(format), [format]);
  const [candidate, setCandidate] = useState('');
  const selectId = useId();
  const messageId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const add = () => {
    if (!candidate || value.includes(candidate)) return;
    onChange([...value, candidate]);
    setCandidate('');
  };
  return (
    <fieldset
      className={`field-group${error ? ' field-invalid' : ''}`}
      aria-describedby={messageId}
    >
      <legend>{t('library.form.countries')}</legend>
      {value.length ? (
        <ul className="library-tags">
          {value.map((code) => (
            <li key={code} className="library-tag">
              {format.country(code)}
              <button
                type="button"
                className="button-icon library-tag-remove"
                aria-label={t('library.form.removeCountry', { country: format.country(code) })}
                onClick={() => {
                  onChange(value.filter((entry) => entry !== code));
                  // The button goes away with its territory: the keyboard stays in the field.
                  select.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="library-all">{t('library.allTerritories')}</p>
      )}
      <div className="inline-form">
        <label htmlFor={selectId} className="visually-hidden">
          {t('library.form.addCountryLabel')}
        </label>
        <select
          id={selectId}
          ref={select}
          className="library-country-select"
          value={candidate}
          onChange={(event) => setCandidate(event.target.value)}
        >
          <option value="">{t('library.form.chooseCountry')}</option>
          {countries
            .filter((country) => !value.includes(country.code))
            .map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
        </select>
        <button type="button" className="button" disabled={!candidate} onClick={add}>
          {t('library.form.addCountry')}
        </button>
      </div>
      <FieldMessages id={messageId} hint={t('library.form.countriesHint')} error={error} />
    </fieldset>
  );
}

type ScopeValues = { productLineIds: string[]; countries: string[] };

/** Both fields inside a react-hook-form form whose values hold them (adding and editing). */
export function ScopeControllers<T extends ScopeValues, Output>({
  control,
  errors,
}: {
  control: Control<T, unknown, Output>;
  errors: FieldErrors<T>;
}) {
  // The forms differ in their other fields; these two have the same shape in both.
  const scope = control as unknown as Control<ScopeValues>;
  const scopeErrors = errors as FieldErrors<ScopeValues>;
  return (
    <>
      <Controller
        control={scope}
        name="productLineIds"
        render={({ field }) => (
          <ProductLinesField
            value={field.value}
            onChange={field.onChange}
            error={scopeErrors.productLineIds as FieldError | undefined}
          />
        )}
      />
      <Controller
        control={scope}
        name="countries"
        render={({ field }) => (
          <CountriesField
            value={field.value}
            onChange={field.onChange}
            error={scopeErrors.countries as FieldError | undefined}
          />
        )}
      />
    </>
  );
}
