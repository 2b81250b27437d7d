import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useFormat } from '../format/use-format.ts';
import type { ProductLine } from '../product-lines/use-product-lines.ts';
import { ProblemAlert } from '../shell/States.tsx';
import { periodTime } from './kpi-format.ts';
import { TargetSourceLabel } from './TargetSourceLabel.tsx';
import {
  type Cells,
  cellKey,
  cellsOf,
  type LineCode,
  type PeriodKind,
  parseAmount,
  periodsOf,
  targetsOf,
  unitsOf,
} from './targets-grid.ts';
import { useKpiFormat } from './use-kpi-format.ts';
import { type PeriodTargetRecord, type TargetRecord, useSetTargets } from './use-performance.ts';

type Row = { code: LineCode; name: string };

/**
 * Product lines (and "All lines") down, the year's months, quarters or the year across. Saving
 * replaces the whole year, so an emptied cell removes its target. Every cell also shows the
 * target the scorecard uses for it and where it comes from (entered, or derived from the quarter,
 * the year, the lines or the months), as the server derives it.
 */
export function TargetsGrid({
  distributorId,
  year,
  kind,
  currency,
  targets,
  derived,
  productLines,
  canEdit,
}: {
  distributorId: string;
  year: number;
  kind: PeriodKind;
  currency: string;
  targets: TargetRecord[];
  derived: PeriodTargetRecord[];
  productLines: ProductLine[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const format = useKpiFormat();
  const save = useSetTargets(distributorId);
  const [saved, setSaved] = useState(() => cellsOf(targets));
  const [cells, setCells] = useState<Cells>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const units = useMemo(() => unitsOf(targets), [targets]);
  const rows = useMemo(
    () => rowsOf(productLines, targets, t('performance.targets.allLines')),
    [productLines, targets, t],
  );
  const periods = periodsOf(year, kind);
  const derivedOf = useMemo(
    () =>
      new Map(
        derived.map((target) => [
          cellKey(target.productLine, target.periodKind, target.period),
          target,
        ]),
      ),
    [derived],
  );
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const periodLabel = (period: string) =>
    kind === 'month'
      ? format.period(period)
      : kind === 'quarter'
        ? t('performance.targets.quarter', {
            quarter: (Number(period.slice(5)) + 2) / 3,
            year,
          })
        : String(year);
  const isDirty = JSON.stringify(clean(cells)) !== JSON.stringify(clean(saved));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { targets: list, invalid } = targetsOf(cells, units, locale);
    if (invalid.length) {
      setErrors(
        Object.fromEntries(invalid.map((key) => [key, t('performance.targets.invalidNumber')])),
      );
      return;
    }
    setErrors({});
    const submitted = { ...cells };
    save.mutate(
      {
        replaceYear: year,
        targets: list.map(({ key: _, ...target }) => target),
      },
      {
        onSuccess: () => setSaved(submitted),
        onError: (error) =>
          setErrors(
            cellErrorsOf(
              error,
              list.map((target) => target.key),
            ),
          ),
      },
    );
  };

  const labelOf = (key: string) => {
    const [line, , period = ''] = key.split('|');
    const row = rows.find((candidate) => (candidate.code ?? '*') === line);
    return t('performance.targets.cellLabel', {
      line: row?.name ?? line,
      period: periodLabel(period),
    });
  };
  const errorKeys = Object.keys(errors);

  return (
    <form className="card section" onSubmit={onSubmit} noValidate>
      {errorKeys.length ? (
        <div className="alert alert-error" role="alert">
          <strong>{t('performance.targets.fixCells')}</strong>
          <ul>
            {errorKeys.map((key) => (
              <li key={key} id={`target-error-${key}`}>
                {t('performance.targets.cellError', { cell: labelOf(key), detail: errors[key] })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ProblemAlert error={save.error} />
      )}
      <div className="table-wrap">
        <table className="table table-compact targets-grid">
          <caption className="visually-hidden">
            {t('performance.targets.intro', { currency })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('performance.targets.productLine')}</th>
              {periods.map((period) => (
                <th key={period} scope="col" className="numeric" title={periodLabel(period)}>
                  {/* The year is chosen above, so a month's column needs only its name. */}
                  {kind === 'month' ? monthName.format(periodTime(period)) : periodLabel(period)}
                </th>
              ))}
              {periods.length > 1 ? (
                <th scope="col" className="numeric">
                  {t('performance.targets.total')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              // What each period counts for: the amount typed, else the target derived for it.
              const total = periods.reduce((sum, period) => {
                const key = cellKey(row.code, kind, period);
                const text = cells[key] ?? '';
                const amount =
                  text.trim() === ''
                    ? (derivedOf.get(key)?.revenue ?? 0)
                    : parseAmount(text, locale);
                return Number.isNaN(amount) ? sum : sum + amount;
              }, 0);
              return (
                <tr key={row.code ?? '*'}>
                  <th scope="row">
                    {row.name}
                    {row.code ? <span className="muted"> · {row.code}</span> : null}
                  </th>
                  {periods.map((period) => {
                    const key = cellKey(row.code, kind, period);
                    const value = cells[key] ?? '';
                    const target = derivedOf.get(key);
                    // A derived figure shows while its cell is empty and unchanged since saving.
                    const shown =
                      value === '' && (saved[key] ?? '') === '' && target?.source.kind !== 'entered'
                        ? target
                        : undefined;
                    const sourceId = `target-source-${key}`;
                    return (
                      <td key={period} className="numeric">
                        {canEdit ? (
                          <input
                            className="target-cell"
                            inputMode="decimal"
                            aria-label={labelOf(key)}
                            aria-invalid={errors[key] ? true : undefined}
                            aria-describedby={
                              [
                                errors[key] ? `target-error-${key}` : '',
                                shown || value !== '' ? sourceId : '',
                              ]
                                .filter(Boolean)
                                .join(' ') || undefined
                            }
                            value={value}
                            onChange={(event) =>
                              setCells((before) => ({ ...before, [key]: event.target.value }))
                            }
                          />
                        ) : (
                          format.money(
                            value === '' ? (shown?.revenue ?? null) : Number(value),
                            currency,
                          )
                        )}
                        {shown ? (
                          <TargetSourceLabel
                            id={sourceId}
                            source={shown.source}
                            amount={canEdit ? format.money(shown.revenue, currency) : null}
                          />
                        ) : value !== '' ? (
                          <TargetSourceLabel
                            id={sourceId}
                            source={{ kind: 'entered', period: null }}
                          />
                        ) : null}
                      </td>
                    );
                  })}
                  {periods.length > 1 ? (
                    <td className="numeric strong">{format.money(total || null, currency)}</td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <div className="form-actions">
          <span role="status" className="muted">
            {isDirty
              ? t('performance.targets.unsaved')
              : save.isSuccess
                ? t('performance.targets.saved')
                : ''}
          </span>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('actions.saving') : t('performance.targets.save')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

/** All lines first, then the catalogue, plus any archived line that still carries a target. */
function rowsOf(productLines: ProductLine[], targets: TargetRecord[], allLines: string): Row[] {
  const rows = new Map<string, Row>();
  for (const line of productLines) rows.set(line.code, { code: line.code, name: line.name });
  for (const target of targets) {
    const line = target.productLine;
    if (line && !rows.has(line.code)) rows.set(line.code, { code: line.code, name: line.name });
  }
  const sorted = [...rows.values()].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
  return [{ code: null, name: allLines }, ...sorted];
}

const clean = (cells: Cells) =>
  Object.fromEntries(
    Object.entries(cells)
      .filter(([, value]) => value.trim() !== '')
      .sort(),
  );

/** "#/targets/3/period" → the cell of the fourth target sent. */
function cellErrorsOf(error: unknown, keys: string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const placed: Record<string, string> = {};
  for (const item of error.problem.errors ?? []) {
    const index = /^#\/targets\/(\d+)/.exec(item.pointer)?.[1];
    const key = index === undefined ? undefined : keys[Number(index)];
    if (key) placed[key] ??= item.detail;
  }
  return placed;
}
