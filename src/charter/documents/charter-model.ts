// The charter as signed: parties, every section as tables and the clauses as written, then the
// hash and one signature block per party.
import { documentFacts, isSignedByBoth, signatureBlocks, statusMarkers } from './charter-status.ts';
import { createPhrasebook, type Phrasebook } from './document-language.ts';
import { asWritten, type Block, type DocumentModel, type Phrase } from './document-model.ts';
import {
  channelPhrase,
  clauseBlocks,
  formatNumber,
  goalsTable,
  inventoryBlocks,
  productLinesPhrase,
  regionPhrase,
  responseTimesTable,
  severitiesTable,
} from './document-values.ts';
import type { CharterRenderInput } from './index.ts';

function optionalDate(date: string | null, none: Phrase): Phrase {
  return date ? asWritten(date) : none;
}

function sectionBlocks(input: CharterRenderInput, phrases: Phrasebook): [Phrase, Block[]][] {
  const { document } = input;
  const { content } = document;
  const { communication, principalCommitments: commitments, term } = content;
  const accountRows = (accounts: { company: string; country: string; reason?: string }[]) =>
    accounts.map((account) => [
      asWritten(account.company),
      phrases.country(account.country),
      ...(account.reason === undefined ? [] : [asWritten(account.reason)]),
    ]);
  const none = phrases.label('value.none');
  return [
    [
      phrases.label('section.territory'),
      [
        {
          kind: 'table',
          columns: [
            { title: phrases.label('label.country'), width: 1.1 },
            { title: phrases.label('label.region'), width: 1.3 },
            { title: phrases.label('label.productLines'), width: 2 },
            { title: phrases.label('label.exclusivity'), width: 1 },
            { title: phrases.label('label.startsOn'), width: 0.95 },
            { title: phrases.label('label.endsOn'), width: 0.95 },
          ],
          rows: content.territory.grants.map((grant) => [
            phrases.country(grant.country),
            regionPhrase(grant.region, phrases),
            productLinesPhrase(document, grant.productLineIds, phrases),
            phrases.label(grant.exclusive ? 'value.exclusive' : 'value.nonExclusive'),
            asWritten(grant.startsOn),
            optionalDate(grant.endsOn, phrases.label('value.openEnded')),
          ]),
          empty: none,
        },
        ...clauseBlocks(content.territory.clause, phrases),
      ],
    ],
    [
      phrases.label('section.assignedAccounts'),
      [
        {
          kind: 'table',
          columns: [
            { title: phrases.label('label.company'), width: 2 },
            { title: phrases.label('label.country'), width: 1 },
          ],
          rows: accountRows(content.assignedAccounts.accounts),
          empty: none,
        },
        ...clauseBlocks(content.assignedAccounts.clause, phrases),
      ],
    ],
    [
      phrases.label('section.carveOuts'),
      [
        {
          kind: 'table',
          columns: [
            { title: phrases.label('label.company'), width: 1.6 },
            { title: phrases.label('label.country'), width: 1 },
            { title: phrases.label('label.reason'), width: 2.4 },
          ],
          rows: accountRows(content.carveOuts.accounts),
          empty: none,
        },
        ...clauseBlocks(content.carveOuts.clause, phrases),
      ],
    ],
    [
      phrases.label('section.productCoverage'),
      [
        {
          kind: 'fields',
          rows: [
            {
              label: phrases.label('label.coverage'),
              value: phrases.label(
                content.productCoverage.mode === 'full'
                  ? 'value.coverageFull'
                  : 'value.coverageSubset',
              ),
            },
            ...(content.productCoverage.mode === 'subset'
              ? [
                  {
                    label: phrases.label('label.productLines'),
                    value: productLinesPhrase(
                      document,
                      content.productCoverage.productLineIds,
                      phrases,
                    ),
                  },
                ]
              : []),
          ],
        },
        ...clauseBlocks(content.productCoverage.clause, phrases),
      ],
    ],
    [
      phrases.label('section.inventory'),
      [...inventoryBlocks(document, phrases), ...clauseBlocks(content.inventory.clause, phrases)],
    ],
    [
      phrases.label('section.principalCommitments'),
      [
        {
          kind: 'fields',
          rows: [
            {
              label: phrases.label('label.deliveryLeadTime'),
              value: phrases.label('value.days', { count: commitments.deliveryLeadTimeDays }),
            },
            {
              label: phrases.label('label.marketingFunds'),
              value: asWritten(
                `${formatNumber(commitments.marketingFundsPerYear)} ${commitments.currency}`,
              ),
            },
            {
              label: phrases.label('label.trainingDays'),
              value: phrases.label('value.days', { count: commitments.trainingDaysPerYear }),
            },
            {
              label: phrases.label('label.technicalSupport'),
              value: phrases.label('value.hours', {
                count: commitments.technicalSupportResponseHours,
              }),
            },
          ],
        },
        ...clauseBlocks(commitments.clause, phrases),
      ],
    ],
    [
      phrases.label('section.goals'),
      [goalsTable(document, phrases), ...clauseBlocks(content.goals.clause, phrases)],
    ],
    [
      phrases.label('section.reporting'),
      [
        {
          kind: 'fields',
          rows: [
            {
              label: phrases.label('label.monthlyReportDue'),
              value: phrases.label('value.day', { day: content.reporting.monthlyReportDueDay }),
            },
            {
              label: phrases.label('label.reportContents'),
              value: phrases.list(
                content.reporting.contents.map((item) => phrases.label(`reportContent.${item}`)),
              ),
            },
          ],
        },
        ...clauseBlocks(content.reporting.clause, phrases),
      ],
    ],
    [
      phrases.label('section.communication'),
      [
        {
          kind: 'table',
          columns: [
            { title: phrases.label('label.meeting'), width: 2 },
            { title: phrases.label('label.length'), width: 1 },
          ],
          rows: communication.meetings.map((meeting) => [
            phrases.label(`meeting.${meeting.kind}`),
            phrases.label('value.minutes', { count: meeting.minutes }),
          ]),
          empty: none,
        },
        {
          kind: 'fields',
          rows: [
            {
              label: phrases.label('label.channels'),
              value: phrases.list(
                communication.channels.map((channel) => channelPhrase(channel, phrases)),
              ),
            },
            {
              label: phrases.label('label.workingLanguage'),
              value: phrases.language(communication.workingLanguage),
            },
            {
              label: phrases.label('label.translationRule'),
              value: communication.translationRule
                ? asWritten(communication.translationRule)
                : phrases.label('value.none'),
            },
            {
              label: phrases.label('label.notesDue'),
              value: phrases.label('value.hours', { count: communication.notesDueHours }),
            },
          ],
        },
        { kind: 'subheading', text: phrases.label('label.responseTimes') },
        responseTimesTable(document, phrases),
        ...clauseBlocks(communication.clause, phrases),
      ],
    ],
    [
      phrases.label('section.problemResolution'),
      [
        severitiesTable(document, phrases, { withMeaning: false }),
        {
          kind: 'fields',
          rows: [
            {
              label: phrases.label('label.escalation'),
              value: phrases.label(`escalation.${content.problemResolution.escalation}`),
            },
          ],
        },
        ...clauseBlocks(content.problemResolution.clause, phrases),
      ],
    ],
    [
      phrases.label('section.term'),
      [
        {
          kind: 'fields',
          rows: [
            { label: phrases.label('label.startsOn'), value: asWritten(term.startsOn) },
            {
              label: phrases.label('label.endsOn'),
              value: optionalDate(term.endsOn, phrases.label('value.openEnded')),
            },
            {
              label: phrases.label('label.reviewOn'),
              value: optionalDate(term.reviewOn, phrases.label('value.notSet')),
            },
            {
              label: phrases.label('label.renewal'),
              value: phrases.label(`renewal.${term.renewal}`),
            },
            {
              label: phrases.label('label.terminationNotice'),
              value: phrases.label('value.days', { count: term.terminationNoticeDays }),
            },
          ],
        },
        ...clauseBlocks(term.clause, phrases),
      ],
    ],
  ];
}

export function buildCharterModel(input: CharterRenderInput): DocumentModel {
  const phrases = createPhrasebook(input.secondLanguage);
  const { document } = input;
  const sections = sectionBlocks(input, phrases);
  const blocks: Block[] = [{ kind: 'fields', rows: documentFacts(input, phrases) }];
  sections.forEach(([title, body], index) => {
    blocks.push({ kind: 'heading', number: index + 1, text: title }, ...body);
  });
  blocks.push(
    { kind: 'heading', number: sections.length + 1, text: phrases.label('section.integrity') },
    {
      kind: 'fields',
      rows: [
        {
          label: phrases.label('label.hash'),
          value: input.hash ? asWritten(input.hash) : phrases.label('value.hashPending'),
        },
      ],
    },
    { kind: 'paragraph', text: phrases.label('value.hashExplanation') },
    { kind: 'heading', number: sections.length + 2, text: phrases.label('section.signatures') },
    ...signatureBlocks(input, phrases),
  );
  const title = phrases.label('title.charter');
  return {
    secondLanguage: phrases.secondLanguage,
    title,
    subtitle: `${document.workspace.name} — ${document.distributor.name}`,
    markers: statusMarkers(input, phrases),
    watermark: isSignedByBoth(input) ? null : phrases.label('marker.watermark').text,
    blocks,
    footer: `${title.text} v${document.version} · ${document.distributor.name}`,
    pageLabel: (page, pages) => phrases.label('label.page', { page, pages }),
    metadata: {
      title: `${title.text} v${document.version}: ${document.workspace.name} — ${document.distributor.name}`,
      author: document.workspace.name,
      subject: input.hash ? `SHA-256 ${input.hash}` : `Charter version ${document.version}`,
      createdAt: input.generatedAt,
    },
  };
}
