import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { charterSections } from '../../../src/charter/charter.content.ts';
import { EmptyState, QueryStatus } from '../shell/States.tsx';
import { productLineNames } from './charter-format.ts';
import { DifferenceTable } from './Differences.tsx';
import { type CharterOverviewRecord, type ProductLine, useCompareVersions } from './use-charter.ts';

/** Two versions side by side: every difference, grouped by section, before and after. */
export function ComparePanel({
  distributorId,
  overview,
  selected,
  catalogue,
}: {
  distributorId: string;
  overview: CharterOverviewRecord;
  selected: number;
  catalogue: ProductLine[];
}) {
  const { t } = useTranslation();
  const ids = { from: useId(), to: useId() };
  const versions = overview.versions.map((item) => item.version);
  const earlier = versions.find((version) => version < selected) ?? versions.at(-1) ?? selected;
  const [form, setForm] = useState({ from: earlier, to: selected });
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const comparison = useCompareVersions(distributorId, range);
  const names = productLineNames({}, catalogue);
  const compare = (event: FormEvent) => {
    event.preventDefault();
    setRange(form);
  };
  const options = overview.versions.map((item) => (
    <option key={item.version} value={item.version}>
      {t('charter.versions.version', { version: item.version })} ·{' '}
      {t(`charter.status.${item.status}`)}
    </option>
  ));
  return (
    <section className="card" aria-labelledby="charter-compare-heading">
      <h2 id="charter-compare-heading">{t('charter.compare.title')}</h2>
      <form className="charter-compare-form" onSubmit={compare}>
        <div className="toolbar-field">
          <label htmlFor={ids.from}>{t('charter.compare.from')}</label>
          <select
            id={ids.from}
            value={form.from}
            onChange={(event) => setForm({ ...form, from: Number(event.target.value) })}
          >
            {options}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={ids.to}>{t('charter.compare.to')}</label>
          <select
            id={ids.to}
            value={form.to}
            onChange={(event) => setForm({ ...form, to: Number(event.target.value) })}
          >
            {options}
          </select>
        </div>
        <button type="submit" className="button" disabled={form.from === form.to}>
          {t('charter.compare.submit')}
        </button>
      </form>
      {range === null ? null : comparison.isPending || comparison.isError ? (
        <QueryStatus query={comparison} />
      ) : comparison.data.differences.length === 0 ? (
        <EmptyState title={t('charter.compare.same')} />
      ) : (
        <div className="charter-compare-results">
          <p className="muted">
            {t('charter.compare.summary', {
              count: comparison.data.differences.length,
              from: comparison.data.from,
              to: comparison.data.to,
            })}
          </p>
          {charterSections.map((section) => {
            const differences = comparison.data.differences.filter(
              (difference) => difference.section === section,
            );
            if (differences.length === 0) return null;
            const headingId = `charter-compare-${section}`;
            return (
              <section key={section} aria-labelledby={headingId}>
                <h3 id={headingId}>{t(`charter.sections.${section}`)}</h3>
                <DifferenceTable
                  differences={differences}
                  names={names}
                  beforeLabel={t('charter.versions.version', { version: comparison.data.from })}
                  afterLabel={t('charter.versions.version', { version: comparison.data.to })}
                  caption={t(`charter.sections.${section}`)}
                />
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
