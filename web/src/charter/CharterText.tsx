import { useTranslation } from 'react-i18next';
import { charterSections } from '../../../src/charter/charter.content.ts';
import type { ProductLineNames } from './charter-format.ts';
import { SectionView } from './SectionView.tsx';
import type { CharterContent } from './use-charter.ts';

/** The whole charter text, section by section, in the order the documents print it. */
export function CharterText({
  content,
  names,
  marked,
}: {
  content: CharterContent;
  names: ProductLineNames;
  marked: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="charter-text-heading">
      <h2 id="charter-text-heading">{t('charter.text.title')}</h2>
      <ol className="charter-sections">
        {charterSections.map((section) => (
          <li key={section}>
            <section aria-labelledby={`charter-section-${section}`}>
              <h3 id={`charter-section-${section}`}>{t(`charter.sections.${section}`)}</h3>
              <SectionView section={section} content={content} names={names} marked={marked} />
            </section>
          </li>
        ))}
      </ol>
    </section>
  );
}
