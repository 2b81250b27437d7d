// Four months of communication in the demo, written through the services with a clock set to
// each moment (so nothing needs backdating by SQL). Saigon Motor Parts has gone quiet: its last
// inbound contact is Lan's message ten weeks ago, and two messages from Brenner since then wait
// for an answer, past the charter's response time. Siam Auto Components answers within a day;
// the other active distributors keep calling and writing back.
import { DateTime } from 'luxon';
import { logInteraction } from '../communication/interactions.service.ts';
import { createThread, postMessage } from '../communication/threads.service.ts';
import { listDistributorContacts } from '../distributors/contacts.service.ts';
import type { Actor, Services } from '../platform/tenancy.ts';
import { makeContext } from '../platform/tenancy.ts';

export type DemoPerson = {
  userId: string;
  name: string;
  email: string;
  role: Actor['role'];
  distributorId: string | null;
};

type Demo = {
  workspaceId: string;
  admin: DemoPerson;
  manager: DemoPerson;
  vietnam: DemoPerson;
  thailand: DemoPerson;
  saigonId: string;
  siamId: string;
  /** The other demo distributors, with the language their people write in. */
  others: { id: string; name: string }[];
};

/** A demo person acting, as the services see them. */
export function demoActor(workspaceId: string, person: DemoPerson, locale = 'en'): Actor {
  return {
    userId: person.userId,
    name: person.name,
    email: person.email,
    workspaceId,
    role: person.role,
    distributorId: person.distributorId,
    via: 'system',
    locale,
    timeZone: 'UTC',
    requestId: null,
  };
}

export async function loadDemoCommunication(base: Services, demo: Demo) {
  const now = DateTime.fromJSDate(base.clock.now());
  const at = (daysAgo: number, hour = 9) =>
    now.minus({ days: daysAgo }).set({ hour, minute: 0, second: 0, millisecond: 0 }).toJSDate();
  /** A context for one person, its clock standing at the moment they act. */
  const as = (person: DemoPerson, when: Date) =>
    makeContext({ ...base, clock: { now: () => when } }, demoActor(demo.workspaceId, person));
  const start = async (
    person: DemoPerson,
    when: Date,
    distributorId: string,
    input: { subject: string; priority: 'urgent' | 'high' | 'normal'; body: string },
    participantUserIds: string[],
  ) => (await createThread(as(person, when), distributorId, { ...input, participantUserIds })).id;
  const write = (person: DemoPerson, when: Date, distributorId: string, id: string, body: string) =>
    postMessage(as(person, when), distributorId, id, { body });

  // Saigon Motor Parts: answers at first, then silence.
  const { saigonId, siamId, manager, admin, vietnam, thailand } = demo;
  const prices = await start(
    manager,
    at(120),
    saigonId,
    {
      subject: 'Bảng giá má phanh 2027 / Brake pad price list 2027',
      priority: 'normal',
      body: 'Chị Lan, attached is the 2027 price list for the BRK range. Could you confirm the new prices for your dealers by the end of the month?',
    },
    [vietnam.userId],
  );
  await write(
    vietnam,
    at(119, 14),
    saigonId,
    prices,
    'Dạ em nhận được rồi. We will send the new prices to our dealers in Hồ Chí Minh City and Bình Dương next week.',
  );
  await write(
    manager,
    at(118),
    saigonId,
    prices,
    'Thank you, Lan. Tell me if a dealer pushes back.',
  );
  await write(
    vietnam,
    at(116, 10),
    saigonId,
    prices,
    'Two dealers in Đà Nẵng asked for 3% more discount on BRK-100. Can Brenner support?',
  );
  const stock = await start(
    manager,
    at(85),
    saigonId,
    {
      subject: 'BRK-100 stock below the 8-week buffer',
      priority: 'high',
      body: 'Lan, your February report shows 3 weeks of cover for BRK-100 against the charter’s 8. Can you place a replenishment order this month?',
    },
    [vietnam.userId],
  );
  await write(
    vietnam,
    at(84, 11),
    saigonId,
    stock,
    'Em đã báo anh Minh. Cash flow is tight this quarter; we will order after the Tết sales come in.',
  );
  await write(
    manager,
    at(78),
    saigonId,
    stock,
    'Understood. Which quantity can you commit to, and when?',
  );
  // Lan's last word, ten weeks ago.
  await write(
    vietnam,
    at(70, 16),
    saigonId,
    stock,
    'Chúng tôi sẽ kiểm tra lại tồn kho và báo lại anh sau. We are also looking at other suppliers’ prices.',
  );
  // Two messages from Brenner since, both unanswered.
  await start(
    manager,
    at(42),
    saigonId,
    {
      subject: 'Monthly report missing / Báo cáo tháng còn thiếu',
      priority: 'high',
      body: 'Lan, we have not received the monthly report yet. Could you send it this week, with the stock figures for filters?',
    },
    [vietnam.userId],
  );
  await write(
    admin,
    at(21),
    saigonId,
    stock,
    'Chị Lan, we still have no answer on the BRK-100 order, and stock is now under 2 weeks of cover. Can we talk this week?',
  );

  // Siam Auto Components: prompt answers.
  const promotion = await start(
    manager,
    at(60),
    siamId,
    {
      subject: 'Songkran promotion for brake discs',
      priority: 'normal',
      body: 'Somchai, would a 5% promotion on DSC-200 before Songkran help your workshops?',
    },
    [thailand.userId],
  );
  await write(
    thailand,
    at(59, 8),
    siamId,
    promotion,
    'Yes, good idea. ขอบคุณครับ — please send the leaflets in Thai, we print them in Bangkok.',
  );
  await write(manager, at(58), siamId, promotion, 'Leaflets are on the way.');
  await write(thailand, at(57, 8), siamId, promotion, 'ได้รับแล้วครับ — received, thank you.');
  const delivery = await start(
    thailand,
    at(9, 7),
    siamId,
    {
      subject: 'Delivery to Laem Chabang delayed?',
      priority: 'urgent',
      body: 'Container MSKU 448812 is two days late. Do you have news from the forwarder?',
    },
    [manager.userId],
  );
  await write(
    manager,
    at(9, 10),
    siamId,
    delivery,
    'The vessel arrives Thursday; customs papers are sent.',
  );
  await write(thailand, at(9, 12), siamId, delivery, 'Received, thank you.');

  // Logged interactions: calls, visits and chats outside Liaison.
  const log = async (
    distributorId: string,
    entry: {
      daysAgo: number;
      direction: 'inbound' | 'outbound';
      channel: 'call' | 'email' | 'visit' | 'whatsapp' | 'other_chat' | 'meeting';
      summary: string;
      repliedAfterHours: number | null;
      people: string[];
    },
  ) => {
    const contacts = await listDistributorContacts(as(manager, now.toJSDate()), distributorId);
    const occurredAt = at(entry.daysAgo, 10);
    await logInteraction(as(manager, now.toJSDate()), distributorId, {
      occurredAt: occurredAt.toISOString(),
      direction: entry.direction,
      channel: entry.channel,
      summary: entry.summary,
      contactIds: contacts
        .filter((person) => entry.people.includes(person.name))
        .map((person) => person.id),
      repliedAt:
        entry.repliedAfterHours === null
          ? null
          : DateTime.fromJSDate(occurredAt).plus({ hours: entry.repliedAfterHours }).toISO(),
    });
  };
  for (const entry of [
    {
      daysAgo: 100,
      direction: 'outbound' as const,
      channel: 'visit' as const,
      summary:
        'Visit to the Thủ Đức warehouse with Huy: stock counted, shelves for the filter range agreed.',
      repliedAfterHours: 20,
      people: ['Lê Quốc Huy', 'Jonas Becker'],
    },
    {
      daysAgo: 72,
      direction: 'inbound' as const,
      channel: 'whatsapp' as const,
      summary: 'Lan asked on WhatsApp whether the March shipment can be split in two.',
      repliedAfterHours: 3,
      people: ['Nguyễn Thị Lan'],
    },
    {
      daysAgo: 30,
      direction: 'outbound' as const,
      channel: 'call' as const,
      summary:
        'Called Lan about the missing report and the BRK-100 order: no answer, voicemail left.',
      repliedAfterHours: null,
      people: ['Nguyễn Thị Lan'],
    },
    {
      daysAgo: 12,
      direction: 'outbound' as const,
      channel: 'call' as const,
      summary:
        'Called Trần Văn Minh (general manager): his assistant said he is travelling, no call back.',
      repliedAfterHours: null,
      people: ['Trần Văn Minh'],
    },
  ]) {
    await log(saigonId, entry);
  }
  await log(siamId, {
    daysAgo: 20,
    direction: 'inbound',
    channel: 'call',
    summary: 'Somchai called about the Songkran leaflets: printed, 2,000 copies.',
    repliedAfterHours: 1,
    people: ['Somchai Wongsakul'],
  });
  for (const [index, other] of demo.others.entries()) {
    for (const daysAgo of [75, 45, 15]) {
      await log(other.id, {
        daysAgo: daysAgo - index,
        direction: daysAgo === 45 ? 'inbound' : 'outbound',
        channel: daysAgo === 75 ? 'meeting' : 'call',
        summary: `Monthly call with ${other.name}: orders and stock reviewed, no open issues.`,
        repliedAfterHours: 6 + index,
        people: [],
      });
    }
  }
}
