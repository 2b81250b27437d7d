// The Relationship Operating Handbook: the charter turned into the routine of both teams. Every
// number comes from the charter or the ladders; the routines around them are the seeds' protocol.
import { DateTime } from 'luxon';
import { meetingKinds } from '../charter.content.ts';
import { documentFacts, isSignedByBoth } from './charter-status.ts';
import { createPhrasebook, type Phrasebook } from './document-language.ts';
import { asWritten, type Block, type DocumentModel, type Phrase } from './document-model.ts';
import {
  channelPhrase,
  clauseBlocks,
  goalsTable,
  inventoryBlocks,
  responseTimesTable,
  severitiesTable,
} from './document-values.ts';
import type { CharterRenderInput, EscalationLadderStep } from './index.ts';

/**
 * The next `count` monthly reports from `from` on: due on `dueDay` (1–28, so every month has it),
 * each covering the month before.
 */
export function upcomingReports(from: Date, dueDay: number, count = 12) {
  const today = DateTime.fromJSDate(from, { zone: 'utc' }).startOf('day');
  const thisMonth = today.set({ day: dueDay });
  const first = thisMonth < today ? thisMonth.plus({ months: 1 }) : thisMonth;
  return Array.from({ length: count }, (_, index) => {
    const dueOn = first.plus({ months: index });
    return { dueOn, covers: dueOn.minus({ months: 1 }).startOf('month') };
  });
}

function ladderBlock(steps: EscalationLadderStep[], phrases: Phrasebook): Block {
  return {
    kind: 'table',
    columns: [
      { title: phrases.label('label.level'), width: 0.6 },
      { title: phrases.label('label.contact'), width: 1.6 },
      { title: phrases.label('label.signerRole'), width: 1.5 },
      { title: phrases.label('label.channel'), width: 1.1 },
      { title: phrases.label('label.responseWithin'), width: 1.1 },
    ],
    rows: [...steps]
      .sort((a, b) => a.level - b.level)
      .map((step) => [
        asWritten(String(step.level)),
        asWritten(step.contactName),
        asWritten(step.contactRole),
        channelPhrase(step.channel, phrases),
        phrases.label('value.hours', { count: step.responseTimeHours }),
      ]),
    empty: phrases.label('handbook.noLadder'),
  };
}

function sections(input: CharterRenderInput, phrases: Phrasebook): [Phrase, Block[]][] {
  const { document, ladders } = input;
  const { communication, reporting, problemResolution, principalCommitments } = document.content;
  const language = phrases.language(communication.workingLanguage);
  const paragraph = (text: Phrase): Block => ({ kind: 'paragraph', text });
  const meetings = [...communication.meetings].sort(
    (a, b) => meetingKinds.indexOf(a.kind) - meetingKinds.indexOf(b.kind),
  );
  return [
    [
      phrases.label('handbookSection.language'),
      [
        {
          kind: 'fields',
          rows: [
            { label: phrases.label('label.workingLanguage'), value: language },
            {
              label: phrases.label('label.translationRule'),
              value: communication.translationRule
                ? asWritten(communication.translationRule)
                : phrases.label('handbook.noTranslationRule'),
            },
            {
              label: phrases.label('label.channels'),
              value: phrases.list(
                communication.channels.map((channel) => channelPhrase(channel, phrases)),
              ),
            },
          ],
        },
      ],
    ],
    [
      phrases.label('handbookSection.escalation'),
      [
        {
          kind: 'subheading',
          text: phrases.label('value.principalSide', { name: document.workspace.name }),
        },
        ladderBlock(ladders.principal, phrases),
        {
          kind: 'subheading',
          text: phrases.label('value.distributorSide', { name: document.distributor.name }),
        },
        ladderBlock(ladders.distributor, phrases),
      ],
    ],
    [
      phrases.label('handbookSection.meetings'),
      [
        {
          kind: 'table',
          columns: [
            { title: phrases.label('label.meeting'), width: 1.5 },
            { title: phrases.label('label.length'), width: 0.8 },
            { title: phrases.label('label.agenda'), width: 3 },
          ],
          rows: meetings.map((meeting) => [
            phrases.label(`meeting.${meeting.kind}`),
            phrases.label('value.minutes', { count: meeting.minutes }),
            phrases.label(`agenda.${meeting.kind}`),
          ]),
          empty: phrases.label('handbook.noMeetings'),
        },
      ],
    ],
    [
      phrases.label('handbookSection.notes'),
      [
        paragraph(phrases.label('handbook.notesDue', { hours: communication.notesDueHours })),
        paragraph(phrases.label('handbook.notesActions')),
        paragraph(phrases.label('handbook.notesLanguage', { language })),
      ],
    ],
    [
      phrases.label('handbookSection.timeZones'),
      [
        paragraph(phrases.label('handbook.timeZonesRotate')),
        paragraph(phrases.label('handbook.timeZonesDst')),
        paragraph(phrases.label('handbook.timeZonesInvitation')),
      ],
    ],
    [
      phrases.label('handbookSection.reporting'),
      [
        paragraph(phrases.label('handbook.reportingDue', { day: reporting.monthlyReportDueDay })),
        {
          kind: 'fields',
          rows: [
            {
              label: phrases.label('label.reportContents'),
              value: phrases.list(
                reporting.contents.map((item) => phrases.label(`reportContent.${item}`)),
              ),
            },
          ],
        },
        ...clauseBlocks(reporting.clause, phrases),
        { kind: 'subheading', text: phrases.label('handbook.reportingCalendar') },
        {
          kind: 'table',
          columns: [
            { title: phrases.label('label.dueOn'), width: 1 },
            { title: phrases.label('label.covers'), width: 2 },
          ],
          rows: upcomingReports(input.generatedAt, reporting.monthlyReportDueDay).map((report) => [
            asWritten(report.dueOn.toISODate() ?? ''),
            phrases.month(report.covers),
          ]),
          empty: phrases.label('value.none'),
        },
      ],
    ],
    [
      phrases.label('handbookSection.problems'),
      [
        severitiesTable(document, phrases, { withMeaning: true }),
        paragraph(
          phrases.label(
            problemResolution.escalation === 'ladders'
              ? 'handbook.problemsEscalate'
              : 'handbook.problemsCustom',
          ),
        ),
        ...clauseBlocks(problemResolution.clause, phrases),
      ],
    ],
    [
      phrases.label('handbookSection.responseTimes'),
      [
        responseTimesTable(document, phrases),
        paragraph(
          phrases.label('handbook.responseTechnical', {
            hours: principalCommitments.technicalSupportResponseHours,
          }),
        ),
      ],
    ],
    [
      phrases.label('handbookSection.inventory'),
      [
        ...inventoryBlocks(document, phrases),
        paragraph(phrases.label('handbook.inventoryMonitor')),
        paragraph(
          phrases.label('handbook.inventoryLeadTime', {
            days: principalCommitments.deliveryLeadTimeDays,
          }),
        ),
      ],
    ],
    [phrases.label('handbookSection.goals'), [goalsTable(document, phrases)]],
  ];
}

export function buildHandbookModel(input: CharterRenderInput): DocumentModel {
  const phrases = createPhrasebook(input.secondLanguage);
  const { document } = input;
  const blocks: Block[] = [
    { kind: 'fields', rows: documentFacts(input, phrases) },
    { kind: 'paragraph', text: phrases.label('facts.intro') },
  ];
  sections(input, phrases).forEach(([title, body], index) => {
    blocks.push({ kind: 'heading', number: index + 1, text: title }, ...body);
  });
  const title = phrases.label('title.handbook');
  return {
    secondLanguage: phrases.secondLanguage,
    title,
    subtitle: `${document.workspace.name} — ${document.distributor.name}`,
    markers: isSignedByBoth(input)
      ? []
      : [{ tone: 'draft', text: phrases.label('marker.handbookDraft') }],
    watermark: null,
    blocks,
    footer: `${title.text} · ${document.distributor.name}`,
    pageLabel: (page, pages) => phrases.label('label.page', { page, pages }),
    metadata: {
      title: `${title.text}: ${document.workspace.name} — ${document.distributor.name}`,
      author: document.workspace.name,
      subject: `Charter version ${document.version}`,
      createdAt: input.generatedAt,
    },
  };
}
