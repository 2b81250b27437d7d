// The demo's meetings as issue #16 found them: past and upcoming apart, a past meeting that never
// reads "Scheduled", check-ins named by their real rhythm, the fairness ledger folded to the
// meetings that burden someone, a page far shorter than 5,200 px; and notes published with the
// invitees ticked present, with a warning when nobody attended (the meeting then is not held).
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distributor, meeting } from '../../src/db/schema.ts';
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { eventually, openPage, setUpDemoBrowserAndServer, signIn } from './browser.ts';

const env = setUpDemoBrowserAndServer();

type Meeting = { id: string; kind: string; rhythm: string; number: number; startsAt: string };

async function saigon() {
  const [row] = await env.server.database.db
    .select({ id: distributor.id, workspaceId: distributor.workspaceId })
    .from(distributor)
    .where(eq(distributor.name, 'Saigon Motor Parts'));
  if (!row) throw new Error('the demo has no Saigon Motor Parts');
  return row;
}

async function meetingsOf(page: Page, distributorId: string) {
  const answer = await page.request.get(`/api/v1/distributors/${distributorId}/cadence`);
  return ((await answer.json()) as { meetings: Meeting[] }).meetings;
}

describe('the demo’s meetings page', () => {
  it('lists upcoming and past meetings apart, names them by rhythm, and stays short', async () => {
    const { id } = await saigon();
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto(`/distributors/${id}/meetings`);

    const upcoming = page.getByRole('table', { name: 'Upcoming meetings' });
    const past = page.getByRole('table', { name: 'Past meetings' });
    await upcoming.waitFor();
    await past.waitFor();
    // Past meetings: newest first, ten a page; the latest one owes its notes and says so.
    const pastRows = past.locator('tbody tr');
    expect(await pastRows.count()).toBe(10);
    await page.getByText(/^1–10 of \d+ past meetings$/).waitFor();
    const latest = pastRows.first();
    await eventually(() => latest.textContent()).toContain('Notes overdue');
    expect(await latest.textContent()).toContain('Awaiting notes');
    expect(await past.getByText('Scheduled', { exact: true }).count()).toBe(0);
    const pastDates = await pastRows.locator('td:nth-child(2)').allTextContents();
    const meetings = await meetingsOf(page, id);
    const ended = meetings
      .filter((m) => new Date(m.startsAt).getTime() < Date.now())
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    expect(ended.length).toBeGreaterThan(10);
    expect(pastDates.length).toBe(10);
    // Upcoming: only what is still ahead, the next eight unless asked for all.
    expect(await upcoming.getByText('Awaiting notes').count()).toBe(0);
    expect(await upcoming.locator('tbody tr').count()).toBe(8);

    // Each meeting is named by its series' rhythm at its date (month one's check-ins: cadence.test.ts).
    const label = (m: Meeting) =>
      ({
        twice_weekly: 'Twice-weekly check-in',
        weekly: 'Weekly check-in',
        monthly: 'Monthly review',
        quarterly: 'Quarterly review',
        annual: 'Annual review',
      })[m.rhythm];
    const latestMeeting = ended[0];
    if (!latestMeeting) throw new Error('no past meeting');
    await latest
      .getByRole('link', { name: `${label(latestMeeting)} ${latestMeeting.number}`, exact: true })
      .waitFor();

    // The fairness ledger shows only the meetings that burden someone until asked for all.
    const ledger = page.getByRole('region', { name: 'Fairness ledger' });
    const folded = ledger.getByText(/meetings? that burdens? nobody (is|are) hidden/);
    await folded.waitFor();
    const shown = await ledger.locator('tbody tr').count();
    await ledger.getByRole('button', { name: 'Show all meetings' }).click();
    await eventually(() => ledger.locator('tbody tr').count()).toBeGreaterThan(shown);
    await ledger.getByRole('button', { name: 'Hide meetings without burden' }).click();
    await eventually(() => ledger.locator('tbody tr').count()).toBe(shown);

    // At 1,366 × 860 the page is a fraction of the 5,200 px it was.
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    expect(height).toBeLessThan(3200);
    await context.close();
  });

  it('publishes notes with the invitees ticked, and warns before counting nobody as held', async () => {
    const { id, workspaceId } = await saigon();
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, demoUsers.manager.email, demoPassword);
    await page.goto(`/distributors/${id}/meetings`);
    const past = page.getByRole('table', { name: 'Past meetings' });
    const latest = past.locator('tbody tr').first();
    await latest.getByRole('link').first().click();

    // The four invitees start ticked: Jonas only writes the notes.
    const attendance = page.getByRole('group', { name: 'Attendance' });
    await attendance.getByRole('checkbox').first().waitFor();
    const boxes = attendance.getByRole('checkbox');
    expect(await boxes.count()).toBe(4);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    await page.getByLabel('Notes', { exact: true }).fill('Đơn hàng tháng 12 đã xác nhận.');
    await page.getByRole('button', { name: 'Publish notes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish the notes?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Publish and send' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).getByText('Held', { exact: true }).waitFor();

    // A meeting nobody attended: the next check-in, moved back as if it had just ended.
    const [next] = await env.server.database.db
      .select({ id: meeting.id })
      .from(meeting)
      .where(
        and(
          eq(meeting.workspaceId, workspaceId),
          eq(meeting.distributorId, id),
          eq(meeting.status, 'scheduled'),
          gt(meeting.startsAt, sql`now()`),
        ),
      )
      .orderBy(meeting.startsAt)
      .limit(1);
    if (!next) throw new Error('no upcoming meeting');
    await env.server.database.db
      .update(meeting)
      .set({ startsAt: sql`now() - interval '3 hours'` })
      .where(and(eq(meeting.workspaceId, workspaceId), eq(meeting.id, next.id)));
    await page.goto(`/distributors/${id}/meetings/${next.id}`);
    await attendance.getByRole('checkbox').first().waitFor();
    await page
      .getByRole('heading', { level: 1 })
      .getByText('Awaiting notes', { exact: true })
      .waitFor();
    for (const box of await attendance.getByRole('checkbox').all()) await box.uncheck();
    await page
      .getByLabel('Notes', { exact: true })
      .fill('Không ai tham dự; cuộc họp không diễn ra.');
    await page.getByRole('button', { name: 'Publish notes' }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain(
      'Nobody is marked as present. A meeting counts as held only when someone from each side attended',
    );
    await dialog.getByRole('button', { name: 'Publish anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('heading', { level: 1 })
      .getByText('Not held: one side absent', { exact: true })
      .waitFor();

    // The meetings page counts one meeting held, not two.
    await page.goto(`/distributors/${id}/meetings`);
    const row = page.getByRole('table', { name: 'Past meetings' }).locator('tbody tr').first();
    await eventually(() => row.textContent()).toContain('Not held: one side absent');
    await context.close();
  });
});
