import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LifecycleStage } from '../../../src/distributors/distributors.schema.ts';
import { countryOptions } from '../format/countries.ts';
import { useFormat } from '../format/use-format.ts';
import { listOf, type usePortfolioParams } from './portfolio-params.ts';
import type { PortfolioParams } from './use-performance.ts';

type Update = ReturnType<typeof usePortfolioParams>['update'];
type Option = { value: string; label: string };

/** Search, countries and stages; the tier filter is the tier summary above the table. */
export function PortfolioFilters({ params, update }: { params: PortfolioParams; update: Update }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(
    () => countryOptions(format).map((country) => ({ value: country.code, label: country.name })),
    [format],
  );
  const stages = LifecycleStage.options.map((stage) => ({
    value: stage,
    label: t(`lifecycle.${stage}`),
  }));
  const [query, setQuery] = useState(params.q ?? '');
  const searchId = useId();

  // The box follows the URL (back button, clear filters) and the URL follows the box, 300 ms
  // after the last keystroke, as in the directory.
  useEffect(() => setQuery(params.q ?? ''), [params.q]);
  useEffect(() => {
    if (query === (params.q ?? '')) return;
    const timer = window.setTimeout(() => update({ q: query }), 300);
    return () => window.clearTimeout(timer);
  }, [query, params.q, update]);

  return (
    <search className="toolbar" aria-label={t('performance.portfolio.filters')}>
      <div className="toolbar-field toolbar-search">
        <label htmlFor={searchId}>{t('performance.portfolio.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('performance.portfolio.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <MultiSelect
        label={t('performance.portfolio.country')}
        placeholder={t('performance.portfolio.addCountry')}
        options={countries}
        selected={listOf(params.country)}
        onChange={(values) => update({ country: values.join(',') })}
      />
      <MultiSelect
        label={t('performance.portfolio.stage')}
        placeholder={t('performance.portfolio.addStage')}
        options={stages}
        selected={listOf(params.stage)}
        onChange={(values) => update({ stage: values.join(',') })}
      />
      <div className="toolbar-field field-checkbox">
        <label>
          <input
            type="checkbox"
            checked={params.owner === 'me'}
            onChange={(event) => update({ owner: event.target.checked ? 'me' : '' })}
          />{' '}
          {t('directory.owner.mine')}
        </label>
      </div>
    </search>
  );
}

/**
 * A native select that adds one value at a time, with the chosen values as removable chips:
 * keyboard and screen-reader friendly without a custom listbox.
 */
function MultiSelect({
  label,
  placeholder,
  options,
  selected,
  onChange,
}: {
  label: string;
  placeholder: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label;
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>{label}</label>
      <div className="multi-select">
        <select
          id={id}
          value=""
          onChange={(event) => {
            if (event.target.value) onChange([...selected, event.target.value]);
          }}
        >
          <option value="">{selected.length ? '+' : placeholder}</option>
          {options
            .filter((option) => !selected.includes(option.value))
            .map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
        </select>
        {selected.map((value) => (
          <button
            key={value}
            type="button"
            className="chip"
            aria-label={t('performance.portfolio.remove', { name: labelOf(value) ?? value })}
            onClick={() => onChange(selected.filter((other) => other !== value))}
          >
            {labelOf(value) ?? value} <span aria-hidden="true">×</span>
          </button>
        ))}
      </div>
    </div>
  );
}
