// Enum errors in words (#16): a refused value's alternatives are named by their labels in the
// reader's language, never as internal values; where the user types the value itself (a CLI
// option, a spreadsheet cell), the values are listed as typed.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContactRole, LifecycleStage } from '../distributors/distributors.schema.ts';
import { SalesLine } from '../reports/report.content.ts';
import { translator } from './i18n.ts';
import { describeIssue } from './validation.ts';

function issueOf(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a refusal');
  const [issue] = parsed.error.issues;
  if (!issue) throw new Error('expected an issue');
  return issue;
}

describe('describeIssue for a value not in a list', () => {
  const roleIssue = issueOf(z.object({ role: ContactRole }), { role: 'ceo' });

  it('names contact roles by their labels, in the reader language', () => {
    const english = describeIssue(translator('en'), roleIssue);
    expect(english).toContain('General manager, Sales director');
    expect(english).not.toMatch(/general_manager|_/);
    const vietnamese = describeIssue(translator('vi'), roleIssue);
    expect(vietnamese).not.toMatch(/general_manager|_/);
    expect(vietnamese).not.toBe(english);
    expect(describeIssue(translator('de'), roleIssue)).toContain('Geschäftsführer');
  });

  it('finds the labels of a list under another field name, inside arrays too', () => {
    const issue = issueOf(z.object({ stages: z.array(LifecycleStage) }), { stages: ['x'] });
    expect(describeIssue(translator('en'), issue)).toContain('At risk');
  });

  it('asks for a choice from the list where the values have no labels', () => {
    const issue = issueOf(z.object({ format: z.enum(['csv_v2', 'xlsx_v1']) }), { format: 'x' });
    const detail = describeIssue(translator('en'), issue);
    expect(detail).toBe('Choose one of the options in the list.');
  });

  it('lists the values as typed where the user types them', () => {
    const detail = describeIssue(translator('en'), roleIssue, { typedValues: true });
    expect(detail).toContain('general_manager');
  });
});

describe('describeIssue for a number that must be whole', () => {
  // "1.5 units" in a report's sales line: the reader reads words, never zod's "expected int".
  const unitsIssue = issueOf(SalesLine, { productLine: 'BRK-PAD', units: 1.5, revenue: 10 });

  it('asks for a whole number in the reader’s language', () => {
    expect(describeIssue(translator('en'), unitsIssue)).toBe('Must be a whole number.');
    expect(describeIssue(translator('de'), unitsIssue)).toContain('ganze Zahl');
    expect(describeIssue(translator('vi'), unitsIssue)).toContain('số nguyên');
  });
});
