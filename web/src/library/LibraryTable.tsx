import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format/use-format.ts';
import { FileLinks } from './FileLinks.tsx';
import { LanguageChip, openStatus } from './LanguageChip.tsx';
import type { ReaderFile } from './library-format.ts';
import type { LibraryDocument } from './use-library.ts';

/** The library's rows: what each document is, its state in every language, and the file to read. */
export function LibraryTable({
  items,
  isRefreshing,
  gapLanguage,
}: {
  items: LibraryDocument[];
  isRefreshing: boolean;
  /** The language filtered for: a document without it shows it as missing, first. */
  gapLanguage?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className={`table-wrap${isRefreshing ? ' is-refreshing' : ''}`}>
      <table className="table library-table">
        <caption className="visually-hidden">{t('library.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('library.columns.title')}</th>
            <th scope="col" className="hide-narrow">
              {t('library.columns.kind')}
            </th>
            <th scope="col" className="numeric hide-narrow">
              {t('library.columns.version')}
            </th>
            <th scope="col">{t('library.columns.languages')}</th>
            <th scope="col">{t('library.columns.file')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((document) => (
            <tr key={document.id} className={document.archived ? 'row-muted' : undefined}>
              <td>
                <Link to={`/library/${document.id}`} className="strong">
                  {document.title}
                </Link>
                {document.archived ? (
                  <>
                    {' '}
                    <span className="badge badge-muted">{t('library.archived')}</span>
                  </>
                ) : null}
                {document.description ? (
                  <p className="muted small library-description">{document.description}</p>
                ) : null}
              </td>
              <td className="hide-narrow">{t(`library.kinds.${document.kind}`)}</td>
              <td className="numeric hide-narrow">
                {t('library.versionNumber', { number: document.currentVersion })}
              </td>
              <td>
                <ul className="library-chips" aria-label={t('library.columns.languages')}>
                  {gapLanguage &&
                  !document.variants.some((variant) => variant.language === gapLanguage) ? (
                    <li>
                      <LanguageChip language={gapLanguage} state="missing" />
                    </li>
                  ) : null}
                  {document.variants.map((variant) => (
                    <li key={variant.language}>
                      <LanguageChip
                        language={variant.language}
                        state={variant.state}
                        version={variant.file?.versionNumber}
                        open={openStatus(variant.translation)}
                      />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ReaderFileCell
                  found={
                    document.readerFile
                      ? {
                          file: document.readerFile,
                          language: document.readerFile.language,
                          isOlder: document.readerFile.isOlder,
                        }
                      : null
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReaderFileCell({ found }: { found: ReaderFile | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!found) return <span className="muted">{t('library.file.none')}</span>;
  const language = format.language(found.language);
  return (
    <FileLinks
      file={found.file}
      note={
        found.isOlder
          ? t('library.file.older', { language, version: found.file.versionNumber })
          : t('library.file.inLanguage', { language })
      }
    />
  );
}
