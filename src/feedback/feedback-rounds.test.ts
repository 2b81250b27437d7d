// The survey on the durable schedule (the hourly job, run here by hand on a pinned clock): it
// opens the quarter's round for every working relationship and tells both sides in the app; a
// week on it reminds, once, those who have not answered, in the app and by e-mail in their
// language; the people who answered are left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { http } from '../../test/http.ts';
import { runQueuedJobs } from '../../test/run-jobs.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { runFeedbackSchedule } from './feedback-rounds.service.ts';

type Feedback = { rounds: { id: string; quarter: string; openerName: string }[] };
type Notifications = { items: { type: string; path: string | null; data: { quarter?: string } }[] };
type Mail = { toAddress: string; subject: string; bodyText: string };

const clock = pinnedClock('2026-10-01T05:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock, isolated: true });
});
afterAll(() => server.close());

describe('the survey schedule', () => {
  it('opens the quarter’s round for working relationships and reminds those who have not answered', async () => {
    const workspace = await makeWorkspace(server, 'Brenner Autoteile GmbH');
    const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
    const prospect = await makeDistributor(workspace, {
      name: 'Wrocław Moto Części',
      country: 'PL',
      timeZone: 'Europe/Warsaw',
      languages: ['pl'],
      lifecycleStage: 'prospect',
    });
    const katrin = await makeUser(workspace, 'principal_admin', { name: 'Katrin Weber' });
    const jonas = await makeUser(workspace, 'principal_manager', { name: 'Jonas Becker' });
    const lan = await makeUser(workspace, 'distributor_admin', {
      distributorId: saigon.id,
      name: 'Nguyễn Thị Lan',
      locale: 'vi',
    });
    const client = http(server.url);
    const run = (instant: string) => {
      clock.set(instant);
      return runFeedbackSchedule(server.database, server.config.publicUrl, clock.now(), {
        workspaceId: workspace.id,
      });
    };

    expect(await run('2026-10-01T05:00:00Z')).toEqual({ opened: 1, reminded: 0 });
    const feedback = await client
      .as(lan)
      .get<Feedback>(`/api/v1/distributors/${saigon.id}/feedback`);
    expect(feedback.body.rounds).toMatchObject([{ quarter: '2026-Q4', openerName: 'Liaison' }]);
    const roundId = feedback.body.rounds[0]?.id;
    const prospectRounds = await client
      .as(katrin)
      .get<Feedback>(`/api/v1/distributors/${prospect.id}/feedback`);
    expect(prospectRounds.body.rounds).toEqual([]);
    // Run again within the hour: nothing new.
    expect(await run('2026-10-01T06:00:00Z')).toEqual({ opened: 0, reminded: 0 });

    await runQueuedJobs(server);
    const lansBell = await client.as(lan).get<Notifications>('/api/v1/notifications');
    expect(lansBell.body.items).toContainEqual(
      expect.objectContaining({
        type: 'feedback.round_opened',
        path: `/distributors/${saigon.id}/feedback`,
      }),
    );

    const answered = await client
      .as(jonas)
      .post(`/api/v1/distributors/${saigon.id}/feedback/rounds/${roundId}/answers`, {
        scores: { communication: 5, support: 4, commitments: 5, overall: 5 },
      });
    expect(answered.status).toBe(201);

    // Six days on: too early. Eight days on: Lan and Katrin (no owner: the admins and managers)
    // are reminded; Jonas answered.
    expect(await run('2026-10-07T05:00:00Z')).toEqual({ opened: 0, reminded: 0 });
    expect(await run('2026-10-09T05:00:00Z')).toEqual({ opened: 0, reminded: 2 });
    expect(await run('2026-10-16T05:00:00Z')).toEqual({ opened: 0, reminded: 0 });

    const mails = (await client.as(katrin).get<Mail[]>('/api/v1/outbox')).body;
    const reminders = mails.filter((mail) => mail.bodyText.includes('/feedback'));
    expect(reminders.map((mail) => mail.toAddress).sort()).toEqual(
      [katrin.email, lan.email].sort(),
    );
    expect(reminders.find((mail) => mail.toAddress === lan.email)?.subject).toBe(
      'Nhắc nhở: khảo sát quan hệ hợp tác 2026-Q4 với Saigon Motor Parts',
    );
    expect(reminders.find((mail) => mail.toAddress === katrin.email)?.subject).toBe(
      'Reminder: the 2026-Q4 relationship survey with Saigon Motor Parts',
    );

    await runQueuedJobs(server);
    const reminded = async (user: typeof lan) =>
      (await client.as(user).get<Notifications>('/api/v1/notifications')).body.items.filter(
        (item) => item.type === 'feedback.reminder',
      );
    expect(await reminded(lan)).toHaveLength(1);
    expect(await reminded(katrin)).toHaveLength(1);
    expect(await reminded(jonas)).toEqual([]);
  });
});
