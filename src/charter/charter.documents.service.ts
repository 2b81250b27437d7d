// What the charter and handbook documents are rendered from: the agreed document when there is
// one (exactly what was signed), otherwise the current text, plus both escalation ladders.
import { listEscalationLadder } from '../distributors/escalation.service.ts';
import { type Context, inTransaction } from '../platform/tenancy.ts';
import type { CharterDocument } from './charter.document.ts';
import { activeSignatureRecords } from './charter.queries.ts';
import { canonicalDocument, visibleVersion } from './charter-versions.service.ts';
import type { CharterRenderInput } from './documents/index.ts';

/** Languages the documents have catalogues for, besides English. */
export const documentLanguages = ['vi', 'th', 'zh', 'de'] as const;

export function charterDocumentInput(
  ctx: Context,
  distributorId: string,
  version: number,
  lang: string | undefined,
): Promise<CharterRenderInput> {
  return inTransaction(ctx, async (tx) => {
    const row = await visibleVersion(ctx, tx, distributorId, version);
    const document =
      (row.agreedDocument as CharterDocument | null) ?? (await canonicalDocument(tx, row));
    const signatures = await activeSignatureRecords(tx, row.workspaceId, row.id);
    const steps = await listEscalationLadder(tx, row.workspaceId, distributorId);
    const ladder = (side: 'principal' | 'distributor') =>
      steps
        .filter((step) => step.side === side)
        .map(({ level, contactName, contactRole, channel, responseTimeHours }) => ({
          level,
          contactName,
          contactRole,
          channel,
          responseTimeHours,
        }));
    const wanted =
      lang ?? document.distributor.languages.map((tag) => tag.split('-')[0]).find(Boolean);
    return {
      document,
      status: row.status,
      hash: row.agreedHash,
      signatures: signatures,
      ladders: { principal: ladder('principal'), distributor: ladder('distributor') },
      generatedAt: ctx.clock.now(),
      secondLanguage: (documentLanguages as readonly string[]).includes(wanted ?? '')
        ? (wanted ?? null)
        : null,
    };
  });
}
