// The meeting cadence in the browser: planning it, both sides' local times, cancelling a meeting
// with a reason, the fairness ledger and the private calendar feed (offered to stop only when
// there is one).
import { describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'banh-mi-berlin-42';
const env = setUpBrowserAndServer();

type Meeting = {
  id: string;
  kind: string;
  rhythm: string;
  number: number;
  startsAt: string;
  attendees: { party: string; timeZone: string; localTime: string }[];
};

async function relationship() {
  const workspace = await makeWorkspace(env.server);
  const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
  const katrin = await makeUser(workspace, 'principal_manager', { password, name: 'Katrin Weber' });
  await makeContact(workspace, saigon.id, { isPrimary: true, timeZone: 'Asia/Ho_Chi_Minh' });
  // Katrin attends as the principal's primary contact, so her feed lists the meetings.
  await makeContact(workspace, saigon.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Katrin Weber',
    email: katrin.email,
    language: 'de',
    phone: '+49 30 1234567',
    isPrimary: true,
    timeZone: 'Europe/Berlin',
  });
  return { saigon, katrin };
}

describe('the meeting cadence in the browser', () => {
  it('lets a principal plan the cadence, see both sides’ local times and cancel a meeting', async () => {
    const { saigon, katrin } = await relationship();
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, katrin.email, password);

    await page.goto(`/distributors/${saigon.id}`);
    await page.getByRole('main').getByRole('link', { name: 'Meetings' }).click();
    await page.getByText('No meetings are planned yet').waitFor();
    await page.getByLabel('Video call link').fill('https://meet.example.com/saigon');
    await page.getByLabel('Months ahead').selectOption({ label: '3 months' });
    await page.getByRole('button', { name: 'Plan the cadence' }).click();

    const table = page.getByRole('table', { name: 'Upcoming meetings' });
    await table.waitFor();
    const cadence = await http(env.server.url)
      .as(katrin)
      .get<{ meetings: Meeting[] }>(`/api/v1/distributors/${saigon.id}/cadence`);
    const [first] = cadence.body.meetings;
    if (!first) throw new Error('the plan has no meetings');
    const timeOf = (party: string) =>
      first.attendees.find((attendee) => attendee.party === party)?.localTime ?? '';
    // Berlin and Ho Chi Minh City are 5 or 6 hours apart: the two clocks never show the same time.
    expect(timeOf('principal')).not.toBe(timeOf('distributor'));

    const firstRow = table.getByRole('row').nth(1);
    const cells = firstRow.getByRole('cell');
    await expect.poll(() => cells.nth(2).textContent()).toContain(timeOf('principal'));
    expect(await cells.nth(2).textContent()).toContain('Europe/Berlin');
    expect(await cells.nth(3).textContent()).toContain(timeOf('distributor'));
    expect(await cells.nth(3).textContent()).toContain('Asia/Ho_Chi_Minh');
    expect(await firstRow.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://meet.example.com/saigon',
    );
    await expect.poll(() => firstRow.textContent()).toContain('Scheduled');

    // A new relationship's check-ins are twice a week in month one, and named so; weekly after.
    const label = first.kind === 'weekly' ? 'Twice-weekly check-in' : 'Monthly review';
    expect(first.rhythm).toBe(first.kind === 'weekly' ? 'twice_weekly' : 'monthly');
    await table
      .getByRole('link', { name: /^Twice-weekly check-in \d+$/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^Show all \d+ upcoming meetings$/ }).click();
    const later = cadence.body.meetings.find((m) => m.rhythm === 'weekly');
    if (!later) throw new Error('no check-in after month one');
    await table
      .getByRole('link', { name: `Weekly check-in ${later.number}`, exact: true })
      .waitFor();
    await firstRow
      .getByRole('button', { name: `Cancel ${label} ${first.number}`, exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this meeting?' });
    await dialog.getByLabel('Reason').fill('Trade fair week in Frankfurt');
    await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => firstRow.textContent()).toContain('Cancelled');
    expect(await firstRow.getByRole('button', { name: /^Cancel / }).count()).toBe(0);

    // The filter narrows the table to one kind.
    await page.getByLabel('Meeting', { exact: true }).selectOption({ label: 'Monthly review' });
    await eventually(() => table.getByText(/check-in/).count()).toBe(0);
    expect(await table.getByText(/Monthly review/).count()).toBeGreaterThan(0);

    // The ledger shows the check-ins first, with both sides' running totals; meetings that burden
    // nobody are folded away until asked for.
    const ledger = page.getByRole('region', { name: 'Fairness ledger' });
    if ((await ledger.getByRole('button', { name: 'Show all meetings' }).count()) > 0) {
      await ledger.getByRole('button', { name: 'Show all meetings' }).click();
    }
    await page
      .getByRole('table', {
        name: 'Fairness ledger of the Check-ins (weekly or twice weekly) series',
      })
      .waitFor();
    await page.getByText('Principal so far').waitFor();
    await page.getByText('Distributor so far').waitFor();
    await context.close();
  });

  it('gives a principal a calendar URL, shown once, that calendar apps can read', async () => {
    const { saigon, katrin } = await relationship();
    await http(env.server.url)
      .as(katrin)
      .post(`/api/v1/distributors/${saigon.id}/cadence`, { horizonMonths: 2 });
    const { context, page } = await openPage(env.browser, env.server.url);
    await signIn(page, katrin.email, password);
    await page.goto(`/distributors/${saigon.id}/meetings`);

    const panel = page.getByRole('region', { name: 'Subscribe in your calendar' });
    // Without a feed there is nothing to stop.
    await panel.getByRole('button', { name: 'Create a calendar URL' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Stop the feed' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Create a calendar URL' }).click();
    await panel.getByText('It is shown only once').waitFor();
    const url = (await panel.locator('code').textContent()) ?? '';
    expect(url).toMatch(/\/api\/calendar\/cal_[A-Za-z0-9_-]+\.ics$/);

    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const body = await feed.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('BEGIN:VEVENT');

    await panel.getByRole('button', { name: 'Stop the feed' }).click();
    await panel.getByText('The feed is stopped').waitFor();
    expect(await panel.locator('code').count()).toBe(0);
    expect((await fetch(url)).status).toBe(404);
    await eventually(() => panel.getByRole('button', { name: 'Stop the feed' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Create a calendar URL' }).waitFor();
    await context.close();
  });
});
