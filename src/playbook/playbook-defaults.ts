// The standard playbook, built from the seeds' steps in their order (seed 000): each item's title
// and "how you'll know when you can check this off" live in locales/<language>/server.json under
// playbook.items.<key>. Items with a rule tick themselves (playbook-rules.ts); the others are a
// person's judgement, confirmed by the other side.
export type StandardItem = { key: string; ruleCode: string | null; threshold: number | null };

export const standardItems: readonly StandardItem[] = [
  { key: 'charter_signed', ruleCode: 'charter_signed', threshold: null },
  { key: 'on_board', ruleCode: null, threshold: null },
  { key: 'ladders_defined', ruleCode: 'ladders_defined', threshold: null },
  { key: 'meetings_held', ruleCode: 'meetings_held', threshold: 3 },
  { key: 'trust', ruleCode: null, threshold: null },
  { key: 'communication_adhered', ruleCode: null, threshold: null },
  { key: 'response_times', ruleCode: 'response_times', threshold: 80 },
  { key: 'problem_resolution', ruleCode: 'problem_resolution_protocol', threshold: null },
  { key: 'first_report_accepted', ruleCode: 'first_report_accepted', threshold: null },
  { key: 'targets_kpis_set', ruleCode: 'targets_kpis_set', threshold: null },
  { key: 'first_qbr_held', ruleCode: 'first_qbr_held', threshold: null },
  { key: 'goals_agreed', ruleCode: 'goals_agreed', threshold: null },
  { key: 'feedback_answered', ruleCode: 'feedback_answered', threshold: null },
  { key: 'evaluation_done', ruleCode: 'evaluation_done', threshold: null },
];

export const standardKeys = new Set(standardItems.map((item) => item.key));
