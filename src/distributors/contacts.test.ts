// Contacts over HTTP: working hours (used by the fair meeting-time rotation) and their validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContact, makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

type ContactBody = {
  id: string;
  name: string;
  isPrimary: boolean;
  timeZone: string | null;
  workStart: string;
  workEnd: string;
  workWeekdays: number[];
};
type Problem = { status: number; errors?: { pointer: string; detail: string }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function setUp() {
  const workspace = await makeWorkspace(server);
  const manager = await makeUser(workspace, 'principal_manager');
  const distributor = await makeDistributor(workspace);
  const api = http(server.url).as(manager);
  const base = `/api/v1/distributors/${distributor.id}/contacts`;
  const listContacts = async () => (await api.get<ContactBody[]>(base)).body;
  return { workspace, distributor, api, base, listContacts };
}

const newContact = { name: 'Trần Thị Mai', role: 'sales_director' };

describe('contact working hours', () => {
  it('gives a new contact 09:00–17:30, Monday to Friday, when none are sent', async () => {
    const { api, base, listContacts } = await setUp();
    const created = await api.post<ContactBody>(base, newContact);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      workStart: '09:00',
      workEnd: '17:30',
      workWeekdays: [1, 2, 3, 4, 5],
    });
    expect(await listContacts()).toEqual([expect.objectContaining({ workStart: '09:00' })]);
  });

  it('stores the hours and days sent, the days in week order, until midnight with 24:00', async () => {
    const { api, base, listContacts } = await setUp();
    const created = await api.post<ContactBody>(base, {
      ...newContact,
      timeZone: 'Asia/Ho_Chi_Minh',
      workStart: '07:30',
      workEnd: '24:00',
      workWeekdays: [6, 1, 2, 3, 4, 5],
    });
    expect(created.status).toBe(201);
    const [stored] = await listContacts();
    expect(stored).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      workStart: '07:30',
      workEnd: '24:00',
      workWeekdays: [1, 2, 3, 4, 5, 6],
    });
  });

  it('changes one end of the hours, checked against the stored other end', async () => {
    const { workspace, distributor, api, base, listContacts } = await setUp();
    const contact = await makeContact(workspace, distributor.id, {
      isPrimary: true,
      workStart: '08:00',
      workEnd: '12:00',
      workWeekdays: [1, 3, 5],
    });
    const url = `${base}/${contact.id}`;

    const endTooEarly = await api.patch<Problem>(url, { workEnd: '07:00' });
    expect(endTooEarly.status).toBe(422);
    expect(endTooEarly.body.errors).toEqual([
      { pointer: '#/workEnd', detail: 'Working hours must end after they start.' },
    ]);
    const startTooLate = await api.patch<Problem>(url, { workStart: '12:00' });
    expect(startTooLate.status).toBe(422);
    expect(startTooLate.body.errors).toEqual([
      { pointer: '#/workStart', detail: 'Working hours must end after they start.' },
    ]);
    expect(await listContacts()).toEqual([
      expect.objectContaining({ workStart: '08:00', workEnd: '12:00' }),
    ]);

    const later = await api.patch<ContactBody>(url, { workEnd: '18:00' });
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ workStart: '08:00', workEnd: '18:00' });
    // A patch changes only what it names: the days and the primary flag stay.
    const renamed = await api.patch<ContactBody>(url, { name: 'Lê Quốc Huy (Mr)' });
    expect(renamed.body).toMatchObject({
      workStart: '08:00',
      workEnd: '18:00',
      workWeekdays: [1, 3, 5],
      isPrimary: true,
    });
  });

  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['a start without a leading zero', { workStart: '9:00' }, '#/workStart', '"9:00" is not'],
    ['a start of 24:00', { workStart: '24:00' }, '#/workStart', '"24:00" is not'],
    ['an end after midnight', { workEnd: '24:30' }, '#/workEnd', '"24:30" is not'],
    ['an end before the start', { workEnd: '08:00' }, '#/workEnd', 'must end after they start'],
    [
      'an end equal to the start',
      { workStart: '10:00', workEnd: '10:00' },
      '#/workEnd',
      'must end after they start',
    ],
    ['no working day', { workWeekdays: [] }, '#/workWeekdays', 'at least one working day'],
    ['a weekday 0', { workWeekdays: [0, 1] }, '#/workWeekdays/0', '0 is not a weekday'],
    ['a weekday 8', { workWeekdays: [1, 8] }, '#/workWeekdays/1', '8 is not a weekday'],
    ['a repeated day', { workWeekdays: [1, 2, 1] }, '#/workWeekdays', 'each working day once'],
    ['an unknown time zone', { timeZone: 'Asia/Hanoi' }, '#/timeZone', 'Unknown time zone'],
  ];

  it.each(invalid)('refuses %s on create, storing nothing', async (_, body, pointer, detail) => {
    const { api, base, listContacts } = await setUp();
    const response = await api.post<Problem>(base, { ...newContact, ...body });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ pointer, detail: expect.stringContaining(detail) }]);
    expect(await listContacts()).toEqual([]);
  });

  it.each(invalid)('refuses %s on edit, changing nothing', async (_, body, pointer, detail) => {
    const { workspace, distributor, api, base, listContacts } = await setUp();
    const contact = await makeContact(workspace, distributor.id);
    const before = await listContacts();
    const response = await api.patch<Problem>(`${base}/${contact.id}`, body);
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ pointer, detail: expect.stringContaining(detail) }]);
    expect(await listContacts()).toEqual(before);
  });

  it('reports hours in the wrong order together with the other invalid fields', async () => {
    const { api, base } = await setUp();
    const response = await api.post<Problem>(base, {
      role: 'sales_rep',
      workStart: '18:00',
      workEnd: '09:00',
    });
    expect(response.body.errors).toEqual([
      { pointer: '#/name', detail: 'This field is required.' },
      { pointer: '#/workEnd', detail: 'Working hours must end after they start.' },
    ]);
  });
});

describe('new contacts and their roles (#16)', () => {
  it("gives a distributor's contact the distributor's time zone when none is sent", async () => {
    const { workspace, api } = await setUp();
    const bangkok = await makeDistributor(workspace, {
      name: 'Siam Brake Supply',
      country: 'TH',
      timeZone: 'Asia/Bangkok',
      languages: ['th'],
    });
    const base = `/api/v1/distributors/${bangkok.id}/contacts`;
    const somchai = await api.post<ContactBody>(base, {
      name: 'Somchai Wongsakul',
      role: 'sales_director',
    });
    expect(somchai.body.timeZone).toBe('Asia/Bangkok');
    // Sent as null, the zone is not known; the principal's people get none they did not send.
    const unknown = await api.post<ContactBody>(base, {
      name: 'Ploy Chaiyaporn',
      role: 'sales_rep',
      timeZone: null,
    });
    expect(unknown.body.timeZone).toBeNull();
    const jonas = await api.post<ContactBody>(base, {
      side: 'principal',
      name: 'Jonas Becker',
      role: 'account_manager',
    });
    expect(jonas.body.timeZone).toBeNull();
  });

  it('names the roles in words, not as internal values, when one is refused', async () => {
    const { api, base } = await setUp();
    const response = await api.post<Problem>(base, { ...newContact, role: 'ceo' });
    expect(response.status).toBe(422);
    const [error] = response.body.errors ?? [];
    expect(error?.pointer).toBe('#/role');
    expect(error?.detail).toContain('General manager');
    expect(error?.detail).toContain('Sales director');
    expect(error?.detail).not.toMatch(/general_manager|sales_director|_/);
  });
});
