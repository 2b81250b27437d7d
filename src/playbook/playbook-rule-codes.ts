// The codes of the rules by which items tick themselves, kept free of server imports so the web's
// forms can read the schemas. playbook-rules.ts must define a rule for each (the type checks it).
export const ruleCodes = [
  'charter_signed',
  'ladders_defined',
  'meetings_held',
  'first_report_accepted',
  'first_qbr_held',
  'targets_kpis_set',
  'response_times',
  'problem_resolution_protocol',
  'goals_agreed',
  'feedback_answered',
  'evaluation_done',
] as const;
export type RuleCode = (typeof ruleCodes)[number];

/** A code read from the database as a rule this version of Liaison knows, else null. */
export function asRuleCode(code: string | null): RuleCode | null {
  // Checked against the list just above, so it is one of its members.
  return code !== null && (ruleCodes as readonly string[]).includes(code)
    ? (code as RuleCode)
    : null;
}
