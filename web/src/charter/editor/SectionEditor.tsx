// One section of a charter as a structured form: the charter editor shows every section of a
// draft with it, and a negotiation point uses it to propose a section's new value.
import { useMemo } from 'react';
import { defaultCharterContent } from '../../../../src/charter/charter.content.ts';
import { AccountsEditor } from './AccountsEditor.tsx';
import { GoalsEditor, PrincipalCommitmentsEditor, ReportingEditor } from './CommitmentsEditors.tsx';
import { CommunicationEditor } from './CommunicationEditor.tsx';
import { InventoryEditor, ProductCoverageEditor } from './CoverageEditors.tsx';
import { today } from './rows.ts';
import { SectionContext } from './section-context.tsx';
import { ProblemResolutionEditor, TermEditor } from './TermsEditors.tsx';
import { TerritoryEditor } from './TerritoryEditor.tsx';
import type { CharterContent, CharterSection, PointedMessage, ProductLine } from './types.ts';
import './charter-editor.css';

/**
 * The section's value with any missing field taken from the usual terms, so a partial proposal
 * still shows every field; a field of the wrong type shows up as invalid when it is validated.
 */
function sectionValue<S extends CharterSection>(section: S, value: unknown): CharterContent[S] {
  const usual = defaultCharterContent(today())[section];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return usual;
  // The callers hand in this section's value (a draft's or a proposal's), perhaps incomplete.
  return { ...usual, ...value } as CharterContent[S];
}

/**
 * Edits one section. Errors (and conflicts) whose JSON pointer is `pointerPrefix` + '/…' show
 * under the field they name; the prefix defaults to '#/content/<section>', as in the save and
 * check endpoints' answers (a negotiation point's proposal would pass '#/proposal').
 */
export function SectionEditor(props: {
  section: CharterSection;
  value: unknown;
  onChange: (value: unknown) => void;
  productLines: ProductLine[];
  errors?: { pointer: string; detail: string }[];
  pointerPrefix?: string;
  /** Territory conflicts, shown under the grant or account they point at (same pointers). */
  conflicts?: { pointer: string; detail: string }[];
}) {
  const { section, value, onChange, productLines, errors, pointerPrefix, conflicts } = props;
  const context = useMemo(
    () => ({
      prefix: (pointerPrefix ?? `#/content/${section}`).replace(/\/$/, ''),
      errors: errors ?? noMessages,
      conflicts: conflicts ?? noMessages,
      productLines,
    }),
    [section, pointerPrefix, errors, conflicts, productLines],
  );
  return (
    <SectionContext.Provider value={context}>
      <div className="section-editor" data-section={section}>
        <SectionForm section={section} value={value} onChange={onChange} />
      </div>
    </SectionContext.Provider>
  );
}

const noMessages: PointedMessage[] = [];

function SectionForm({
  section,
  value,
  onChange,
}: {
  section: CharterSection;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  switch (section) {
    case 'territory':
      return <TerritoryEditor value={sectionValue(section, value)} onChange={onChange} />;
    case 'assignedAccounts':
    case 'carveOuts':
      return (
        <AccountsEditor kind={section} value={sectionValue(section, value)} onChange={onChange} />
      );
    case 'productCoverage':
      return <ProductCoverageEditor value={sectionValue(section, value)} onChange={onChange} />;
    case 'inventory':
      return <InventoryEditor value={sectionValue(section, value)} onChange={onChange} />;
    case 'principalCommitments':
      return (
        <PrincipalCommitmentsEditor value={sectionValue(section, value)} onChange={onChange} />
      );
    case 'goals':
      return <GoalsEditor value={sectionValue(section, value)} onChange={onChange} />;
    case 'reporting':
      return <ReportingEditor value={sectionValue(section, value)} onChange={onChange} />;
    case 'communication':
      return <CommunicationEditor value={sectionValue(section, value)} onChange={onChange} />;
    case 'problemResolution':
      return <ProblemResolutionEditor value={sectionValue(section, value)} onChange={onChange} />;
    case 'term':
      return <TermEditor value={sectionValue(section, value)} onChange={onChange} />;
  }
}
