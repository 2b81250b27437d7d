// The canonical form of a charter version: what both parties sign. It is self-contained (names
// and product lines resolved, so a later rename cannot change what was signed), serialised with
// the JSON Canonicalization Scheme (RFC 8785) and hashed with SHA-256.
import { createHash } from 'node:crypto';
import type { CharterContent } from './charter.content.ts';

export type CharterDocument = {
  format: 'liaison.charter/1';
  workspace: { id: string; name: string };
  distributor: { id: string; name: string; country: string; languages: string[] };
  version: number;
  basedOnVersion: number | null;
  /** Every product line the content names, by id. */
  productLines: Record<string, { code: string; name: string }>;
  content: CharterContent;
};

export type SignatureRecord = {
  party: 'principal' | 'distributor';
  typedName: string;
  signerRole: string;
  consentText: string;
  contentHash: string;
  signedAt: string;
  ip: string | null;
};

/** What `GET …/signed.json` returns and `liaison charter verify --file` checks offline. */
export type SignedCharterBundle = {
  document: CharterDocument;
  hash: string;
  signatures: SignatureRecord[];
};

/**
 * RFC 8785 for the JSON values a charter holds: keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers as ECMAScript's JSON.stringify writes them (which the RFC adopts).
 */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not a JSON number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalize(item)}`).join(',')}}`;
}

export function canonicalText(document: CharterDocument): string {
  return canonicalize(document);
}

export function documentHash(document: CharterDocument): string {
  return createHash('sha256').update(canonicalText(document), 'utf8').digest('hex');
}

/** The product line ids a charter's content refers to, in every section. */
export function referencedProductLineIds(content: CharterContent): string[] {
  const ids = new Set<string>();
  for (const grant of content.territory.grants) for (const id of grant.productLineIds) ids.add(id);
  for (const id of content.productCoverage.productLineIds) ids.add(id);
  for (const line of content.inventory.lines) if (line.productLineId) ids.add(line.productLineId);
  return [...ids];
}

export type VerificationCheck = { check: string; ok: boolean; detail: string };
export type Verification = { verified: boolean; hash: string; checks: VerificationCheck[] };

/**
 * Checks a signed version: the document hashes to the recorded hash, the stored text still equals
 * the document (when given), and one signature per party binds that same hash.
 */
export function verifyBundle(
  bundle: SignedCharterBundle,
  currentContent?: CharterContent,
): Verification {
  const hash = documentHash(bundle.document);
  const checks: VerificationCheck[] = [
    {
      check: 'hash',
      ok: hash === bundle.hash,
      detail:
        hash === bundle.hash
          ? `The text hashes to ${hash}.`
          : `The text hashes to ${hash}, not to the recorded ${bundle.hash}.`,
    },
  ];
  if (currentContent !== undefined) {
    const same = canonicalize(currentContent) === canonicalize(bundle.document.content);
    checks.push({
      check: 'text',
      ok: same,
      detail: same
        ? 'The stored charter text is the signed text.'
        : 'The stored charter text differs from the signed text.',
    });
  }
  for (const party of ['principal', 'distributor'] as const) {
    const signatures = bundle.signatures.filter((signature) => signature.party === party);
    const [signature] = signatures;
    const ok = signatures.length === 1 && signature?.contentHash === bundle.hash;
    checks.push({
      check: `${party}_signature`,
      ok,
      detail: !signature
        ? `No ${party} signature.`
        : signatures.length > 1
          ? `${signatures.length} ${party} signatures; exactly one is expected.`
          : ok
            ? `Signed by ${signature.typedName} (${signature.signerRole}) at ${signature.signedAt}, over ${signature.contentHash}.`
            : `${signature.typedName}'s signature is over ${signature.contentHash}, not over ${bundle.hash}.`,
    });
  }
  return { verified: checks.every((check) => check.ok), hash, checks };
}
