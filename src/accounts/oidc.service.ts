// Single sign-on with OpenID Connect (openid-client): the sign-in page's button sends the person
// to the provider with state, nonce and PKCE; the provider sends them back with a code, which is
// exchanged for a signed ID token. Its verified e-mail must be an account's here: SSO signs in
// people Liaison knows (invited), it does not create accounts. An account with a second factor
// still gives its code. The round trip's secrets ride in a signed cookie, not in the database.
import * as oidc from 'openid-client';
import type { Config } from '../config.ts';
import { appSecret } from '../platform/secrets.ts';
import { openClaims, sealClaims } from '../platform/signed-claims.ts';
import type { Services } from '../platform/tenancy.ts';
import { findUserByEmailAsOwner } from './accounts.queries.ts';
import { type ClientMeta, openFirstSession } from './sessions.service.ts';
import { issueChallenge } from './two-factor.service.ts';

const roundTripMinutes = 10;
const purpose = 'oidc-round-trip';
const configurations = new Map<string, Promise<oidc.Configuration>>();

type Provider = NonNullable<Config['oidc']>;

/** The provider's metadata, discovered once per process; a failed discovery is tried again. */
function configurationOf(provider: Provider): Promise<oidc.Configuration> {
  let found = configurations.get(provider.issuer);
  if (!found) {
    const issuer = new URL(provider.issuer);
    // Plain http only for a provider on this machine's network in development and tests.
    const insecure = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {};
    found = oidc.discovery(issuer, provider.clientId, provider.clientSecret, undefined, insecure);
    found.catch(() => configurations.delete(provider.issuer));
    configurations.set(provider.issuer, found);
  }
  return found;
}

export const callbackPath = '/api/v1/auth/oidc/callback';

/** Where to send the browser, and the sealed round trip to keep in its cookie meanwhile. */
export async function startSingleSignOn(base: Services, provider: Provider, next: string) {
  const configuration = await configurationOf(provider);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: `${base.config.publicUrl}${callbackPath}`,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const expires = new Date(base.clock.now().getTime() + roundTripMinutes * 60_000);
  const roundTrip = sealClaims(
    appSecret(base.config),
    purpose,
    { verifier, state, nonce, next },
    expires,
  );
  return { url: url.href, roundTrip, maxAgeSeconds: roundTripMinutes * 60 };
}

export type SingleSignOnOutcome =
  | { kind: 'session'; sessionToken: string; next: string }
  | { kind: 'second_factor'; challenge: string; next: string }
  | { kind: 'failed'; reason: 'unknown_account' | 'failed' };

/** The provider's answer: a session, a second-factor challenge, or why not. */
export async function finishSingleSignOn(
  base: Services,
  provider: Provider,
  input: { currentUrl: URL; roundTrip: string | undefined },
  meta: ClientMeta,
): Promise<SingleSignOnOutcome> {
  const trip = input.roundTrip
    ? openClaims(appSecret(base.config), purpose, input.roundTrip, base.clock.now())
    : undefined;
  if (!trip) return { kind: 'failed', reason: 'failed' };
  const next = typeof trip.next === 'string' ? trip.next : '/';
  let email: unknown;
  let verified: unknown;
  try {
    const configuration = await configurationOf(provider);
    const tokens = await oidc.authorizationCodeGrant(configuration, input.currentUrl, {
      pkceCodeVerifier: String(trip.verifier),
      expectedState: String(trip.state),
      expectedNonce: String(trip.nonce),
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) return { kind: 'failed', reason: 'failed' };
    // Many providers put only the subject in the ID token; the e-mail is at the userinfo endpoint.
    const claims =
      typeof idToken.email === 'string'
        ? idToken
        : await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    email = claims.email;
    verified = claims.email_verified;
  } catch {
    return { kind: 'failed', reason: 'failed' };
  }
  // An address the provider has not verified could be anyone's.
  if (typeof email !== 'string' || verified === false) return { kind: 'failed', reason: 'failed' };
  const user = await findUserByEmailAsOwner(base.db, email);
  if (!user || user.disabledAt) return { kind: 'failed', reason: 'unknown_account' };
  if (user.totpEnabledAt) {
    return { kind: 'second_factor', challenge: issueChallenge(base, user.id), next };
  }
  return { kind: 'session', sessionToken: await openFirstSession(base, user.id, meta), next };
}
