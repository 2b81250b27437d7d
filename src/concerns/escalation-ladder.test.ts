import { describe, expect, it } from 'vitest';
import {
  type ConcernFact,
  type LadderFacts,
  type LadderRung,
  proposeNextStep,
  type TakenStep,
} from './escalation-ladder.ts';

const now = new Date('2026-11-20T08:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

const huy: LadderRung = {
  level: 1,
  contactId: 'huy',
  contactName: 'Lê Quốc Huy',
  channel: 'email',
  responseTimeHours: 24,
};
const lan: LadderRung = {
  level: 2,
  contactId: 'lan',
  contactName: 'Nguyễn Thị Lan',
  channel: 'phone',
  responseTimeHours: 8,
};

const contacted = (rung: LadderRung, hours: number): TakenStep => ({
  kind: 'contact',
  contactId: rung.contactId,
  contactName: rung.contactName,
  concernId: null,
  takenAt: hoursAgo(hours),
});
const visited = (hours: number): TakenStep => ({
  kind: 'visit',
  contactId: null,
  contactName: null,
  concernId: null,
  takenAt: hoursAgo(hours),
});
const sentConcern = (hours: number, dueInHours: number, respondedAt: Date | null): ConcernFact => ({
  id: 'concern-1',
  status: 'sent',
  sentAt: hoursAgo(hours),
  dueAt: new Date(now.getTime() + dueInHours * 3_600_000),
  respondedAt,
});

function facts(overrides: Partial<LadderFacts>): LadderFacts {
  return {
    now,
    state: 'at_risk',
    ladder: [huy, lan],
    steps: [],
    concerns: [],
    visitWaitDays: 7,
    contactWaitHours: 24,
    ...overrides,
  };
}

describe('proposeNextStep', () => {
  it.each<[string, Partial<LadderFacts>, Record<string, unknown>]>([
    ['a healthy relationship needs nothing', { state: 'healthy' }, { kind: 'none' }],
    ['one on watch is not escalated yet', { state: 'watch' }, { kind: 'none', because: 'watch' }],
    ['at risk with nothing tried: the first rung', {}, { kind: 'contact', rung: huy, tried: 0 }],
    [
      'the first contact still has time to answer',
      { steps: [contacted(huy, 10)] },
      { kind: 'wait', because: 'contact', until: hoursAgo(-14) },
    ],
    [
      'the first contact did not help in time: the next rung',
      { steps: [contacted(huy, 25)] },
      { kind: 'contact', rung: lan, tried: 1 },
    ],
    [
      'everyone on the ladder tried: a visit',
      { steps: [contacted(lan, 9), contacted(huy, 40)] },
      { kind: 'visit', because: 'ladder_tried' },
    ],
    ['no ladder at all: a visit', { ladder: [] }, { kind: 'visit', because: 'no_ladder' }],
    [
      'a visit is given its week',
      { steps: [visited(24 * 6), contacted(lan, 24 * 8), contacted(huy, 24 * 9)] },
      { kind: 'wait', because: 'visit' },
    ],
    [
      'after the visit: a formal concern',
      { steps: [visited(24 * 8), contacted(lan, 24 * 9), contacted(huy, 24 * 10)] },
      { kind: 'concern', draftId: null },
    ],
    [
      'a draft waiting: review and send it',
      {
        steps: [visited(24 * 8), contacted(lan, 24 * 9), contacted(huy, 24 * 10)],
        concerns: [{ id: 'draft', status: 'draft', sentAt: null, dueAt: null, respondedAt: null }],
      },
      { kind: 'concern', draftId: 'draft' },
    ],
    [
      'a sent concern within its deadline: wait for the answer',
      { concerns: [sentConcern(24, 24 * 13, null)] },
      { kind: 'wait', because: 'concern', concernId: 'concern-1' },
    ],
    [
      'a sent concern unanswered past its deadline: the ladder is exhausted',
      { concerns: [sentConcern(24 * 15, -24, null)] },
      { kind: 'exhausted', concernId: 'concern-1' },
    ],
    [
      'a contact not on the ladder is given the charter’s time',
      {
        steps: [
          {
            kind: 'contact',
            contactId: 'minh',
            contactName: 'Trần Văn Minh',
            concernId: null,
            takenAt: hoursAgo(30),
          },
        ],
        contactWaitHours: 48,
      },
      { kind: 'wait', because: 'contact', until: hoursAgo(-18) },
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(proposeNextStep(facts(overrides))).toMatchObject(expected);
  });
});
