// The library in words: which languages are offered, which file a reader gets, which day is when.
import { useMemo } from 'react';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { libraryLanguage, shippedLanguages } from '../../../src/platform/languages.ts';
import { type Format, useFormat } from '../format/use-format.ts';
import { isPrincipalRole, useSession } from '../session/use-session.ts';
import type { LibraryFile } from './use-library.ts';
import { useLibraryCoverage } from './use-library.ts';

export type LanguageChoice = { code: string; name: string };

/**
 * The languages a form offers, by name in the user's language: the ones Liaison ships, the ones
 * the distributors read (principal staff), the user's own and any the caller adds.
 */
export function useLanguageChoices(extra: readonly string[] = []): LanguageChoice[] {
  const me = useSession();
  const format = useFormat();
  const coverage = useLibraryCoverage(isPrincipalRole(me.role));
  const read = coverage.data?.languages;
  const extraKey = extra.join(',');
  return useMemo(() => {
    const codes = new Set(
      [
        ...shippedLanguages,
        me.user.locale,
        ...(read ?? []).map((entry) => entry.language),
        ...(extraKey ? extraKey.split(',') : []),
      ].map(libraryLanguage),
    );
    const collator = new Intl.Collator(format.locale);
    return [...codes]
      .map((code) => ({ code, name: format.language(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [format, me.user.locale, read, extraKey]);
}

export type ReaderFile = {
  file: LibraryFile;
  language: string;
  /** An earlier version than the document's current one. */
  isOlder: boolean;
};

/** "Vietnam, Thailand and Laos" in the user's language. */
export function listOf(format: Format, items: readonly string[]) {
  return new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(items);
}

/** The file types the server accepts, for the browser's file picker. */
export const acceptedFiles =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.avif,.bmp,.tif,.tiff,.heic,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.rtf,.csv,.tsv,.txt';

/**
 * A form's resolver that also asks for its file: the file is not a field of the server's schema,
 * so it is checked beside it and every problem shows at once.
 */
export function requiringFile<Values extends { file: FileList | null }, Output>(
  resolver: Resolver<Values, unknown, Output>,
  message: string,
): Resolver<Values, unknown, Output> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    if (values.file?.length) return result;
    const errors = { ...result.errors, file: { type: 'required', message } };
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
}
