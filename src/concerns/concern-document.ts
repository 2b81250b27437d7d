// The concern as a PDF, drawn by the charter documents' renderer (pdfkit, embedded Noto fonts):
// the facts, the letter in English and the distributor's language side by side (one table row per
// paragraph), and the evidence each paragraph rests on. A pure function of its input.
import { createPhrasebook, type DocumentKey } from '../charter/documents/document-language.ts';
import {
  asWritten,
  type Block,
  type DocumentModel,
  type Phrase,
} from '../charter/documents/document-model.ts';
import { renderDocumentPdf } from '../charter/documents/pdf-render.ts';
import type { ConcernCitation, ConcernSignal } from './concerns.schema.ts';

export type ConcernDocumentInput = {
  number: number;
  status: 'draft' | 'sent';
  principalName: string;
  distributorName: string;
  secondLanguage: string | null;
  subject: string;
  body: string;
  subjectTranslation: string | null;
  bodyTranslation: string | null;
  asOf: string;
  /** YYYY-MM-DD, once sent. */
  sentOn: string | null;
  responseDueOn: string | null;
  responseDays: number;
  signals: ConcernSignal[];
  citations: ConcernCitation[];
  /** The English reason of each signal, as the early warnings word it. */
  reasonOf: (signal: ConcernSignal) => string;
  generatedAt: Date;
};

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

function languageName(tag: string) {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function buildConcernModel(input: ConcernDocumentInput): DocumentModel {
  const phrases = createPhrasebook(input.secondLanguage);
  const label = (key: string, params = {}) =>
    phrases.label(`concern.${key}` as DocumentKey, params);
  const reference = label('reference', { number: input.number });
  const hasTranslation = Boolean(phrases.secondLanguage && input.bodyTranslation);
  const letter: Block[] = [];
  if (hasTranslation && phrases.secondLanguage) {
    const english = paragraphsOf(input.body);
    const translated = paragraphsOf(input.bodyTranslation ?? '');
    const rows: Phrase[][] = [
      [asWritten(input.subject), asWritten(input.subjectTranslation ?? '')],
    ];
    for (let index = 0; index < Math.max(english.length, translated.length); index++) {
      rows.push([asWritten(english[index] ?? ''), asWritten(translated[index] ?? '')]);
    }
    letter.push({
      kind: 'table',
      columns: [
        { title: asWritten(languageName('en')), width: 1 },
        { title: asWritten(languageName(phrases.secondLanguage)), width: 1 },
      ],
      rows,
      empty: phrases.label('value.none'),
    });
  } else {
    letter.push({ kind: 'subheading', text: asWritten(input.subject) });
    for (const paragraph of paragraphsOf(input.body)) {
      letter.push({ kind: 'paragraph', text: asWritten(paragraph) });
    }
  }
  const citationOf = (signal: ConcernSignal) =>
    input.citations.find((citation) => citation.signalKind === signal.kind);
  const evidence: Block = {
    kind: 'table',
    columns: [
      { title: label('label.citations'), width: 1.2 },
      { title: label('label.signal'), width: 2.2 },
      { title: label('label.evidence'), width: 1.6 },
    ],
    rows: input.signals.map((signal) => {
      const citation = citationOf(signal);
      return [
        citation
          ? label('clause', {
              number: citation.number,
              section: phrases.label(`section.${citation.section}` as DocumentKey),
            })
          : label('noCharter'),
        asWritten(input.reasonOf(signal)),
        asWritten(signal.evidence.map((item) => item.path).join('\n')),
      ];
    }),
    empty: phrases.label('value.none'),
  };
  const title = label('title');
  const isDraft = input.status === 'draft';
  return {
    secondLanguage: phrases.secondLanguage,
    title,
    subtitle: `${input.principalName} — ${input.distributorName}`,
    markers: isDraft ? [{ tone: 'draft', text: label('status.draft') }] : [],
    watermark: isDraft ? phrases.label('marker.watermark').text : null,
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: label('label.reference'), value: reference },
          { label: label('label.principal'), value: asWritten(input.principalName) },
          { label: label('label.distributor'), value: asWritten(input.distributorName) },
          {
            label: label('label.date'),
            value: asWritten(input.sentOn ?? input.asOf),
          },
          input.responseDueOn
            ? { label: label('label.responseDue'), value: asWritten(input.responseDueOn) }
            : {
                label: label('label.responseWithin'),
                value: phrases.label('value.days', { count: input.responseDays }),
              },
          {
            label: label('label.status'),
            value: label(isDraft ? 'status.draft' : 'status.sent'),
          },
        ],
      },
      { kind: 'heading', number: 1, text: label('label.letter') },
      ...letter,
      { kind: 'heading', number: 2, text: label('label.evidence') },
      evidence,
    ],
    footer: `${reference.text} · ${input.distributorName}`,
    pageLabel: (page, pages) => phrases.label('label.page', { page, pages }),
    metadata: {
      title: `${title.text} ${input.number}: ${input.principalName} — ${input.distributorName}`,
      author: input.principalName,
      subject: input.subject,
      createdAt: input.generatedAt,
    },
  };
}

export function renderConcernPdf(input: ConcernDocumentInput): Promise<Buffer> {
  return renderDocumentPdf(buildConcernModel(input));
}
