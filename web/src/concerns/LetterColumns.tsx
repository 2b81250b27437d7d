import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format.ts';
import type { ConcernRecord } from './use-concerns.ts';

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** The letter as sent: English and the distributor's language side by side, paragraph by paragraph. */
export function LetterColumns({ concern }: { concern: ConcernRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = [
    { language: 'en', subject: concern.subject, body: concern.body },
    ...(concern.secondLanguage && concern.bodyTranslation
      ? [
          {
            language: concern.secondLanguage,
            subject: concern.subjectTranslation ?? '',
            body: concern.bodyTranslation,
          },
        ]
      : []),
  ];
  return (
    <div className={columns.length > 1 ? 'letter letter-two' : 'letter'}>
      {columns.map((column) => (
        <article
          key={column.language}
          className="card letter-column"
          lang={column.language}
          aria-label={t('concerns.page.letterIn', { language: format.language(column.language) })}
        >
          <p className="letter-language muted">{format.language(column.language)}</p>
          <h3>{column.subject}</h3>
          {paragraphsOf(column.body).map((paragraph, index) => (
            // Paragraphs have no identity of their own; their order is the letter's.
            // biome-ignore lint/suspicious/noArrayIndexKey: the letter's paragraphs never reorder
            <p key={index} className="letter-paragraph">
              {paragraph}
            </p>
          ))}
        </article>
      ))}
    </div>
  );
}
