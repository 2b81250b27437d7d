// The kinds of event Liaison publishes (platform/events.ts), in one list: the notifications'
// and the webhooks' schemas take theirs from here, and the web app imports it without the
// database code events.ts brings.
export const eventTypes = [
  'charter.signed',
  'charter.amendment_proposed',
  'charter.amendment_drafted',
  'charter.amendment_declined',
  'report.submitted',
  'report.entered_on_behalf',
  'report.confirmed',
  'report.late',
  'health.changed',
  'concern.sent',
  'message.received',
  'meeting.cancelled',
  'meeting.time_proposed',
  'meeting.time_declined',
  'meeting.rescheduled',
  'feedback.round_opened',
  'feedback.reminder',
  'plan.change_proposed',
  'plan.change_agreed',
  'plan.change_declined',
  'plan.confirmed',
  'playbook.item_ticked',
  'playbook.items_unticked',
] as const;
export type EventType = (typeof eventTypes)[number];
