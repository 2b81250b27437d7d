// The building blocks of a charter section's readable form: tables, settings lists, names.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Format } from '../format/use-format.ts';
import { type ProductLineNames, productLineLabel } from './charter-format.ts';
import { useSubdivisions } from './editor/use-charter-editor.ts';
import type { CharterContent, CharterSection } from './use-charter.ts';

export type ViewProps<S extends CharterSection> = {
  value: CharterContent[S];
  names: ProductLineNames;
  /** Returns the class for an item at this pointer: marked or not. */
  mark: (pointer: string) => string | undefined;
  format: Format;
};

export function Table({ headings, children }: { headings: string[]; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <thead>
          <tr>
            {headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function None({ children }: { children: string }) {
  return <p className="muted">{children}</p>;
}

/** A settings list: each fact is [field name, pointer, value in words]. */
export function Facts({
  facts,
  mark,
}: {
  facts: [field: string, pointer: string, value: ReactNode][];
  mark: (pointer: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {facts.map(([field, pointer, value]) => (
        <Fragment key={pointer}>
          <dt className={mark(pointer)}>{t(`charter.fields.${field}`)}</dt>
          <dd className={mark(pointer)}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function RegionName({ country, region }: { country: string; region: string }) {
  const subdivisions = useSubdivisions(country);
  const name = subdivisions.data?.find((entry) => entry.code === region)?.name;
  return <>{name ? `${name} (${region})` : region}</>;
}

export function Lines({
  ids,
  names,
  all,
}: {
  ids: string[];
  names: ProductLineNames;
  all: string;
}) {
  if (ids.length === 0) return <span className="muted">{all}</span>;
  return (
    <ul className="charter-plain-list">
      {ids.map((id) => (
        <li key={id}>{productLineLabel(names, id)}</li>
      ))}
    </ul>
  );
}
