// The evaluation as a PDF, drawn by the charter documents' renderer (pdfkit, embedded Noto fonts):
// English and the distributor's language side by side, with the figures Liaison prepared, both
// assessments, areas for improvement, the decision and the follow-ups. It prints what the
// distributor may read (the principal's internal note and figures never), so either side may
// share it. A pure function of its input.
import { createPhrasebook, type DocumentKey } from '../charter/documents/document-language.ts';
import {
  asWritten,
  type Block,
  type DocumentModel,
  type Phrase,
} from '../charter/documents/document-model.ts';
import { renderDocumentPdf } from '../charter/documents/pdf-render.ts';
import { formatKpi } from '../reports/packs.ts';
import type { EvaluationView } from './evaluations.schema.ts';

export type EvaluationDocumentInput = {
  evaluation: EvaluationView;
  principalName: string;
  /** The distributor's language (BCP 47), printed beside English; null for English alone. */
  language: string | null;
  generatedAt: Date;
};

const w = asWritten;
const amount = (value: number | null, currency: string) =>
  value === null
    ? '—'
    : `${value.toLocaleString('en-GB', { maximumFractionDigits: 0 })} ${currency}`;
const score = (value: number | null) => (value === null ? '—' : value.toFixed(1));

export function buildEvaluationModel(input: EvaluationDocumentInput): DocumentModel {
  const { evaluation } = input;
  const figures = evaluation.figures;
  const phrases = createPhrasebook(input.language);
  const label = (key: string, params = {}) =>
    phrases.label(`evaluation.${key}` as DocumentKey, params);
  const none = label('none');
  let heading = 0;
  const section = (key: string): Block => ({
    kind: 'heading',
    number: ++heading,
    text: label(`section.${key}`),
  });
  const table = (columns: [string, number][], rows: Phrase[][]): Block => ({
    kind: 'table',
    columns: columns.map(([key, width]) => ({ title: label(`column.${key}`), width })),
    rows,
    empty: none,
  });
  const text = (value: string | null): Block[] =>
    (value ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph): Block => ({ kind: 'paragraph', text: w(paragraph) }))
      .concat(value ? [] : [{ kind: 'paragraph', text: none }]);
  const isDraft = evaluation.status === 'draft';
  const title = label('title');
  return {
    secondLanguage: phrases.secondLanguage,
    title,
    subtitle: `${input.principalName} — ${evaluation.distributorName}`,
    markers: isDraft ? [{ tone: 'draft', text: label('status.draft') }] : [],
    watermark: isDraft ? phrases.label('marker.watermark').text : null,
    blocks: [
      {
        kind: 'fields',
        rows: [
          {
            label: label('field.evaluation'),
            // A yearly one is named in both languages; an on-demand one by the title it was given.
            value:
              evaluation.kind === 'yearly'
                ? label('yearly', { year: evaluation.year })
                : w(evaluation.title),
          },
          { label: label('field.distributor'), value: w(evaluation.distributorName) },
          { label: label('field.period'), value: w(`${figures.from} – ${figures.to}`) },
          {
            label: label('field.prepared'),
            value: w(evaluation.preparedAt.toISOString().slice(0, 10)),
          },
          { label: label('field.status'), value: label(`status.${evaluation.status}`) },
          {
            label: label('field.decision'),
            value: evaluation.decision ? label(`decision.${evaluation.decision}`) : none,
          },
        ],
      },
      section('figures'),
      table(
        [
          ['figure', 3],
          ['value', 2],
          ['target', 2],
        ],
        [
          [
            label('revenue'),
            w(amount(figures.revenue.actual, figures.currency)),
            w(amount(figures.revenue.target, figures.currency)),
          ],
          ...figures.kpis.map((kpi) => [
            phrases.label(`pack.kpi.${kpi.key}`),
            formatKpi(phrases, kpi.unit, kpi.value),
            formatKpi(phrases, kpi.unit, kpi.target),
          ]),
        ],
      ),
      section('goals'),
      table(
        [
          ['goal', 3],
          ['target', 2],
          ['current', 2],
          ['progress', 2],
        ],
        figures.goals.map((goal) => [
          w(goal.metric),
          w(`${goal.target} ${goal.unit} (${goal.dueOn})`),
          w(goal.currentValue === null ? '—' : `${goal.currentValue} ${goal.unit}`),
          w(goal.progressPercent === null ? '—' : `${Math.round(goal.progressPercent)} %`),
        ]),
      ),
      section('playbook'),
      {
        kind: 'paragraph',
        text: label('playbookDone', { done: figures.playbook.done, total: figures.playbook.total }),
      },
      ...(figures.playbook.open.length
        ? [{ kind: 'list', items: figures.playbook.open.map((item) => w(item.title)) } as Block]
        : []),
      section('feedback'),
      table(
        [
          ['quarter', 2],
          ['principal', 2],
          ['distributor', 2],
          ['gap', 2],
        ],
        figures.feedback.quarters.map((quarter) => [
          w(quarter.quarter),
          w(score(quarter.principal)),
          w(score(quarter.distributor)),
          w(score(quarter.gap)),
        ]),
      ),
      section('concerns'),
      table(
        [
          ['concern', 4],
          ['sent', 2],
        ],
        figures.concerns.map((concern) => [
          w(`${concern.number}. ${concern.subject}`),
          w(concern.sentOn ?? '—'),
        ]),
      ),
      section('principalAssessment'),
      ...text(evaluation.principalAssessment?.text ?? null),
      section('distributorAssessment'),
      ...(evaluation.distributorAssessment || !evaluation.noResponseReason
        ? text(evaluation.distributorAssessment?.text ?? null)
        : [
            { kind: 'subheading', text: label('noResponse') } as Block,
            ...text(evaluation.noResponseReason),
          ]),
      section('improvements'),
      ...text(evaluation.improvements),
      section('decision'),
      {
        kind: 'fields',
        rows: [
          {
            label: label('field.decision'),
            value: evaluation.decision ? label(`decision.${evaluation.decision}`) : none,
          },
        ],
      },
      ...text(evaluation.decisionReasons),
      table(
        [
          ['action', 4],
          ['owner', 2],
          ['due', 2],
        ],
        evaluation.followUps.map((followUp) => [
          w(followUp.text),
          followUp.ownerName ? w(followUp.ownerName) : label(`side.${followUp.ownerSide}`),
          w(followUp.dueOn ?? '—'),
        ]),
      ),
    ],
    footer: `${title.text} · ${evaluation.title} · ${evaluation.distributorName}`,
    pageLabel: (page, pages) => phrases.label('label.page', { page, pages }),
    metadata: {
      title: `${title.text}: ${evaluation.title} — ${evaluation.distributorName}`,
      author: input.principalName,
      subject: evaluation.title,
      createdAt: input.generatedAt,
    },
  };
}

export function renderEvaluationPdf(input: EvaluationDocumentInput): Promise<Buffer> {
  return renderDocumentPdf(buildEvaluationModel(input));
}
