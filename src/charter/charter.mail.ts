// E-mail about charters: to the distributor's signers when the principal sends, agrees or signs,
// and reminders until a distributor's first charter is signed. All mail goes through the outbox.

import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { listDistributorAdmins } from '../accounts/accounts.service.ts';
import type { Database, Tx } from '../db/client.ts';
import { charterVersion, distributor, workspace } from '../db/schema.ts';
import { recordAudit } from '../platform/audit.ts';
import { translator } from '../platform/i18n.ts';
import { queueMail } from '../platform/mail.ts';
import { type Context, systemActor } from '../platform/tenancy.ts';

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
  const [space] = await tx
    .select({ name: workspace.name })
    .from(workspace)
    .where(eq(workspace.id, ctx.actor.workspaceId));
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
 * distributor has no signed charter yet. A system job across workspaces, run as the owner like the
 * outbox delivery; each reminder is queued, stamped and audited in one transaction.
 */
export async function sendCharterReminders(
  database: Database,
  publicUrl: string,
  now = new Date(),
) {
  const due = await database.db
    .select({
      workspaceId: charterVersion.workspaceId,
      id: charterVersion.id,
      distributorId: charterVersion.distributorId,
      version: charterVersion.version,
      status: charterVersion.status,
      principal: workspace.name,
      distributorName: distributor.name,
    })
    .from(charterVersion)
    .innerJoin(workspace, eq(workspace.id, charterVersion.workspaceId))
    .innerJoin(
      distributor,
      and(
        eq(distributor.workspaceId, charterVersion.workspaceId),
        eq(distributor.id, charterVersion.distributorId),
      ),
    )
    .where(
      and(
        inArray(charterVersion.status, ['negotiation', 'agreed']),
        eq(distributor.status, 'active'),
        or(
          isNull(charterVersion.lastRemindedAt),
          lt(charterVersion.lastRemindedAt, new Date(now.getTime() - REMINDER_DAYS * 86_400_000)),
        ),
        sql`NOT EXISTS (SELECT 1 FROM charter_version s WHERE s.workspace_id = ${charterVersion.workspaceId}
              AND s.distributor_id = ${charterVersion.distributorId} AND s.status IN ('signed', 'superseded'))`,
      ),
    );
  let sent = 0;
  for (const row of due) {
    await database.db.transaction(async (tx) => {
      const actor = systemActor(row.workspaceId);
      const admins = await listDistributorAdmins(tx, row.workspaceId, row.distributorId);
      for (const admin of admins) {
        const t = translator(admin.locale);
        const params = {
          name: admin.name,
          principal: row.principal,
          version: row.version,
          link: charterLink(publicUrl, row.distributorId),
          step: t(`email.charter.reminder.step_${row.status}`),
        };
        await queueMail(tx, row.workspaceId, {
          to: admin.email,
          subject: t('email.charter.reminder.subject', params),
          text: t('email.charter.reminder.body', params),
        });
        sent += 1;
      }
      await tx
        .update(charterVersion)
        .set({ lastRemindedAt: now })
        .where(and(eq(charterVersion.workspaceId, row.workspaceId), eq(charterVersion.id, row.id)));
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
