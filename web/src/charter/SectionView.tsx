// One charter section in readable form: tables for lists, facts for settings, the free-text clause
// last. Items a conflict or a proposal points at are marked (the pointers are into the content).
import { useFormat } from '../format/use-format.ts';
import type { ProductLineNames } from './charter-format.ts';
import { isMarked } from './charter-rules.ts';
import { Communication, ProblemResolution, Reporting, Term } from './ProtocolSections.tsx';
import {
  Accounts,
  Goals,
  Inventory,
  PrincipalCommitments,
  ProductCoverage,
  Territory,
} from './TradeSections.tsx';
import type { CharterContent, CharterSection } from './use-charter.ts';

export function SectionView({
  section,
  content,
  names,
  marked = [],
}: {
  section: CharterSection;
  content: CharterContent;
  names: ProductLineNames;
  marked?: readonly string[];
}) {
  const format = useFormat();
  const mark = (pointer: string) => (isMarked(marked, pointer) ? 'charter-marked' : undefined);
  const common = { names, mark, format };
  const clause = content[section].clause;
  return (
    <div className="charter-section-body">
      {section === 'territory' ? <Territory value={content.territory} {...common} /> : null}
      {section === 'assignedAccounts' ? (
        <Accounts
          pointer="#/assignedAccounts/accounts"
          value={content.assignedAccounts}
          {...common}
        />
      ) : null}
      {section === 'carveOuts' ? (
        <Accounts pointer="#/carveOuts/accounts" value={content.carveOuts} {...common} />
      ) : null}
      {section === 'productCoverage' ? (
        <ProductCoverage value={content.productCoverage} {...common} />
      ) : null}
      {section === 'inventory' ? <Inventory value={content.inventory} {...common} /> : null}
      {section === 'principalCommitments' ? (
        <PrincipalCommitments value={content.principalCommitments} {...common} />
      ) : null}
      {section === 'goals' ? <Goals value={content.goals} {...common} /> : null}
      {section === 'reporting' ? <Reporting value={content.reporting} {...common} /> : null}
      {section === 'communication' ? (
        <Communication value={content.communication} {...common} />
      ) : null}
      {section === 'problemResolution' ? (
        <ProblemResolution value={content.problemResolution} {...common} />
      ) : null}
      {section === 'term' ? <Term value={content.term} {...common} /> : null}
      {clause ? (
        <p className={`charter-clause ${mark(`#/${section}/clause`) ?? ''}`}>{clause}</p>
      ) : null}
    </div>
  );
}
