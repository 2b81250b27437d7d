// Territory conflicts between charters, as a pure function: the service loads the binding
// commitments of every other distributor and asks this module what clashes with a candidate.
import type { CharterContent, NamedAccount, TerritoryGrant } from './charter.content.ts';
import { isWithin } from './subdivisions.ts';

export type ConflictKind =
  | 'exclusive_overlap'
  | 'inside_exclusive'
  | 'overlaps_non_exclusive'
  | 'carve_out_assigned'
  | 'assigned_carved_out';

/** Where an item sits in its charter's list; absent when the list is complete. */
type Positioned<T> = T & { position?: number };

/**
 * The parts of another distributor's agreed or signed charter that a candidate can clash with
 * (all of them, or those in the candidate's countries, each with its position in its list).
 */
export type Commitments = {
  distributorId: string;
  distributorName: string;
  version: number;
  status: string;
  grants: Positioned<TerritoryGrant>[];
  /** The charter's coverage, for grants naming no lines; full when already applied to them. */
  coverage: CharterContent['productCoverage'];
  assignedAccounts: Positioned<NamedAccount>[];
  carveOuts: Positioned<NamedAccount>[];
};

export type Conflict = {
  kind: ConflictKind;
  /** Where in the candidate's content: "#/territory/grants/0", "#/carveOuts/accounts/1". */
  pointer: string;
  /** The other charter; null for a clash inside the candidate itself. */
  other: { distributorId: string; distributorName: string; version: number; status: string } | null;
  /** The other charter's grant or account that clashes. */
  otherPointer: string;
  country: string;
  region: string | null;
  /** Product lines both cover; null means every line. */
  productLineIds: string[] | null;
  from: string | null;
  until: string | null;
  company: string | null;
};

function regionsOverlap(a: string | null, b: string | null): boolean {
  return a === null || b === null || isWithin(a, b) || isWithin(b, a);
}

/** The lines two grants share: null when both cover every line. */
function sharedLines(a: string[], b: string[]): string[] | null | 'none' {
  if (a.length === 0) return b.length === 0 ? null : b;
  if (b.length === 0) return a;
  const shared = a.filter((id) => b.includes(id));
  return shared.length ? shared : 'none';
}

function datesOverlap(a: TerritoryGrant, b: TerritoryGrant) {
  const [from = a.startsOn] = [a.startsOn, b.startsOn].sort().reverse();
  const ends = [a.endsOn, b.endsOn].filter((value): value is string => value !== null).sort();
  const until = ends[0] ?? null;
  return until === null || from <= until ? { from, until } : null;
}

/** A grant's lines: its own list, or the charter's covered subset when the grant names none. */
function effectiveLines(grant: TerritoryGrant, content: Pick<CharterContent, 'productCoverage'>) {
  if (grant.productLineIds.length) return grant.productLineIds;
  return content.productCoverage.mode === 'subset' ? content.productCoverage.productLineIds : [];
}

export function accountKey(account: NamedAccount): string {
  const name = account.company
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${account.country}:${name}`;
}

/** The countries a content's grants and accounts lie in: all a conflict check needs to load. */
export function countriesOf(content: CharterContent): string[] {
  return [
    ...new Set([
      ...content.territory.grants.map((grant) => grant.country),
      ...content.assignedAccounts.accounts.map((account) => account.country),
      ...content.carveOuts.accounts.map((account) => account.country),
    ]),
  ];
}

export function findConflicts(candidate: CharterContent, others: Commitments[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const blank = { region: null, productLineIds: null, from: null, until: null };

  candidate.territory.grants.forEach((grant, index) => {
    const lines = effectiveLines(grant, candidate);
    for (const other of others) {
      other.grants.forEach((theirs, theirIndex) => {
        if (!grant.exclusive && !theirs.exclusive) return;
        if (grant.country !== theirs.country || !regionsOverlap(grant.region, theirs.region))
          return;
        const shared = sharedLines(
          lines,
          effectiveLines(theirs, { productCoverage: other.coverage }),
        );
        if (shared === 'none') return;
        const dates = datesOverlap(grant, theirs);
        if (!dates) return;
        conflicts.push({
          kind:
            grant.exclusive && theirs.exclusive
              ? 'exclusive_overlap'
              : grant.exclusive
                ? 'overlaps_non_exclusive'
                : 'inside_exclusive',
          pointer: `#/territory/grants/${index}`,
          other: describe(other),
          otherPointer: `#/territory/grants/${theirs.position ?? theirIndex}`,
          country: grant.country,
          region: grant.region ?? theirs.region,
          productLineIds: shared,
          ...dates,
          company: null,
        });
      });
    }
  });

  const accountClashes = (
    mine: NamedAccount[],
    minePointer: string,
    kind: ConflictKind,
    theirsOf: (other: Commitments) => Positioned<NamedAccount>[],
    theirPointer: string,
    sources: (Commitments | null)[],
  ) => {
    mine.forEach((account, index) => {
      const key = accountKey(account);
      for (const source of sources) {
        const theirs = source ? theirsOf(source) : theirsOf(self(candidate));
        theirs.forEach((their, theirIndex) => {
          if (accountKey(their) !== key) return;
          conflicts.push({
            kind,
            pointer: `${minePointer}/${index}`,
            other: source ? describe(source) : null,
            otherPointer: `${theirPointer}/${their.position ?? theirIndex}`,
            ...blank,
            country: account.country,
            company: account.company,
          });
        });
      }
    });
  };
  const sources = [null, ...others];
  accountClashes(
    candidate.carveOuts.accounts,
    '#/carveOuts/accounts',
    'carve_out_assigned',
    (other) => other.assignedAccounts,
    '#/assignedAccounts/accounts',
    sources,
  );
  accountClashes(
    candidate.assignedAccounts.accounts,
    '#/assignedAccounts/accounts',
    'assigned_carved_out',
    (other) => other.carveOuts,
    '#/carveOuts/accounts',
    others, // a clash inside the candidate itself is already reported once, as a carve-out
  );
  return conflicts;
}

function describe(other: Commitments) {
  const { distributorId, distributorName, version, status } = other;
  return { distributorId, distributorName, version, status };
}

function self(content: CharterContent): Commitments {
  return {
    distributorId: '',
    distributorName: '',
    version: 0,
    status: '',
    grants: content.territory.grants,
    coverage: content.productCoverage,
    assignedAccounts: content.assignedAccounts.accounts,
    carveOuts: content.carveOuts.accounts,
  };
}
