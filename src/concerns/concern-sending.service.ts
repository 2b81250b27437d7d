// Sending a concern: its PDF is rendered once and kept with it, it is e-mailed (PDF attached)
// through the outbox to the distributor's admins and the contacts on its ladder, the response
// deadline is set on the distributor's calendar, and the step is recorded on the ladder. From then
// on the concern is the distributor's to read and answer, and it never changes (migration 0017).
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { listDistributorAdmins } from '../accounts/accounts.service.ts';
import { createPhrasebook } from '../charter/documents/document-language.ts';
import type { Tx } from '../db/client.ts';
import { listEscalationLadder } from '../distributors/escalation.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { todayIn } from '../platform/clock.ts';
import { fileNameSlug } from '../platform/downloads.ts';
import { publishEvent } from '../platform/events.ts';
import { queueMail } from '../platform/mail.ts';
import { type Context, inTransaction, principalEditors, requireRole } from '../platform/tenancy.ts';
import { renderConcernPdf } from './concern-document.ts';
import { concernView, stateError, visibleConcern } from './concern-drafting.service.ts';
import {
  type ConcernRow,
  findConcernPdf,
  findWorkspaceName,
  updateConcern,
} from './concerns.queries.ts';
import type { ConcernCitation, ConcernSignal } from './concerns.schema.ts';
import { insertActionAudited, signalReason } from './escalation.service.ts';

function documentInput(
  ctx: Context,
  row: ConcernRow,
  principalName: string,
  sent: { sentOn: string; responseDueOn: string } | null,
) {
  return {
    number: row.number,
    status: sent ? ('sent' as const) : row.status,
    principalName,
    distributorName: row.distributorName,
    secondLanguage: row.secondLanguage,
    subject: row.subject,
    body: row.body,
    subjectTranslation: row.subjectTranslation,
    bodyTranslation: row.bodyTranslation,
    asOf: row.asOf,
    sentOn: sent?.sentOn ?? null,
    responseDueOn: sent?.responseDueOn ?? row.responseDueOn,
    responseDays: row.responseDays,
    // jsonb columns written by this domain.
    signals: row.signals as ConcernSignal[],
    citations: row.citations as ConcernCitation[],
    reasonOf: (signal: ConcernSignal) => signalReason(ctx.t, signal),
    generatedAt: sent ? (row.sentAt ?? ctx.clock.now()) : ctx.clock.now(),
  };
}

/** "concern-2-saigon-motor-parts.pdf", in the distributor name's own script. */
export function concernFileName(row: Pick<ConcernRow, 'number' | 'distributorName'>) {
  return `concern-${row.number}-${fileNameSlug(row.distributorName)}.pdf`;
}

/** The distributor's admins and the people on its ladder, each address once. */
async function recipientsOf(tx: Tx, workspaceId: string, distributorId: string) {
  const admins = (await listDistributorAdmins(tx, workspaceId, distributorId)).map(
    (admin) => admin.email,
  );
  const ladder = (await listEscalationLadder(tx, workspaceId, distributorId))
    .filter((step) => step.side === 'distributor')
    .map((step) => step.contactEmail);
  const seen = new Map<string, string>();
  for (const address of [...admins, ...ladder]) {
    if (address && !seen.has(address.toLowerCase())) seen.set(address.toLowerCase(), address);
  }
  return [...seen.values()];
}

export function sendConcern(ctx: Context, distributorId: string, id: string) {
  requireRole(ctx.actor, principalEditors);
  return inTransaction(ctx, async (tx) => {
    const workspaceId = ctx.actor.workspaceId;
    const before = await visibleConcern(ctx, tx, distributorId, id);
    if (before.status !== 'draft') throw stateError(ctx, before, 'send');
    const now = ctx.clock.now();
    const sentOn = todayIn(ctx.clock, before.distributorTimeZone);
    const responseDueOn =
      DateTime.fromISO(sentOn).plus({ days: before.responseDays }).toISODate() ?? sentOn;
    const principalName = await findWorkspaceName(tx, workspaceId);
    const pdf = await renderConcernPdf(
      documentInput(ctx, { ...before, sentAt: now }, principalName, { sentOn, responseDueOn }),
    );
    const recipients = await recipientsOf(tx, workspaceId, distributorId);
    await updateConcern(tx, workspaceId, id, {
      status: 'sent',
      sentAt: now,
      sentByUserId: ctx.actor.userId,
      sentByName: ctx.actor.name,
      responseDueOn,
      recipients,
      documentPdf: pdf,
      documentSha256: createHash('sha256').update(pdf).digest('hex'),
      updatedAt: now,
    });
    const after = await visibleConcern(ctx, tx, distributorId, id);
    const phrases = createPhrasebook(after.secondLanguage);
    const mailBody = phrases.label('concern.mail.body', {
      number: after.number,
      dueOn: responseDueOn,
      link: `${ctx.config.publicUrl}/distributors/${distributorId}/concerns/${id}`,
    });
    const subject = after.subjectTranslation
      ? `${after.subjectTranslation} / ${after.subject}`
      : after.subject;
    const text = mailBody.translation
      ? `${mailBody.translation}\n\n${mailBody.text}`
      : mailBody.text;
    const attachment = {
      fileName: concernFileName(after),
      contentType: 'application/pdf',
      content: pdf,
    };
    for (const to of recipients) {
      await queueMail(tx, workspaceId, { to, subject, text, attachments: [attachment] });
    }
    await insertActionAudited(ctx, tx, {
      distributorId,
      kind: 'concern',
      contactId: null,
      contactName: null,
      concernId: id,
      takenAt: now,
      note: after.subject,
    });
    await recordAudit(tx, ctx.actor, {
      entityType: 'performance_concern',
      entityId: id,
      distributorId,
      action: 'concern.sent',
      before,
      after,
    });
    await publishEvent(tx, workspaceId, {
      type: 'concern.sent',
      distributorId,
      subjectId: id,
      actorUserId: ctx.actor.userId,
      data: { concernId: id, number: after.number, responseDueOn: after.responseDueOn },
      occurredAt: now,
    });
    return concernView(ctx, after);
  });
}

/** The concern's PDF: the bytes kept when it was sent, or a draft rendered now for review. */
export function concernDocument(ctx: Context, distributorId: string, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await visibleConcern(ctx, tx, distributorId, id);
    const kept = row.status === 'sent' ? await findConcernPdf(tx, ctx.actor.workspaceId, id) : null;
    const body =
      kept ??
      (await renderConcernPdf(
        documentInput(ctx, row, await findWorkspaceName(tx, ctx.actor.workspaceId), null),
      ));
    return { body, fileName: concernFileName(row) };
  });
}
