// Short-lived claims Liaison hands out and must recognise when they come back (the sign-in
// challenge, the single sign-on round trip): JSON signed with the application secret for one
// purpose, with an expiry, so they need no row in the database.
import { isSameMac, signBytes } from './secrets.ts';

export function sealClaims(
  secret: string,
  purpose: string,
  claims: Record<string, unknown>,
  expires: Date,
): string {
  const payload = Buffer.from(JSON.stringify({ ...claims, expires: expires.getTime() }));
  const encoded = payload.toString('base64url');
  const mac = signBytes(secret, purpose, Buffer.from(encoded));
  return `${encoded}.${mac.toString('base64url')}`;
}

/** The claims, if the token is genuine, for this purpose, and not expired; else undefined. */
export function openClaims(
  secret: string,
  purpose: string,
  token: string,
  now: Date,
): Record<string, unknown> | undefined {
  const [encoded = '', mac = ''] = token.split('.');
  const expected = signBytes(secret, purpose, Buffer.from(encoded));
  if (!isSameMac(expected, Buffer.from(mac, 'base64url'))) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    return typeof claims.expires === 'number' && claims.expires > now.getTime()
      ? claims
      : undefined;
  } catch {
    return undefined;
  }
}
