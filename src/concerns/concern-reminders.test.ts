// The concern reminders job (an hourly job, run here by hand on a pinned clock): the
// distributor's admins are reminded two days before the response deadline, in Vietnamese and
// English like the concern, then weekly while the answer is overdue; the first overdue reminder
// also tells the principal's people who sent it; an answered concern is left alone.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { inTenantTransaction } from '../db/client.ts';
import { auditLog, outboxEmail } from '../db/schema.ts';
import { dueConcernReminder, sendConcernReminders } from './concern-reminders.service.ts';
import { atRiskRelationship, concernsClock } from './concerns.fixture.ts';

const clock = concernsClock();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

describe('concern reminders', () => {
  it('reminds before the deadline, weekly once overdue, tells the sender once, and stops when answered', async () => {
    const { workspace, distributor, lan, manager, client } = await atRiskRelationship(server);
    const base = `/api/v1/distributors/${distributor.id}/concerns`;
    const draft = await client.post<{ id: string }>(base, {});
    expect(draft.status).toBe(201);
    const path = `${base}/${draft.body.id}`;
    expect((await client.patch(path, { responseDays: 10 })).status).toBe(200);
    const sent = await client.post<{ responseDueOn: string }>(`${path}/send`);
    expect(sent.body.responseDueOn).toBe('2026-11-30');

    const scope = { workspaceId: workspace.id, distributorId: null, userId: null };
    const mails = () =>
      inTenantTransaction(server.database.db, scope, (tx) =>
        tx
          .select({ to: outboxEmail.toAddress, subject: outboxEmail.subject })
          .from(outboxEmail)
          .where(
            and(
              eq(outboxEmail.workspaceId, workspace.id),
              sql`${outboxEmail.subject} like '%' || ${'no. 1'} || '%'
                or ${outboxEmail.subject} like ${'%has not answered%'}`,
            ),
          ),
      );
    const run = async (instant: string) => {
      clock.set(instant);
      return sendConcernReminders(server.database, server.config.publicUrl, clock.now(), {
        workspaceId: workspace.id,
      });
    };
    const reminders = async () =>
      (await mails()).filter((mail) => !mail.subject.includes('Formal performance concern'));

    // The day it was sent, and four days before the deadline: nothing.
    expect(await run('2026-11-20T09:00:00Z')).toBe(0);
    expect(await run('2026-11-26T09:00:00Z')).toBe(0);
    // Two days before (15:00 in Ho Chi Minh City): the distributor's two admins (Lan, and the one
    // who signed the charter), in both languages.
    expect(await run('2026-11-28T08:00:00Z')).toBe(2);
    expect(await reminders()).toContainEqual({
      to: lan.email,
      subject:
        'Thư nêu quan ngại số 1: hạn phản hồi là ngày 2026-11-30 / Concern no. 1: your response is due on 2026-11-30',
    });
    expect(await run('2026-11-29T08:00:00Z')).toBe(0);
    // A day late: the admins again, and Jonas, who drafted and sent it, in English.
    expect(await run('2026-12-01T08:00:00Z')).toBe(3);
    expect(await reminders()).toEqual(
      expect.arrayContaining([
        {
          to: lan.email,
          subject:
            'Thư nêu quan ngại số 1: đã quá hạn phản hồi / Concern no. 1: your response is overdue',
        },
        { to: manager.email, subject: 'Saigon Motor Parts has not answered concern 1' },
      ]),
    );
    // Within the week: nothing; a week on: the admins alone.
    expect(await run('2026-12-04T08:00:00Z')).toBe(0);
    expect(await run('2026-12-08T09:00:00Z')).toBe(2);
    expect((await reminders()).filter((mail) => mail.to === manager.email)).toHaveLength(1);
    expect(await reminders()).toHaveLength(7);

    const audited = await inTenantTransaction(server.database.db, scope, (tx) =>
      tx
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.entityId, draft.body.id))),
    );
    expect(audited.map((row) => row.action)).toEqual(
      expect.arrayContaining(['concern.reminder_before', 'concern.reminder_overdue']),
    );
    // The reminders' bookkeeping is the principal's: Lan's role reads none of it.
    const seenByLan = await inTenantTransaction(
      server.database.db,
      { workspaceId: workspace.id, distributorId: distributor.id, userId: lan.id },
      (tx) => tx.execute(sql`select count(*)::int as count from concern_reminder`),
    );
    expect((seenByLan as unknown as { rows: { count: number }[] }).rows[0]?.count).toBe(0);

    // Answered: no more reminders.
    const portal = http(server.url).as(lan);
    expect((await portal.post(`${path}/acknowledgement`)).status).toBe(200);
    const answered = await portal.post(`${path}/response`, {
      response: 'Chúng tôi sẽ bổ sung tồn kho BRK-100 trước ngày 15/12.',
    });
    expect(answered.status).toBe(200);
    expect(await run('2026-12-15T09:00:00Z')).toBe(0);
  });
});

describe('the reminder rule', () => {
  const facts = {
    id: 'c',
    number: 2,
    distributor_id: 'd',
    distributor_name: 'Siam Auto Components',
    time_zone: 'Asia/Bangkok',
    second_language: 'th',
    response_due_on: '2026-12-10',
    responded: false,
    created_by_user_id: null,
    sent_by_user_id: null,
    sent_at: Date.parse('2026-12-01T03:00:00Z'),
    last_before: null,
    last_overdue: null,
  };
  it('reminds two days ahead on the distributor’s calendar, but not right after a short deadline’s mail', () => {
    // 8 December, 00:30 in Bangkok: two days before the 10th.
    expect(dueConcernReminder(facts, new Date('2026-12-07T17:30:00Z'))).toMatchObject({
      kind: 'before',
    });
    // Still the 7th in Bangkok: three days before.
    expect(dueConcernReminder(facts, new Date('2026-12-07T16:30:00Z'))).toBeNull();
    // Sent yesterday with a two-day deadline: its own mail was the reminder.
    const short = { ...facts, sent_at: Date.parse('2026-12-07T03:00:00Z') };
    expect(dueConcernReminder(short, new Date('2026-12-08T03:00:00Z'))).toBeNull();
    // Answered: nothing, however late.
    expect(
      dueConcernReminder({ ...facts, responded: true }, new Date('2026-12-15T03:00:00Z')),
    ).toBeNull();
  });
});
