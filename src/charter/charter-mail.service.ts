// E-mail about charters: to the distributor's signers when the principal sends, agrees or signs,
// and reminders until a distributor's first charter is signed. All mail goes through the outbox.

import { listDistributorAdmins } from '../accounts/accounts.service.ts';
import type { Database, Tx } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { type Context, inSystemTransaction, systemActor } from '../platform/tenancy.ts';
import { findWorkspace } from './charter.queries.ts';
import {
  findReminderVersion,
  listDueCharterRemindersAsOwner,
  markCharterReminded,
} from './charter-reminders.queries.ts';

export function charterLink(publicUrl: string, distributorId: string) {
  return `${publicUrl}/distributors/${distributorId}/charter`;
}

/** Tells the distributor's admins that the principal sent, agreed or signed a version. */
export async function notifyDistributorSigners(
  ctx: Context,
  tx: Tx,
  distributorId: string,
  kind: 'sent' | 'agreed' | 'principal_signed',
  version: number,
) {
  const space = await findWorkspace(tx, ctx.actor.workspaceId);
  for (const admin of await listDistributorAdmins(tx, ctx.actor.workspaceId, distributorId)) {
    const t = translator(admin.locale);
    const params = {
      name: admin.name,
      principal: space?.name ?? '',
      actor: ctx.actor.name,
      version,
      link: charterLink(ctx.config.publicUrl, distributorId),
    };
    await queueMail(tx, ctx.actor.workspaceId, {
      to: admin.email,
      subject: t(`email.charter.${kind}.subject`, params),
      text: t(`email.charter.${kind}.body`, params),
    });
  }
}

const REMINDER_DAYS = 7;

/**
 * Reminds the distributor's admins, every week, of a charter that waits for them while the
 * distributor has no signed charter yet. A system job: one query across workspaces finds the due
 * versions, then each reminder is queued, stamped and audited in one transaction in its
 * workspace's scope. `now` comes from the caller's clock.
 */
export async function sendCharterReminders(database: Database, publicUrl: string, now: Date) {
  const due = await listDueCharterRemindersAsOwner(
    database.db,
    new Date(now.getTime() - REMINDER_DAYS * 86_400_000),
  );
  let sent = 0;
  for (const candidate of due) {
    await inSystemTransaction(database, candidate.workspaceId, async (tx) => {
      const row = await findReminderVersion(tx, candidate.workspaceId, candidate.id);
      // Signed or sent back to draft since the list was read: nothing waits for the distributor.
      if (!row || (row.status !== 'negotiation' && row.status !== 'agreed')) return;
      const actor = systemActor(candidate.workspaceId);
      const admins = await listDistributorAdmins(tx, candidate.workspaceId, row.distributorId);
      for (const admin of admins) {
        const t = translator(admin.locale);
        const params = {
          name: admin.name,
          principal: row.principal,
          version: row.version,
          link: charterLink(publicUrl, row.distributorId),
          step: t(`email.charter.reminder.step_${row.status}`),
        };
        await queueMail(tx, candidate.workspaceId, {
          to: admin.email,
          subject: t('email.charter.reminder.subject', params),
          text: t('email.charter.reminder.body', params),
        });
        sent += 1;
      }
      await markCharterReminded(tx, candidate.workspaceId, row.id, now);
      await recordAudit(tx, actor, {
        entityType: 'charter',
        entityId: row.id,
        distributorId: row.distributorId,
        action: 'charter.reminder_sent',
        after: { version: row.version, status: row.status, recipients: admins.map((a) => a.email) },
      });
    });
  }
  return sent;
}
