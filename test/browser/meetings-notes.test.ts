// Meetings, notes and action items in the browser: attendance and notes on a meeting's page, an
// action item handed to the other side and closed from their Today page, overdue items on both
// sides' dashboards, field errors, the plan's editor, and a principal viewer who only reads.
import { and, eq, sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actionItem, meeting, outboxEmail } from '../../src/db/schema.ts';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../factories.ts';
import { http } from '../http.ts';
import { eventually, openPage, setUpBrowserAndServer, signIn } from './browser.ts';

const password = 'pho-bo-hanoi-2024';
const env = setUpBrowserAndServer();

type Cadence = {
  meetings: { id: string; kind: string; number: number; startsAt: string }[];
  plan: { agendas: Record<string, string[]>; videoUrl: string | null };
};

/**
 * "2026-03-04", days from today on the users' own clock (UTC, their profile's default): the form's
 * default due date and the API's "today" both follow the profile, not the browser.
 */
const userDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/**
 * Katrin (principal) and Lan (distributor) with a planned cadence whose first weekly check-in
 * ended two hours ago, so its notes are due; Huy is a distributor contact without an account.
 */
async function heldMeeting() {
  const workspace = await makeWorkspace(env.server);
  const saigon = await makeDistributor(workspace, { name: 'Saigon Motor Parts' });
  const katrin = await makeUser(workspace, 'principal_manager', { password, name: 'Katrin Weber' });
  const lan = await makeUser(workspace, 'distributor_admin', {
    distributorId: saigon.id,
    password,
    name: 'Nguyễn Thị Lan',
  });
  await makeContact(workspace, saigon.id, {
    side: 'principal',
    role: 'account_manager',
    name: 'Katrin Weber',
    email: katrin.email,
    isPrimary: true,
    timeZone: 'Europe/Berlin',
  });
  await makeContact(workspace, saigon.id, {
    name: 'Nguyễn Thị Lan',
    email: lan.email,
    isPrimary: true,
  });
  const huy = await makeContact(workspace, saigon.id, { name: 'Lê Quốc Huy' });
  const base = `/api/v1/distributors/${saigon.id}`;
  const planned = await http(env.server.url)
    .as(katrin)
    .post<Cadence>(`${base}/cadence`, { horizonMonths: 2 });
  expect(planned.status).toBe(201);
  const first = planned.body.meetings.find((candidate) => candidate.kind === 'weekly');
  if (!first) throw new Error('no weekly meeting planned');
  // The API plans only future meetings: this one is moved back as if it had just taken place.
  await env.server.database.db
    .update(meeting)
    .set({ startsAt: sql`now() - interval '2 hours' - minutes * interval '1 minute'` })
    .where(and(eq(meeting.workspaceId, workspace.id), eq(meeting.id, first.id)));
  return { workspace, saigon, katrin, lan, huy, base, meetingId: first.id, number: first.number };
}

async function signedIn(email: string) {
  const { context, page } = await openPage(env.browser, env.server.url);
  await signIn(page, email, password);
  return { context, page };
}

/** The error shown under a field: the text its aria-describedby points at. */
async function fieldError(page: Page, field: Locator) {
  const id = await field.getAttribute('aria-describedby');
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

describe('meetings, notes and action items in the browser', () => {
  it('takes attendance, publishes the notes and hands an action item to the distributor, who closes it', async () => {
    const { workspace, saigon, katrin, lan, base, number } = await heldMeeting();
    const principal = await signedIn(katrin.email);
    let page = principal.page;

    // Everyone starts on Today.
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/today');
    await page.getByText('No open actions of yours').waitFor();
    await page.getByText('Nothing overdue').waitFor();
    // The check-in that just ended owes its notes; the next ones are in the week ahead.
    const owed = page.getByRole('region', { name: 'Notes still owed' });
    await owed
      .getByRole('row', {
        name: new RegExp(
          `Twice-weekly check-in ${number}.*Saigon Motor Parts.*Katrin Weber.*Notes due by`,
        ),
      })
      .waitFor();
    await page
      .getByRole('region', { name: 'Meetings in the next 7 days' })
      .getByRole('link', { name: `Twice-weekly check-in ${number + 1}` })
      .waitFor();

    await page.goto(`/distributors/${saigon.id}/meetings`);
    const row = page.getByRole('row', { name: new RegExp(`Twice-weekly check-in ${number}\\b`) });
    await row.getByText(/Notes due by/).waitFor();
    await row.getByRole('link', { name: `Twice-weekly check-in ${number}`, exact: true }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: new RegExp(`Twice-weekly check-in ${number} with Saigon Motor Parts`),
      })
      .waitFor();
    await page
      .getByText(/Notes due by/)
      .first()
      .waitFor();

    // Attendance, one more agenda item, and a publish without notes, refused under the field.
    const attendance = page.getByRole('group', { name: 'Attendance' });
    await attendance.getByLabel('Katrin Weber').check();
    await attendance.getByLabel('Nguyễn Thị Lan').check();
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const agendaItems = await page.getByRole('textbox', { name: /^Agenda item \d+$/ }).count();
    await page
      .getByRole('textbox', { name: `Agenda item ${agendaItems}` })
      .fill('Launch of the brake pad line');
    await page.getByRole('button', { name: 'Publish notes' }).click();
    await eventually(() => fieldError(page, page.getByLabel('Notes', { exact: true }))).toBe(
      'Write the notes before publishing them.',
    );
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByLabel('Notes', { exact: true }).fill('Stock of brake pads covers six weeks.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/Draft saved/).waitFor();

    // An action item for the distributor: a due date in the past is refused under the field.
    const addForm = page.getByRole('form', { name: 'Add an action item' });
    await addForm.getByLabel('Title').fill('Send the Q3 stock forecast');
    await addForm.getByLabel('Owner').selectOption({ label: 'Nguyễn Thị Lan' });
    expect(await addForm.getByLabel('Due date').inputValue()).toBe(userDate(7));
    await addForm.getByLabel('Due date').fill(userDate(-3));
    await addForm.getByRole('button', { name: 'Add action item' }).click();
    await eventually(() => fieldError(page, addForm.getByLabel('Due date'))).toBe(
      'The due date is in the past.',
    );
    await addForm.getByLabel('Due date').fill(userDate(7));
    await addForm.getByRole('button', { name: 'Add action item' }).click();
    const items = page.getByRole('table', { name: 'Action items' });
    const itemRow = items.getByRole('row', { name: /Send the Q3 stock forecast/ });
    await itemRow.waitFor();
    expect(await itemRow.textContent()).toContain('Nguyễn Thị LanDistributor');
    expect(await itemRow.textContent()).toContain('Open');

    // Publishing says who receives the notes, then freezes them.
    await page.getByRole('button', { name: 'Publish notes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish the notes?' });
    const message = (await dialog.textContent()) ?? '';
    expect(message).toContain('Katrin Weber');
    expect(message).toContain('Nguyễn Thị Lan');
    await dialog.getByRole('button', { name: 'Publish and send' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Published .* by Katrin Weber/).waitFor();
    expect(await page.getByLabel('Notes', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Publish notes' }).count()).toBe(0);
    await page.getByText('Stock of brake pads covers six weeks.').waitFor();
    await page.getByText('Launch of the brake pad line').waitFor();
    const record = page.getByRole('region', { name: 'Agenda, attendance and notes' });
    expect(
      await record.getByRole('listitem').filter({ hasText: 'Katrin Weber' }).textContent(),
    ).toContain('present');
    const mail = await env.server.database.db
      .select({ to: outboxEmail.toAddress })
      .from(outboxEmail)
      .where(eq(outboxEmail.workspaceId, workspace.id));
    expect(mail.map((item) => item.to)).toEqual(expect.arrayContaining([katrin.email, lan.email]));

    // The meetings page counts the meeting as held with its notes on time.
    await page.getByRole('link', { name: 'Meetings', exact: true }).click();
    await row.getByText('Notes published').waitFor();
    expect(await row.textContent()).toContain('Held');
    const discipline = page.getByRole('region', { name: 'Meeting discipline' });
    await discipline.getByText('Meetings held of those planned').waitFor();
    expect(await discipline.textContent()).toContain('100%');
    await principal.context.close();

    // Lan finds the item on her Today page as her own open action, and closes it there.
    const distributor = await signedIn(lan.email);
    page = distributor.page;
    const mine = page.getByRole('region', { name: 'My open actions' });
    const hers = mine.getByRole('row', { name: /Send the Q3 stock forecast/ });
    await hers.waitFor();
    expect(await hers.textContent()).toContain(`Twice-weekly check-in ${number}`);
    await hers.getByRole('button', { name: 'Mark done: “Send the Q3 stock forecast”' }).click();
    await mine.getByText('No open actions of yours').waitFor();
    const stored = await http(env.server.url)
      .as(lan)
      .get<{ items: { status: string }[] }>(`${base}/action-items?status=all`);
    expect(stored.body.items.map((item) => item.status)).toEqual(['done']);
    await distributor.context.close();
  });

  it('flags an overdue action item on the dashboards of both sides', async () => {
    const { workspace, saigon, katrin, lan, huy, base, meetingId } = await heldMeeting();
    const created = await http(env.server.url)
      .as(katrin)
      .post<{ id: string }>(`${base}/action-items`, {
        meetingId,
        title: 'Confirm the container booking',
        ownerContactId: huy.id,
        dueOn: userDate(7),
      });
    expect(created.status).toBe(201);
    // Due dates in the past are refused, so the item is made overdue behind the API's back.
    await env.server.database.db
      .update(actionItem)
      .set({ dueOn: userDate(-3) })
      .where(and(eq(actionItem.workspaceId, workspace.id), eq(actionItem.id, created.body.id)));

    const principal = await signedIn(katrin.email);
    let overdue = principal.page.getByRole('region', { name: 'Overdue action items' });
    let row = overdue.getByRole('row', { name: /Confirm the container booking/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Overdue');
    expect(await row.textContent()).toContain('Lê Quốc Huy');
    // Across the portfolio each item names its relationship, which opens its meetings.
    await row.getByRole('link', { name: 'Saigon Motor Parts' }).click();
    await principal.page.waitForURL(`**/distributors/${saigon.id}/meetings`);
    const discipline = principal.page.getByRole('region', { name: 'Meeting discipline' });
    await discipline.getByText('1 overdue').waitFor();
    await principal.context.close();

    const distributor = await signedIn(lan.email);
    overdue = distributor.page.getByRole('region', { name: 'Overdue action items' });
    row = overdue.getByRole('row', { name: /Confirm the container booking/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Overdue');
    // Huy owns it, not Lan: her own list stays empty.
    await distributor.page
      .getByRole('region', { name: 'My open actions' })
      .getByText('No open actions of yours')
      .waitFor();
    await distributor.context.close();
  });

  it('lets a principal edit the plan, with field errors under the fields', async () => {
    const { saigon, katrin, base } = await heldMeeting();
    const { context, page } = await signedIn(katrin.email);
    await page.goto(`/distributors/${saigon.id}/meetings`);
    await page.getByRole('button', { name: 'Edit plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the plan' });
    await dialog.getByLabel('Video call link').fill('http://meet.example.com/saigon');
    await dialog.getByLabel('Agenda of the Weekly check-in').fill('Orders\nShipments\n');
    await dialog.getByRole('button', { name: 'Save the plan' }).click();
    await eventually(() => fieldError(page, dialog.getByLabel('Video call link'))).toBe(
      'Enter a full web address, like https://example.com.',
    );
    await dialog.getByLabel('Video call link').fill('https://meet.example.com/saigon');
    await dialog.getByRole('button', { name: 'Save the plan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const cadence = await http(env.server.url).as(katrin).get<Cadence>(`${base}/cadence`);
    expect(cadence.body.plan.agendas.weekly).toEqual(['Orders', 'Shipments']);
    expect(cadence.body.plan.videoUrl).toBe('https://meet.example.com/saigon');
    await context.close();
  });

  it('shows a principal viewer the meeting and the actions without any way to change them', async () => {
    const { workspace, saigon, katrin, huy, base, meetingId, number } = await heldMeeting();
    const api = http(env.server.url).as(katrin);
    await api.post(`${base}/action-items`, {
      meetingId,
      title: 'Share the price list',
      ownerContactId: huy.id,
      dueOn: userDate(7),
    });
    await api.put(`${base}/meetings/${meetingId}/notes`, {
      notes: 'Prices for 2027 agreed.',
      publish: true,
    });
    const viewer = await makeUser(workspace, 'principal_viewer', {
      password,
      name: 'Jonas Becker',
    });
    const { context, page } = await signedIn(viewer.email);
    await page.goto(`/distributors/${saigon.id}/meetings`);
    await page.getByRole('region', { name: 'Meeting discipline' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit plan' }).count()).toBe(0);
    await page.getByRole('link', { name: `Twice-weekly check-in ${number}`, exact: true }).click();
    await page.getByText('Prices for 2027 agreed.').waitFor();
    const items = page.getByRole('table', { name: 'Action items' });
    await items.getByRole('row', { name: /Share the price list/ }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);

    // A meeting still to come reads the same: no form for a viewer.
    const cadence = await api.get<Cadence>(`${base}/cadence`);
    const later = cadence.body.meetings.find((item) => new Date(item.startsAt) > new Date());
    await page.goto(`/distributors/${saigon.id}/meetings/${later?.id}`);
    await page.getByText('No notes yet').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await context.close();
  });
});
