// The shipped languages hold every text, and nothing a person reads bypasses i18next:
// - every key of the English catalogues exists in each shipped language, with the plural forms
//   that language has (i18next's suffixes from Intl.PluralRules) and the same {{variables}};
// - every key the web or the server asks for by name exists in English;
// - no JSX text or label attribute in the web is written out instead of translated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { languageTags, shippedLanguages } from '../src/platform/languages.ts';

const root = join(import.meta.dirname, '..');
const catalogueNames = readdirSync(join(root, 'locales/en')).map((file) =>
  file.replace('.json', ''),
);
const readCatalogue = (language: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, 'locales', language, `${name}.json`), 'utf8'));

function flatten(value: Record<string, unknown>, prefix = '', out = new Map<string, string>()) {
  for (const [key, entry] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (entry && typeof entry === 'object') flatten(entry as Record<string, unknown>, path, out);
    else out.set(path, String(entry));
  }
  return out;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** The keys a language must hold for the English ones: plural keys in that language's forms. */
function expectedKeys(english: Map<string, string>, language: string) {
  const categories = new Intl.PluralRules(languageTags[language as 'en']).resolvedOptions()
    .pluralCategories;
  const expected = new Map<string, string>();
  for (const [key, text] of english) {
    const plural = key.match(PLURAL);
    const base = plural?.[1];
    // A plural in English has its one and its other form ("concede_other" alone is a name).
    if (base !== undefined && english.has(`${base}_one`) && english.has(`${base}_other`)) {
      for (const category of categories) {
        const source = english.get(`${base}_${category}`) ?? english.get(`${base}_other`) ?? text;
        expected.set(`${base}_${category}`, source);
      }
    } else expected.set(key, text);
  }
  return expected;
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)]
    .map((match) => match[1])
    .sort()
    .join(', ');

describe('the catalogues of every shipped language', () => {
  for (const name of catalogueNames) {
    const english = flatten(readCatalogue('en', name));
    for (const language of shippedLanguages.filter((entry) => entry !== 'en')) {
      it(`${language}/${name}.json holds every key, in its plural forms, with the same variables`, () => {
        const translated = flatten(readCatalogue(language, name));
        const expected = expectedKeys(english, language);
        // A separator may be a space (Thai lists), but a text is never empty.
        const missing = [...expected.keys()].filter((key) => !translated.get(key));
        const extra = [...translated.keys()].filter((key) => !expected.has(key));
        const differing = [...expected]
          .filter(([key]) => translated.has(key))
          .filter(([key, text]) => variables(translated.get(key) ?? '') !== variables(text))
          .map(
            ([key, text]) =>
              `${key}: {${variables(text)}} ≠ {${variables(translated.get(key) ?? '')}}`,
          );
        expect({ missing, extra, differing }).toEqual({ missing: [], extra: [], differing: [] });
      });
    }
  }
});

function sourceFiles(directory: string, extensions: RegExp): string[] {
  return readdirSync(join(root, directory), { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => extensions.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'),
    )
    .map((file) => join(root, directory, file));
}

/** Literal keys of `t('…')` / `i18n.t('…')` calls (keys built at run time are not checked). */
function literalKeys(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const keys: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const [first] = node.arguments;
      if (name === 't' && first && ts.isStringLiteralLike(first)) keys.push(first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

describe('the keys the code asks for', () => {
  // Some translators carry a key prefix (getFixedT(language, namespace, 'concerns.next')), so a
  // key counts as known where it ends a known key or a branch of one.
  const known = catalogueNames.flatMap((name) => [...flatten(readCatalogue('en', name)).keys()]);
  const branches = new Set(
    known.flatMap((key) =>
      key.split('.').map((_, index, parts) => parts.slice(0, index + 1).join('.')),
    ),
  );
  const singular = (key: string) => key.replace(PLURAL, '$1');
  const exists = (key: string) =>
    [...branches].some((branch) => branch === key || branch.endsWith(`.${key}`)) ||
    known.some((entry) => singular(entry) === key || singular(entry).endsWith(`.${key}`));
  for (const [directory, pattern] of [
    ['web/src', /\.tsx?$/],
    ['src', /\.ts$/],
  ] as const) {
    it(`every literal key in ${directory} exists in English`, () => {
      const unknown = sourceFiles(directory, pattern).flatMap((file) =>
        literalKeys(file)
          .filter((key) => !key.includes(':') && !exists(key))
          .map((key) => `${file.slice(root.length + 1)}: ${key}`),
      );
      expect(unknown).toEqual([]);
    });
  }
});

/** Attributes a person reads or hears. */
const readAttributes = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
]);
/**
 * Written-out text that is not language: symbols, and examples of what to type (a web address, an
 * event name), which read the same in every language.
 */
const notLanguage = (text: string) =>
  !/\p{L}{2,}/u.test(text) || /^(https?:\/\/\S*|[a-z]+(\.[a-z_]+)+)$/.test(text.trim());

describe('the web', () => {
  it('writes no text out in JSX instead of translating it', () => {
    const found: string[] = [];
    for (const file of sourceFiles('web/src', /\.tsx$/)) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TSX,
      );
      const at = (node: ts.Node) =>
        `${file.slice(root.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && !notLanguage(node.text))
          found.push(`${at(node)} ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          readAttributes.has(node.name.getText(source)) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          !notLanguage(node.initializer.text)
        ) {
          found.push(`${at(node)} ${node.name.getText(source)}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });
});
