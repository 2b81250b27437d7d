import { describe, expect, it } from 'vitest';
import {
  type CharterContent,
  defaultCharterContent,
  type TerritoryGrant,
} from './charter.content.ts';
import { type Commitments, findConflicts } from './conflicts.ts';

const BRAKES = '11111111-1111-4111-8111-111111111111';
const FILTERS = '22222222-2222-4222-8222-222222222222';

function grant(overrides: Partial<TerritoryGrant>): TerritoryGrant {
  return {
    country: 'VN',
    region: null,
    productLineIds: [],
    exclusive: true,
    startsOn: '2026-01-01',
    endsOn: null,
    ...overrides,
  };
}

function candidate(
  grants: TerritoryGrant[],
  changes: Partial<CharterContent> = {},
): CharterContent {
  return {
    ...defaultCharterContent('2026-01-01'),
    territory: { grants, clause: '' },
    ...changes,
  };
}

function other(grants: TerritoryGrant[], changes: Partial<Commitments> = {}): Commitments {
  return {
    distributorId: 'd-1',
    distributorName: 'Saigon Motor Parts',
    version: 1,
    status: 'signed',
    grants,
    coverage: { mode: 'full', productLineIds: [], clause: '' },
    assignedAccounts: [],
    carveOuts: [],
    ...changes,
  };
}

const kinds = (content: CharterContent, others: Commitments[]) =>
  findConflicts(content, others).map((conflict) => conflict.kind);

describe('territory conflicts', () => {
  it('finds two exclusive grants over the same territory, lines and dates', () => {
    expect(kinds(candidate([grant({})]), [other([grant({})])])).toEqual(['exclusive_overlap']);
  });

  it('treats a region as inside its country and its parent region', () => {
    expect(kinds(candidate([grant({ region: 'VN-SG' })]), [other([grant({})])])).toEqual([
      'exclusive_overlap',
    ]);
    // Cádiz lies inside Andalusia: ISO 3166-2 parents are followed.
    expect(
      kinds(candidate([grant({ country: 'ES', region: 'ES-CA' })]), [
        other([grant({ country: 'ES', region: 'ES-AN' })]),
      ]),
    ).toEqual(['exclusive_overlap']);
    expect(
      kinds(candidate([grant({ region: 'VN-SG' })]), [other([grant({ region: 'VN-HN' })])]),
    ).toEqual([]);
  });

  it('needs shared product lines, counting a charter’s covered subset for “all lines”', () => {
    expect(
      kinds(candidate([grant({ productLineIds: [BRAKES] })]), [
        other([grant({ productLineIds: [FILTERS] })]),
      ]),
    ).toEqual([]);
    const filtersOnly = { mode: 'subset' as const, productLineIds: [FILTERS], clause: '' };
    expect(
      kinds(candidate([grant({ productLineIds: [BRAKES] })]), [
        other([grant({})], { coverage: filtersOnly }),
      ]),
    ).toEqual([]);
    const [conflict] = findConflicts(candidate([grant({ productLineIds: [BRAKES, FILTERS] })]), [
      other([grant({ productLineIds: [FILTERS] })]),
    ]);
    expect(conflict?.productLineIds).toEqual([FILTERS]);
  });

  it('needs overlapping dates, open ends included', () => {
    expect(
      kinds(candidate([grant({ startsOn: '2027-01-01' })]), [
        other([grant({ endsOn: '2026-12-31' })]),
      ]),
    ).toEqual([]);
    const [conflict] = findConflicts(
      candidate([grant({ startsOn: '2026-06-01', endsOn: '2027-05-31' })]),
      [other([grant({ endsOn: '2026-12-31' })])],
    );
    expect([conflict?.from, conflict?.until]).toEqual(['2026-06-01', '2026-12-31']);
  });

  it('refuses a non-exclusive grant inside an exclusive territory, both ways round', () => {
    expect(kinds(candidate([grant({ exclusive: false })]), [other([grant({})])])).toEqual([
      'inside_exclusive',
    ]);
    expect(kinds(candidate([grant({})]), [other([grant({ exclusive: false })])])).toEqual([
      'overlaps_non_exclusive',
    ]);
    expect(
      kinds(candidate([grant({ exclusive: false })]), [other([grant({ exclusive: false })])]),
    ).toEqual([]);
  });

  it('finds a carve-out account assigned to a distributor, whatever its spelling', () => {
    const content = candidate([], {
      carveOuts: {
        accounts: [{ company: 'Trường Hải Auto (THACO)', country: 'VN', reason: 'OEM' }],
        clause: '',
      },
    });
    expect(
      kinds(content, [
        other([], { assignedAccounts: [{ company: 'truong hai auto  thaco', country: 'VN' }] }),
      ]),
    ).toEqual(['carve_out_assigned']);
    // The same company in another country is another account.
    expect(
      kinds(content, [
        other([], { assignedAccounts: [{ company: 'Truong Hai Auto THACO', country: 'LA' }] }),
      ]),
    ).toEqual([]);
    // A charter that assigns the account it carves out contradicts itself.
    const itself = {
      ...content,
      assignedAccounts: {
        accounts: [{ company: 'Truong Hai Auto (THACO)', country: 'VN' }],
        clause: '',
      },
    };
    const [conflict] = findConflicts(itself, []);
    expect(conflict).toMatchObject({ kind: 'carve_out_assigned', other: null });
  });
});
