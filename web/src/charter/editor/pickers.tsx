// Pickers for places and product lines: countries by name (Intl.DisplayNames), ISO 3166-2 regions
// from the API, and product lines from the principal's catalogue.
import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../format/countries.ts';
import { useFormat } from '../../format/use-format.ts';
import { SelectInput } from './inputs.tsx';
import {
  type Base,
  RowContext,
  SectionContext,
  useFieldError,
  usePointer,
} from './section-context.tsx';
import type { ProductLine } from './types.ts';
import { useSubdivisions } from './use-charter-editor.ts';

export function CountrySelect(props: Base & { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(() => countryOptions(format), [format]);
  return (
    <SelectInput {...props}>
      <option value="">{t('charterEditor.chooseCountry')}</option>
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </SelectInput>
  );
}

/** A region of `country` (ISO 3166-2), or the whole country when empty. */
export function RegionSelect({
  country,
  value,
  onChange,
  ...rest
}: Base & { country: string; value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const subdivisions = useSubdivisions(country);
  const options = subdivisions.data ?? [];
  // Until the list has loaded, the saved region stays a choice so the select keeps showing it.
  const isListed = !value || options.some((option) => option.code === value);
  return (
    <SelectInput
      value={value ?? ''}
      onChange={(next) => onChange(next || null)}
      disabled={!country}
      {...rest}
    >
      <option value="">
        {subdivisions.isFetching ? t('app.loading') : t('charterEditor.territory.wholeCountry')}
      </option>
      {isListed || !value ? null : <option value={value}>{value}</option>}
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name} ({option.code})
        </option>
      ))}
    </SelectInput>
  );
}

/** "BRK Brake pads": how a product line is named in pickers. */
export function productLineLabel(line: Pick<ProductLine, 'code' | 'name'>) {
  return `${line.code} ${line.name}`;
}

/**
 * Product lines to tick. Archived lines are offered only while the text still names them, and
 * an id the catalogue does not know stays visible so it can be unticked.
 */
export function ProductLineChecklist({
  value,
  onChange,
  legend,
}: {
  value: readonly string[];
  onChange: (value: string[]) => void;
  legend: string;
}) {
  const { t } = useTranslation();
  const { productLines } = useContext(SectionContext);
  const offered = productLines.filter((line) => !line.archivedAt || value.includes(line.id));
  const unknown = value.filter((id) => !productLines.some((line) => line.id === id));
  return (
    <fieldset className="checklist">
      <legend className="visually-hidden">{legend}</legend>
      {offered.length === 0 && unknown.length === 0 ? (
        <p className="muted small">{t('charterEditor.productLines.none')}</p>
      ) : null}
      {offered.map((line) => (
        <label key={line.id} className="choice">
          <input
            type="checkbox"
            checked={value.includes(line.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...value, line.id]
                  : value.filter((item) => item !== line.id),
              )
            }
          />
          {productLineLabel(line)}
          {line.archivedAt ? (
            <span className="badge badge-muted">{t('charterEditor.productLines.archived')}</span>
          ) : null}
        </label>
      ))}
      {unknown.map((id) => (
        <label key={id} className="choice">
          <input
            type="checkbox"
            checked
            onChange={() => onChange(value.filter((item) => item !== id))}
          />
          {t('charterEditor.productLines.unknown', { id })}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Several product lines in a small drop-down, for a table cell; none ticked means `emptyLabel`
 * (e.g. all lines).
 */
export function ProductLinePicker({
  path,
  label,
  emptyLabel,
  value,
  onChange,
}: Base & { emptyLabel: string; value: readonly string[]; onChange: (value: string[]) => void }) {
  const row = useContext(RowContext);
  const { productLines } = useContext(SectionContext);
  const pointer = usePointer(path);
  const error = useFieldError(path);
  const errorId = useId();
  const names = value.map(
    (id) => productLines.find((line) => line.id === id)?.code ?? id.slice(0, 8),
  );
  const fullLabel = row === null ? label : `${label} (${row})`;
  const ref = useRef<HTMLDetailsElement>(null);
  const [isOpen, setOpen] = useState(false);
  // Like a select: a click elsewhere or Escape closes the list (Escape gives focus back).
  useEffect(() => {
    const details = ref.current;
    if (!isOpen || !details) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    details.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      details.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);
  return (
    <div className={`cell-control${error ? ' field-invalid' : ''}`}>
      <details
        ref={ref}
        className="picker"
        data-pointer={pointer}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary
          aria-label={`${fullLabel}: ${names.length ? names.join(', ') : emptyLabel}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        >
          {names.length ? names.join(', ') : emptyLabel}
        </summary>
        <div className="picker-panel">
          <ProductLineChecklist legend={fullLabel} value={value} onChange={onChange} />
        </div>
      </details>
      {error?.message ? (
        <p className="field-error" id={errorId}>
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
