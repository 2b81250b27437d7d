// The Vietnamese relationship's running cadence: ten weeks of meetings behind it (most notes on
// time, two late, the latest one overdue, one check-in skipped), action items on both sides (two
// overdue), and six months ahead planned at fair times across Germany's change to summer time.
import { and, eq, gt, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { ownAgenda } from '../cadence/agenda.ts';
import {
  createCadencePlan,
  findPlan,
  participantsOf,
  scheduleMeetings,
} from '../cadence/cadence.service.ts';
import { updateCadencePlan } from '../cadence/replan.service.ts';
import type { Database, Tx } from '../db/client.ts';
import { actionItem, contact, meeting } from '../db/schema.ts';
import type { Context } from '../platform/tenancy.ts';

const HISTORY_WEEKS = 10;

const weeklyNotes = [
  'Two containers of brake pads cleared customs in Cát Lái; delivery to the Thủ Đức warehouse on Friday. Huy confirmed the oil-filter reorder.',
  'Order volume flat. A fleet customer in Bình Dương asked for disc pricing; Lan will quote this week.',
  'Stock of BRK-100 down to 3 weeks of cover against the charter’s 8; Brenner to check the next allocation.',
  'Customer escalation: noisy pads from batch 24-117 at a Đà Nẵng garage. Samples go to Stuttgart for analysis.',
  'A competing brake line is now on the shelf at the Thủ Đức branch, priced about 15% lower. Discussed how to respond.',
  'No new orders this week. Lan is preparing the monthly report; inventory figures still missing for filters.',
  'Marketing: the Automechanika Ho Chi Minh City booth is confirmed; Brenner sends catalogues in Vietnamese.',
];
const monthlyNotes =
  'Sales 18% below target for brakes; filters on plan. Weeks of cover under the charter commitment for brake pads. Agreed to review the price gap with the competing line before the QBR.';

type Ids = { jonas: string; mei: string; lan: string; huy: string };

async function demoContacts(ctx: Context, distributorId: string): Promise<Ids> {
  const rows = await ctx.db
    .select({ id: contact.id, email: contact.email })
    .from(contact)
    .where(
      and(eq(contact.workspaceId, ctx.actor.workspaceId), eq(contact.distributorId, distributorId)),
    );
  const find = (email: string) => rows.find((row) => row.email === email)?.id ?? '';
  return {
    jonas: find('jonas.becker@brenner.example'),
    mei: find('mei.fischer@brenner.example'),
    lan: find('lan.nguyen@saigonmotor.example'),
    huy: find('huy.le@saigonmotor.example'),
  };
}

/** Ten weeks of meetings that took place, inserted as history (the API plans only the future). */
async function insertHistory(tx: Tx, ctx: Context, distributorId: string, ids: Ids) {
  const plan = await findPlan(tx, ctx.actor.workspaceId, distributorId);
  if (!plan) throw new Error('demo plan missing');
  const participants = await participantsOf(ctx, tx, plan);
  const now = DateTime.utc();
  const past = scheduleMeetings(
    plan,
    participants,
    now.minus({ weeks: HISTORY_WEEKS }),
    now,
  ).filter(({ occurrence }) => DateTime.fromISO(occurrence.endUtc) < now.minus({ hours: 2 }));
  past.sort((a, b) => a.occurrence.startUtc.localeCompare(b.occurrence.startUtc));
  const rows = [];
  for (const [index, { kind, number, occurrence }] of past.entries()) {
    const ends = DateTime.fromISO(occurrence.endUtc);
    const isLatest = index === past.length - 1;
    const isSkipped = kind === 'weekly' && index === 3;
    // Most notes within hours; two a day and a half late; the latest still missing.
    const publishedAt =
      isLatest || isSkipped ? null : ends.plus({ hours: index % 5 === 2 ? 36 : 5 });
    rows.push({
      workspaceId: plan.workspaceId,
      distributorId,
      planId: plan.id,
      kind,
      number,
      startsAt: new Date(occurrence.startUtc),
      minutes: occurrence.minutes,
      status: isSkipped
        ? ('skipped' as const)
        : publishedAt
          ? ('held' as const)
          : ('scheduled' as const),
      videoUrl: plan.videoUrl,
      rotation: occurrence,
      agenda: ownAgenda(kind, plan.agendas),
      noteTakerContactId: ids.jonas,
      attendance: publishedAt
        ? [ids.jonas, ids.mei, ids.lan, ids.huy].map((contactId, n) => ({
            contactId,
            present: !(n === 1 && index % 2 === 0),
          }))
        : [],
      // Jonas and Lan attend every meeting with notes: both sides were there, so it was held.
      bothSidesPresent: publishedAt !== null,
      notes: publishedAt
        ? kind === 'monthly'
          ? monthlyNotes
          : (weeklyNotes[index % weeklyNotes.length] ?? '')
        : null,
      notesPublishedAt: publishedAt?.toJSDate() ?? null,
      notesPublishedBy: publishedAt ? ctx.actor.userId : null,
      notesRemindedAt: ends.toJSDate(),
      invitedSequence: 0,
      createdAt: new Date(occurrence.startUtc),
    });
  }
  return tx.insert(meeting).values(rows).returning({ id: meeting.id, startsAt: meeting.startsAt });
}

async function insertActions(
  database: Database,
  ctx: Context,
  distributorId: string,
  ids: Ids,
  held: { id: string; startsAt: Date }[],
) {
  const day = (days: number) => DateTime.utc().plus({ days }).toISODate() ?? '';
  const at = (days: number) => DateTime.utc().plus({ days }).toJSDate();
  const meetingAt = (back: number) => held[Math.max(0, held.length - back)]?.id ?? null;
  const items = [
    ['Send samples of batch 24-117 to Stuttgart', ids.huy, -40, 'done', at(-43)],
    ['Quote disc pricing to the Bình Dương fleet customer', ids.lan, -30, 'done', at(-27)],
    ['Confirm the Q1 container allocation for brake pads', ids.jonas, -4, 'open', null],
    ['Send the monthly report with filter inventory', ids.lan, -2, 'open', null],
    ['Compare prices with the competing brake line at Thủ Đức', ids.lan, 5, 'open', null],
    ['Ship Vietnamese catalogues for Automechanika HCMC', ids.mei, 12, 'open', null],
  ] as const;
  await database.db.insert(actionItem).values(
    items.map(([title, owner, dueIn, status, closedAt], index) => ({
      workspaceId: ctx.actor.workspaceId,
      distributorId,
      meetingId: meetingAt(6 - index),
      title,
      ownerContactId: owner,
      dueOn: day(dueIn),
      status,
      closedAt,
      createdBy: ctx.actor.userId,
    })),
  );
}

export async function loadDemoMeetings(database: Database, admin: Context, distributorId: string) {
  const ids = await demoContacts(admin, distributorId);
  await createCadencePlan(admin, distributorId, {
    checkInWeekday: 2,
    reviewWeekday: 4,
    horizonMonths: 1,
    attendeeContactIds: [ids.jonas, ids.mei, ids.lan, ids.huy],
    videoUrl: 'https://meet.google.com/brn-sgn-wkly',
  });
  const history = await database.db.transaction((tx) =>
    insertHistory(tx, admin, distributorId, ids),
  );
  // Planning again counts the burdens already carried, as any re-plan does.
  await updateCadencePlan(admin, distributorId, { horizonMonths: 6 });
  const held = history.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  await insertActions(database, admin, distributorId, ids, held);
  // The re-plan above is part of setting the demo up, not a change calendars must hear about.
  await database.db
    .update(meeting)
    .set({ sequence: 0 })
    .where(and(eq(meeting.workspaceId, admin.actor.workspaceId), gt(meeting.startsAt, sql`now()`)));
}
