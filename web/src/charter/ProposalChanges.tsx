import { useTranslation } from 'react-i18next';
import { diffContent } from '../../../src/charter/diff.ts';
import type { SideName } from '../api/types.ts';
import type { ProductLineNames } from './charter-format.ts';
import { DifferenceTable } from './Differences.tsx';
import { SectionView } from './SectionView.tsx';
import type { CharterContent, CharterSection } from './use-charter.ts';

/** A section's proposed wording applied to the content (the API checked it against the schema). */
export function withProposal(
  content: CharterContent,
  section: CharterSection,
  proposal: unknown,
): CharterContent {
  // The API stores only proposals that parse as this section, so the shape is the section's.
  return { ...content, [section]: proposal } as CharterContent;
}

/** What a proposal would change: the differences, then the current and proposed section side by side. */
export function ProposalChanges({
  section,
  content,
  proposal,
  proposalBy,
  names,
}: {
  section: CharterSection;
  content: CharterContent;
  proposal: unknown;
  proposalBy: SideName | null;
  names: ProductLineNames;
}) {
  const { t } = useTranslation();
  const proposed = withProposal(content, section, proposal);
  const differences = diffContent(content, proposed);
  const marked = differences.map((difference) => difference.path);
  const proposalLabel = proposalBy
    ? t('charter.proposal.by', { side: t(`side.${proposalBy}`) })
    : t('charter.proposal.title');
  return (
    <div className="charter-proposal">
      {differences.length === 0 ? (
        <p className="muted">{t('charter.proposal.noChange')}</p>
      ) : (
        <DifferenceTable
          differences={differences}
          names={names}
          beforeLabel={t('charter.proposal.current')}
          afterLabel={proposalLabel}
          caption={t('charter.proposal.changes')}
        />
      )}
      <details className="charter-proposal-details">
        <summary>{t('charter.proposal.sideBySide')}</summary>
        <div className="two-columns">
          <div>
            <h4>{t('charter.proposal.current')}</h4>
            <SectionView section={section} content={content} names={names} marked={marked} />
          </div>
          <div>
            <h4>{proposalLabel}</h4>
            <SectionView section={section} content={proposed} names={names} marked={marked} />
          </div>
        </div>
      </details>
    </div>
  );
}
