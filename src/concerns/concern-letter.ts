// The formal performance concern's first draft, written from the template in
// locales/<lang>/documents.json ("concern") in English and in the distributor's language: one
// paragraph per signal, each citing the charter section it concerns and the figures behind it.
// A pure function of its input; the principal edits the text before sending.
import { type CharterContent, charterSections } from '../charter/charter.content.ts';
import {
  createPhrasebook,
  type DocumentKey,
  type LabelParams,
  type Phrasebook,
} from '../charter/documents/document-language.ts';
import type { Phrase } from '../charter/documents/document-model.ts';
import type { ConcernCitation, ConcernSignal } from './concerns.schema.ts';

export type LetterInput = {
  number: number;
  asOf: string;
  principalName: string;
  distributorName: string;
  /** Whom the letter greets: the first rung of the distributor's ladder, else its team. */
  addresseeName: string | null;
  senderName: string;
  signals: ConcernSignal[];
  charter: CharterContent | null;
  productLines: Map<string, { code: string; name: string }>;
  /** The distributor's language (a BCP 47 tag); English alone when it has no catalogue. */
  language: string | null;
  /** The English reason of a signal the template has no paragraph for (a newer kind). */
  reasonOf: (signal: ConcernSignal) => string;
};

export type LetterText = {
  secondLanguage: string | null;
  subject: string;
  body: string;
  subjectTranslation: string | null;
  bodyTranslation: string | null;
  citations: ConcernCitation[];
};

/** The charter section each signal concerns. */
const sectionOfSignal: Record<string, (typeof charterSections)[number]> = {
  stock_below_buffer: 'inventory',
  report_late: 'reporting',
  revenue_down: 'goals',
  orders_down: 'goals',
  meetings_missed: 'communication',
  follow_ups_overdue: 'communication',
  silence: 'communication',
  competitor_mentioned: 'productCoverage',
};

export function sectionNumber(section: (typeof charterSections)[number]): number {
  return charterSections.indexOf(section) + 1;
}

const asText = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

function bufferCommitments(input: LetterInput, phrases: Phrasebook): Phrase {
  const lines = input.charter?.inventory.lines ?? [];
  const byWeeks = new Map<number, string[]>();
  let others: number | null = null;
  for (const line of lines) {
    if (line.productLineId === null) {
      others = line.bufferWeeks;
      continue;
    }
    const code = input.productLines.get(line.productLineId)?.code ?? line.productLineId;
    byWeeks.set(line.bufferWeeks, [...(byWeeks.get(line.bufferWeeks) ?? []), code]);
  }
  const parts = [...byWeeks].map(([weeks, codes]) =>
    phrases.label('concern.buffer.lines', { weeks, lines: codes.join(', ') }),
  );
  if (others !== null) {
    parts.push(
      phrases.label(parts.length ? 'concern.buffer.otherLines' : 'concern.buffer.allLines', {
        weeks: others,
      }),
    );
  }
  if (!parts.length) return phrases.label('value.none');
  const separator = phrases.label('concern.buffer.separator');
  return {
    text: parts.map((part) => part.text).join(separator.text),
    translation: phrases.secondLanguage
      ? parts
          .map((part) => part.translation ?? part.text)
          .join(separator.translation ?? separator.text)
      : null,
  };
}

/** A fall in revenue compared one way only is written without the comparison it lacks. */
function variantOf(signal: ConcernSignal) {
  if (signal.kind !== 'revenue_down') return '';
  if (signal.params.againstLastYearPercent === '—') return '_prior';
  return signal.params.againstPrior3MonthsPercent === '—' ? '_last_year' : '';
}

function signalParagraph(
  input: LetterInput,
  phrases: Phrasebook,
  signal: ConcernSignal,
): { phrase: Phrase; citation: ConcernCitation | null } {
  const section = sectionOfSignal[signal.kind];
  const params: LabelParams = Object.fromEntries(
    Object.entries(signal.params).map(([key, value]) => [key, asText(value)]),
  );
  const cited = section && input.charter ? section : null;
  const key = `concern.signal.${signal.kind}${variantOf(signal)}` as DocumentKey;
  const known = phrases.label(key).text !== key;
  if (!known) {
    const reason = input.reasonOf(signal);
    return {
      phrase: { text: reason, translation: null },
      citation: null,
    };
  }
  const clause: Phrase = cited
    ? phrases.label('concern.clause', {
        number: sectionNumber(cited),
        section: phrases.label(`section.${cited}` as DocumentKey),
      })
    : phrases.label('concern.noCharter');
  const phrase = phrases.label(key, {
    ...params,
    clause,
    distributor: input.distributorName,
    commitments: bufferCommitments(input, phrases),
    dueDay: input.charter?.reporting.monthlyReportDueDay ?? 10,
  });
  return {
    phrase,
    citation: cited
      ? { section: cited, number: sectionNumber(cited), signalKind: signal.kind }
      : null,
  };
}

export function writeConcernLetter(input: LetterInput): LetterText {
  const phrases = createPhrasebook(input.language);
  const paragraphs: Phrase[] = [];
  paragraphs.push(
    input.addresseeName
      ? phrases.label('concern.salutation', { name: input.addresseeName })
      : phrases.label('concern.salutationTeam', { distributor: input.distributorName }),
  );
  paragraphs.push(
    input.charter
      ? phrases.label('concern.opening', {
          since: input.charter.term.startsOn,
          asOf: input.asOf,
        })
      : phrases.label('concern.openingWithoutCharter', { asOf: input.asOf }),
  );
  const citations: ConcernCitation[] = [];
  for (const signal of input.signals) {
    const { phrase, citation } = signalParagraph(input, phrases, signal);
    paragraphs.push(phrase);
    if (citation) citations.push(citation);
  }
  paragraphs.push(phrases.label('concern.request'));
  paragraphs.push(phrases.label('concern.closing'));
  paragraphs.push(
    phrases.label('concern.signOff', { name: input.senderName, principal: input.principalName }),
  );
  const subject = phrases.label('concern.subject', {
    number: input.number,
    distributor: input.distributorName,
  });
  const secondLanguage = phrases.secondLanguage;
  return {
    secondLanguage,
    subject: subject.text,
    body: paragraphs.map((paragraph) => paragraph.text).join('\n\n'),
    subjectTranslation: secondLanguage ? (subject.translation ?? subject.text) : null,
    bodyTranslation: secondLanguage
      ? paragraphs.map((paragraph) => paragraph.translation ?? paragraph.text).join('\n\n')
      : null,
    citations,
  };
}
