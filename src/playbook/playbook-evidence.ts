// What proves an item, as a sentence in the reader's language with a link to the data. Stored as a
// code with values (playbook_state.evidence), so each reader gets their own language.

import type { Context } from '../platform/tenancy.ts';
import type { PlaybookEvidence } from './playbook.queries.ts';

export function evidenceView(ctx: Pick<Context, 't'>, evidence: PlaybookEvidence) {
  return {
    text: ctx.t(`playbook.evidence.${evidence.code}`, { ...evidence.values }),
    link: evidence.link ?? null,
  };
}
