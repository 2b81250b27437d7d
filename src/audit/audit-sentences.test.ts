// Every audit action the code writes reads as a sentence in every shipped language, and every
// record type it files entries under has a name (the audit log's filter lists them all). The
// actions are read from the source, so a new `recordAudit` cannot ship without its sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedLanguages } from '../platform/languages.ts';

const root = join(import.meta.dirname, '../..');

/**
 * Actions built at run time, by the template literal in the code, with every value it can take.
 * A new template literal in an `action:` fails the test until it is listed here.
 */
const builtActions: Record<string, string[]> = {
  "charter.${input.action === 'send' ? 'sent' : input.action === 'agree' ? 'agreed' : 'reopened'}":
    ['charter.sent', 'charter.agreed', 'charter.reopened'],
  'charter.point_${input.kind}': [
    'charter.point_raised',
    'charter.point_position',
    'charter.point_comment',
    'charter.point_agreed',
    'charter.point_conceded',
    'charter.point_withdrawn',
  ],
  'library_translation.${change.kind}': [
    'library_translation.requested',
    'library_translation.uploaded',
    'library_translation.approved',
    'library_translation.changes_requested',
    'library_translation.withdrawn',
  ],
  "action_item.${patch.status === 'open' ? 'reopened' : patch.status}": [
    'action_item.reopened',
    'action_item.done',
    'action_item.dropped',
  ],
  'meeting.notes_${stage}_reminder': [
    'meeting.notes_due_reminder',
    'meeting.notes_overdue_reminder',
  ],
  "meeting.${input.action === 'reschedule' ? 'rescheduled' : input.action === 'cancel' ? 'cancelled' : 'skipped'}":
    ['meeting.rescheduled', 'meeting.cancelled', 'meeting.skipped'],
  "distributor.${patch.status === 'archived' ? 'archived' : 'restored'}": [
    'distributor.archived',
    'distributor.restored',
  ],
  'report.${kind}': ['report.accepted', 'report.changes_requested', 'report.comment'],
  'report.reminder_${reminder.kind}': ['report.reminder_before', 'report.reminder_overdue'],
  'concern.reminder_${reminder.kind}': ['concern.reminder_before', 'concern.reminder_overdue'],
  'playbook.item_${cause}': [
    'playbook.item_ticked',
    'playbook.item_unticked',
    'playbook.item_confirmed',
  ],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(join(root, directory), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(root, directory, file));
}

/** The `action` expressions of audit entries: from `action:` (or `const action =`) to its end. */
function actionExpressions(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\baction(?::|\s*=)\s*/g)) {
    const rest = source.slice((match.index ?? 0) + match[0].length);
    // The expression ends at the first comma, semicolon or closing brace outside brackets and
    // template placeholders.
    let depth = 0;
    let end = 0;
    for (; end < rest.length; end += 1) {
      const character = rest[end];
      if (character === '(' || character === '[' || character === '{') depth += 1;
      else if (character === ')' || character === ']' || character === '}') {
        if (depth === 0) break;
        depth -= 1;
      } else if ((character === ',' || character === ';') && depth === 0) break;
    }
    found.push(rest.slice(0, end));
  }
  return found;
}

const ACTION = /^[a-z_]+\.[a-z_]+$/;

/** Every audit action in src: the literals, and the expansions of the template literals. */
function auditActionsInSource() {
  const actions = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sourceFiles('src')) {
    const source = readFileSync(file, 'utf8');
    if (!/recordAudit|audit: \{/.test(source)) continue;
    for (const expression of actionExpressions(source)) {
      for (const literal of expression.matchAll(/'([^'\n]*)'/g)) {
        if (literal[1] && ACTION.test(literal[1])) actions.add(literal[1]);
      }
      for (const template of expression.matchAll(/`([^`]*)`/g)) {
        const text = template[1] ?? '';
        if (!text.includes('${')) {
          if (ACTION.test(text)) actions.add(text);
          continue;
        }
        // A template that is no action (an i18n key built at run time) has a second dot.
        if (!ACTION.test(text.replace(/\$\{[^}]*\}/g, 'x'))) continue;
        const expansions = builtActions[text];
        if (expansions) for (const action of expansions) actions.add(action);
        else unknownTemplates.push(`${file.slice(root.length + 1)}: \`${text}\``);
      }
    }
  }
  return { actions: [...actions].sort(), unknownTemplates };
}

function entityTypesInSource() {
  const types = new Set<string>();
  for (const file of sourceFiles('src')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/entityType: '([a-z_]+)'/g)) {
      if (match[1]) types.add(match[1]);
    }
  }
  return [...types].sort();
}

const catalogue = (language: string) =>
  JSON.parse(readFileSync(join(root, 'locales', language, 'audit.json'), 'utf8')) as {
    action: Record<string, Record<string, string>>;
    entity: Record<string, string>;
    record: Record<string, string>;
    recordUnnamed: Record<string, string>;
  };

describe('the audit log’s sentences', () => {
  const { actions, unknownTemplates } = auditActionsInSource();

  it('finds the actions the code writes, and knows every action built at run time', () => {
    expect(unknownTemplates).toEqual([]);
    // A sanity check of the scan itself: actions of several domains, literal and built.
    expect(actions).toEqual(
      expect.arrayContaining([
        'report.submitted',
        'report.entered_on_behalf',
        'meeting.invitation_sent',
        'charter.amendment_proposed',
        'membership.deactivated',
        'charter.point_raised',
        'distributors.imported',
      ]),
    );
  });

  for (const language of shippedLanguages) {
    it(`has a sentence in ${language} for every action and a name for every record type`, () => {
      const text = catalogue(language);
      const missing = actions.filter((action) => {
        const [prefix = '', verb = ''] = action.split('.');
        return !text.action[prefix]?.[verb];
      });
      const types = entityTypesInSource();
      const unnamed = types.filter(
        (type) => !text.entity[type] || !text.record[type] || !text.recordUnnamed[type],
      );
      expect({ missing, unnamed }).toEqual({ missing: [], unnamed: [] });
    });
  }
});
