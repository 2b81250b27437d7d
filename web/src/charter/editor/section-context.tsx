// What the fields of one section share: where the section sits in the document (its JSON
// pointer), the errors and conflicts to show, and the product line catalogue.
import { createContext, type ReactNode, useContext } from 'react';
import { fieldErrorAt } from './pointers.ts';
import type { PointedMessage, ProductLine } from './types.ts';

type Section = {
  prefix: string;
  errors: readonly PointedMessage[];
  conflicts: readonly PointedMessage[];
  productLines: readonly ProductLine[];
};

export const SectionContext = createContext<Section>({
  prefix: '#',
  errors: [],
  conflicts: [],
  productLines: [],
});

/** The JSON pointer of a path inside the current section. */
export function usePointer(path: string) {
  const { prefix } = useContext(SectionContext);
  return path ? `${prefix}/${path}` : prefix;
}

export function useFieldError(path: string, inside = true) {
  const { errors } = useContext(SectionContext);
  return fieldErrorAt(errors, usePointer(path), { inside });
}

/** Inside a table row, controls carry the row's name in their label: "Region (grant 2)". */
export const RowContext = createContext<string | null>(null);

/** Cells of a hand-made table row: their controls are labelled "Minutes (weekly)" and so on. */
export function InRow({ label, children }: { label: string; children: ReactNode }) {
  return <RowContext.Provider value={label}>{children}</RowContext.Provider>;
}

/** What every editor field takes: its path inside the section and its label. */
export type Base = { path: string; label: string; hint?: string; className?: string };
