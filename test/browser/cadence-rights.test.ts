// Rights and safe actions on the meeting cadence in the demo (#16): only an item's owner, its
// meeting's note-taker or the principal's editors close or drop it, with a reason both sides
// read and an undo; cancelling a meeting says why and tells the other side; a new time proposed
// by one side moves the meeting once the other side accepts it.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword, demoUsers } from '../../src/seed/demo-data.ts';
import { runQueuedJobs } from '../run-jobs.ts';
import {
  chooseLanguage,
  eventually,
  openPage,
  setUpDemoBrowserAndServer,
  signIn,
} from './browser.ts';

const env = setUpDemoBrowserAndServer();
const jonasItem = 'Confirm the Q1 container allocation for brake pads';
const lansItem = 'Send the monthly report with filter inventory';

type Item = { id: string; title: string; distributorId: string; meeting: { id: string } | null };
type Meeting = { id: string; startsAt: string; status: string };

/** Signs in as a demo user, in English. */
async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, demoPassword);
  if (email === demoUsers.vietnam.email) await chooseLanguage(page, 'English', 'Today');
  return { context, page };
}

/** A request from the signed-in page itself, as the app makes them. */
function call<T>(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { method, path, body },
  ) as Promise<{ status: number; body: T }>;
}

async function itemNamed(page: Page, title: string) {
  const list = await call<{ items: Item[] }>(page, 'GET', '/api/v1/action-items?status=all');
  const item = list.body.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`the demo has no item “${title}”`);
  return item;
}

/** Saigon's meetings still ahead, soonest first. */
async function upcomingMeetings(page: Page, distributorId: string) {
  const cadence = await call<{ meetings: Meeting[] }>(
    page,
    'GET',
    `/api/v1/distributors/${distributorId}/cadence`,
  );
  return cadence.body.meetings.filter(
    (meeting) => meeting.status === 'scheduled' && new Date(meeting.startsAt) > new Date(),
  );
}

describe('action items, cancelling and new times between both sides', () => {
  it('lets Jonas drop his item with a reason and reopen it; Lan cannot drop it but reads why', async () => {
    const lan = await signedIn(demoUsers.vietnam.email);
    await lan.page.goto('/today');
    const overdue = lan.page.getByRole('region', { name: 'Overdue action items' });
    await overdue.getByRole('cell', { name: jonasItem }).waitFor();
    // Lan owns her own item, so she may close it, but not Jonas's.
    await lan.page
      .getByRole('button', { name: `Drop “${lansItem}”` })
      .first()
      .waitFor();
    expect(await lan.page.getByRole('button', { name: `Drop “${jonasItem}”` }).count()).toBe(0);
    expect(await lan.page.getByRole('button', { name: `Mark done: “${jonasItem}”` }).count()).toBe(
      0,
    );
    const item = await itemNamed(lan.page, jonasItem);
    const refused = await call<{ title: string }>(
      lan.page,
      'PATCH',
      `/api/v1/distributors/${item.distributorId}/action-items/${item.id}`,
      { status: 'dropped', reason: 'Not needed any more' },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.title).toBe(
      'Only the owner, the note-taker or the principal’s team can change this item',
    );

    // Jonas drops it: the dialog asks why, with buttons that say what they do.
    const jonas = await signedIn(demoUsers.manager.email);
    await jonas.page.goto('/today');
    const mine = jonas.page.getByRole('region', { name: 'My open actions' });
    await mine.getByRole('button', { name: `Drop “${jonasItem}”` }).click();
    const dialog = jonas.page.getByRole('dialog', { name: 'Drop this action item?' });
    await dialog.getByRole('button', { name: 'Keep the item' }).waitFor();
    await dialog.getByRole('button', { name: 'Drop the item' }).click();
    await dialog.getByText('Say why the item is dropped.').waitFor();
    await dialog.getByLabel('Why is it dropped?').fill('Allocation confirmed by phone with Lan');
    await dialog.getByRole('button', { name: 'Drop the item' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => mine.getByRole('cell', { name: jonasItem }).count()).toBe(0);

    // It has not vanished: the dropped items show it, with who and why.
    await mine.getByLabel('Show').selectOption({ label: 'Dropped items' });
    const mineAny = jonas.page.getByRole('region', { name: 'My action items' });
    const row = mineAny.getByRole('row', { name: new RegExp(jonasItem) });
    await row
      .getByText(/^Dropped by Jonas Becker on .+: Allocation confirmed by phone with Lan$/)
      .waitFor();

    // Lan reads the same on the meeting that agreed it.
    await lan.page.goto(`/distributors/${item.distributorId}/meetings/${item.meeting?.id}`);
    const actions = lan.page.getByRole('region', { name: 'Action items' });
    const lanRow = actions.getByRole('row', { name: new RegExp(jonasItem) });
    await lanRow.getByText('Dropped', { exact: true }).waitFor();
    await lanRow
      .getByText(/^Dropped by Jonas Becker on .+: Allocation confirmed by phone with Lan$/)
      .waitFor();
    expect(await lanRow.getByRole('button').count()).toBe(0);

    // Undo: Jonas reopens it, and the history keeps both changes.
    await row.getByRole('button', { name: `Reopen “${jonasItem}”` }).click();
    await eventually(() => mineAny.getByRole('cell', { name: jonasItem }).count()).toBe(0);
    await mineAny.getByLabel('Show').selectOption({ label: 'All items' });
    const reopened = mineAny.getByRole('row', { name: new RegExp(jonasItem) });
    await reopened.getByText('History (2 changes)').click();
    const entries = reopened.getByRole('listitem');
    await entries
      .filter({ hasText: /^Dropped by Jonas Becker on .+: Allocation confirmed/ })
      .waitFor();
    await entries.filter({ hasText: /^Reopened by Jonas Becker on / }).waitFor();
    await lan.context.close();
    await jonas.context.close();
  });

  it('makes Lan give a reason to cancel a meeting, and Jonas reads it', async () => {
    const lan = await signedIn(demoUsers.vietnam.email);
    const item = await itemNamed(lan.page, lansItem);
    const saigonId = item.distributorId;
    const [next] = await upcomingMeetings(lan.page, saigonId);
    if (!next) throw new Error('Saigon has no meeting ahead');
    await lan.page.goto(`/distributors/${saigonId}/meetings`);
    const row = lan.page.getByRole('row').filter({
      has: lan.page.locator(`a[href$="/meetings/${next.id}"]`),
    });
    await row.getByRole('button', { name: /^Cancel / }).click();
    const dialog = lan.page.getByRole('dialog', { name: 'Cancel this meeting?' });
    // Two unambiguous buttons: keeping it, or cancelling it.
    await dialog.getByRole('button', { name: 'Keep the meeting' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Cancel', exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
    await dialog.getByText('Say why the meeting is called off.').waitFor();
    await dialog.getByLabel('Reason').fill('Tết holiday: our office is closed');
    await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => row.textContent()).toContain('Cancelled');

    const jonas = await signedIn(demoUsers.manager.email);
    await jonas.page.goto(`/distributors/${saigonId}/meetings/${next.id}`);
    await jonas.page
      .getByText(/^Cancelled by Nguyễn Thị Lan on .+: Tết holiday: our office is closed$/)
      .waitFor();
    // The bell tells him too.
    await runQueuedJobs(env.server);
    await jonas.page.goto('/notifications');
    await jonas.page
      .getByText(/Nguyễn Thị Lan called off the meeting of .+ with Saigon Motor Parts: Tết holiday/)
      .first()
      .waitFor();
    await lan.context.close();
    await jonas.context.close();
  });

  it('moves a meeting to the time Lan proposes once Jonas accepts it', async () => {
    const lan = await signedIn(demoUsers.vietnam.email);
    const item = await itemNamed(lan.page, lansItem);
    const saigonId = item.distributorId;
    const upcoming = await upcomingMeetings(lan.page, saigonId);
    const meeting = upcoming[1];
    if (!meeting) throw new Error('Saigon has too few meetings ahead');
    // Two days later, 15:30 on Lan's clock (Ho Chi Minh City, UTC+7): 08:30 UTC.
    const day = new Date(new Date(meeting.startsAt).getTime() + 2 * 86_400_000);
    const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(day);
    const newStart = new Date(`${localDay}T15:30:00+07:00`);

    await lan.page.goto(`/distributors/${saigonId}/meetings/${meeting.id}`);
    const schedule = lan.page.getByRole('region', { name: 'Schedule' });
    await schedule.getByRole('button', { name: 'Propose a new time' }).click();
    const dialog = lan.page.getByRole('dialog', { name: 'Propose a new time' });
    await dialog.getByLabel('New time (your time, Asia/Ho_Chi_Minh)').fill(`${localDay}T15:30`);
    await dialog.getByLabel('Why move it?').fill('Stocktake at the Thủ Đức warehouse');
    await dialog.getByRole('button', { name: 'Send the proposal' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Each reads the time on their own clock, in their locale's format (3:30 PM in English).
    await schedule
      .getByText(
        /^Nguyễn Thị Lan \(Distributor\) proposes .+\b3:30.+ your time \(Asia\/Ho_Chi_Minh\) instead of /,
      )
      .waitFor();
    await schedule.getByRole('button', { name: 'Withdraw the proposal' }).waitFor();
    expect(await schedule.getByRole('button', { name: 'Accept the new time' }).count()).toBe(0);

    const jonas = await signedIn(demoUsers.manager.email);
    await jonas.page.goto(`/distributors/${saigonId}/meetings/${meeting.id}`);
    const his = jonas.page.getByRole('region', { name: 'Schedule' });
    // On Jonas's clock (Berlin) the same proposal reads 9:30 in winter, 10:30 in summer.
    const berlin = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Berlin',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .format(newStart)
      .replace(/\s*[AP]M$/, '');
    await his
      .getByText(new RegExp(`proposes .+\\b${berlin}.+your time \\(Europe/Berlin\\).+Stocktake`))
      .waitFor();
    await his.getByRole('button', { name: 'Accept the new time' }).click();
    await his.getByText(/Jonas Becker accepted and the meeting moved/).waitFor();
    // The page's heading shows the new time on his clock.
    await eventually(() =>
      jonas.page.locator('.page-header p.muted').first().textContent(),
    ).toMatch(new RegExp(`\\b${berlin}.+your time`));

    const moved = await call<{ startsAt: string; sequence: number }>(
      lan.page,
      'GET',
      `/api/v1/distributors/${saigonId}/meetings/${meeting.id}`,
    );
    expect(moved.body.startsAt).toBe(newStart.toISOString());
    expect(moved.body.sequence).toBeGreaterThan(0);
    await lan.context.close();
    await jonas.context.close();
  });

  it('asks Jonas why he declines a new time, and shows Lan his answer', async () => {
    const lan = await signedIn(demoUsers.vietnam.email);
    const saigonId = (await itemNamed(lan.page, lansItem)).distributorId;
    const meeting = (await upcomingMeetings(lan.page, saigonId))[2];
    if (!meeting) throw new Error('Saigon has too few meetings ahead');
    const later = new Date(new Date(meeting.startsAt).getTime() + 86_400_000).toISOString();
    const proposed = await call(
      lan.page,
      'POST',
      `/api/v1/distributors/${saigonId}/meetings/${meeting.id}/time-proposals`,
      { startsAt: later, reason: 'Tết stock count at Thủ Đức' },
    );
    expect(proposed.status).toBe(201);

    const jonas = await signedIn(demoUsers.manager.email);
    await jonas.page.goto(`/distributors/${saigonId}/meetings/${meeting.id}`);
    const his = jonas.page.getByRole('region', { name: 'Schedule' });
    await his.getByRole('button', { name: 'Decline', exact: true }).click();
    const dialog = jonas.page.getByRole('dialog', { name: 'Decline the new time' });
    await dialog.getByText(/Nguyễn Thị Lan proposed .+ instead of .+reads your reason/).waitFor();
    // Declining needs a reason; keeping the proposal open changes nothing.
    await dialog.getByRole('button', { name: 'Decline the new time' }).click();
    await dialog.getByText('Say why you decline: the other side reads it.').waitFor();
    await dialog
      .getByLabel('Why does the new time not suit you?')
      .fill('Our quarter closes that day; Thursday at the same hour suits us.');
    await dialog.getByRole('button', { name: 'Decline the new time' }).click();
    await dialog.waitFor({ state: 'detached' });
    await his.getByText(/Jonas Becker declined/).waitFor();

    await lan.page.goto(`/distributors/${saigonId}/meetings/${meeting.id}`);
    const schedule = lan.page.getByRole('region', { name: 'Schedule' });
    await schedule
      .getByText(
        'Answer from Jonas Becker: Our quarter closes that day; Thursday at the same hour suits us.',
      )
      .waitFor();
    const unchanged = await call<{ startsAt: string }>(
      lan.page,
      'GET',
      `/api/v1/distributors/${saigonId}/meetings/${meeting.id}`,
    );
    expect(unchanged.body.startsAt).toBe(new Date(meeting.startsAt).toISOString());
    await lan.context.close();
    await jonas.context.close();
  });
});
