// What the signed-in user may do with a charter, mirroring charter.service.ts so the page offers
// only the actions the API would accept. The API still decides; these only hide dead ends.
import type { Role, SideName } from '../api/types.ts';
import { canManageDistributors, isPrincipalRole } from '../session/use-session.ts';
import type { CharterPointRecord, CharterVersionRecord, PointEventKind } from './use-charter.ts';

export const sideOfRole = (role: Role): SideName =>
  isPrincipalRole(role) ? 'principal' : 'distributor';

/** Principal admins and managers and distributor admins raise and answer points. */
export const isNegotiator = (role: Role) =>
  canManageDistributors(role) || role === 'distributor_admin';

/**
 * Who may propose an amendment of the signed charter: the principal's editors and every user of
 * the distributor (charter-amendments.service.ts says why).
 */
export const canProposeAmendment = (role: Role) =>
  canManageDistributors(role) || role === 'distributor_admin' || role === 'distributor_member';

/** The one role that may sign for each party. */
export const signerRoles: Record<SideName, Role> = {
  principal: 'principal_admin',
  distributor: 'distributor_admin',
};

export function activeSignature(version: CharterVersionRecord, party: SideName) {
  return version.signatures.find(
    (signature) => signature.party === party && signature.voidedAt === null,
  );
}

export function canSign(role: Role, version: CharterVersionRecord) {
  const side = sideOfRole(role);
  return (
    version.status === 'agreed' &&
    version.agreedHash !== null &&
    signerRoles[side] === role &&
    !activeSignature(version, side)
  );
}

/**
 * The answers a side may give to an open point: anyone negotiating may state a position or
 * comment; "agreed" accepts the other side's proposal, "conceded" drops one's own, and only the
 * side that raised a point withdraws it.
 */
export function allowedPointEvents(
  role: Role,
  version: CharterVersionRecord,
  point: CharterPointRecord,
): PointEventKind[] {
  if (version.status !== 'negotiation' || point.status !== 'open' || !isNegotiator(role)) {
    return [];
  }
  const side = sideOfRole(role);
  const kinds: PointEventKind[] = ['position', 'comment'];
  if (point.proposalBy !== side) kinds.push('agreed');
  if (point.proposalBy === side) kinds.push('conceded');
  if (point.raisedBy === side) kinds.push('withdrawn');
  return kinds;
}

/** Languages the charter documents have catalogues for, besides English (as the API's list). */
const documentLanguages = ['vi', 'th', 'zh', 'de'];

/** The distributor's language to print beside English, when the documents speak it. */
export function documentLanguage(languages: readonly string[]): string | null {
  return (
    languages
      .map((tag) => tag.split('-')[0] ?? '')
      .find((tag) => documentLanguages.includes(tag)) ?? null
  );
}

/** True when `pointer` ("#/territory/grants/0") is, or contains, one of the marked pointers. */
export function isMarked(marked: readonly string[], pointer: string) {
  return marked.some((item) => item === pointer || item.startsWith(`${pointer}/`));
}
