// Which addresses a webhook may reach (server-side request forgery). Only public unicast addresses
// by default: private, loopback, link-local (the cloud metadata service at 169.254.169.254),
// unique-local IPv6, carrier-grade NAT, multicast and reserved ranges are refused unless an
// operator lists the network in WEBHOOK_ALLOWED_NETWORKS. A host name is checked on every address
// it resolves to, at creation and again at each delivery, where the connection goes to the very
// address that was checked (a name that later resolves elsewhere, DNS rebinding, gains nothing).
import { promises as dns, lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

export type AddressRefusal = { address: string; range: string };

/** null when the address may be reached, else the address and its range name (ipaddr.js). */
export function refusalOf(
  address: string,
  allowedNetworks: readonly string[],
): AddressRefusal | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address); // an IPv4-mapped IPv6 address becomes its IPv4 address
  } catch {
    return { address, range: 'invalid' };
  }
  const allowed = allowedNetworks.some((network) => {
    const [base, bits] = ipaddr.parseCIDR(network);
    if (parsed.kind() === 'ipv4' && base.kind() === 'ipv4') {
      return ipaddr.IPv4.parse(parsed.toString()).match(ipaddr.IPv4.parse(base.toString()), bits);
    }
    if (parsed.kind() === 'ipv6' && base.kind() === 'ipv6') {
      return ipaddr.IPv6.parse(parsed.toString()).match(ipaddr.IPv6.parse(base.toString()), bits);
    }
    return false;
  });
  if (allowed) return null;
  const range = parsed.range();
  return range === 'unicast' ? null : { address, range };
}

/** The host of a URL as an address when it is one ("[::1]" → "::1"), else null. */
export function literalAddressOf(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? bare : null;
}

export type UrlCheck =
  | { ok: true }
  | { ok: false; reason: 'scheme' | 'credentials' | 'unresolvable' }
  | { ok: false; reason: 'address'; refusal: AddressRefusal };

/** Checks a webhook URL at creation: http(s), no credentials, every resolved address allowed. */
export async function checkWebhookUrl(
  url: string,
  allowedNetworks: readonly string[],
): Promise<UrlCheck> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: 'scheme' };
  }
  if (parsed.username || parsed.password) return { ok: false, reason: 'credentials' };
  const literal = literalAddressOf(parsed.hostname);
  let addresses: string[];
  if (literal) {
    addresses = [literal];
  } else {
    try {
      addresses = (await dns.lookup(parsed.hostname, { all: true })).map((entry) => entry.address);
    } catch {
      return { ok: false, reason: 'unresolvable' };
    }
  }
  for (const address of addresses) {
    const refusal = refusalOf(address, allowedNetworks);
    if (refusal) return { ok: false, reason: 'address', refusal };
  }
  return { ok: true };
}

export class RefusedAddressError extends Error {
  readonly refusal: AddressRefusal;
  constructor(refusal: AddressRefusal) {
    super(`refused address ${refusal.address} (${refusal.range})`);
    this.refusal = refusal;
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for node:http that resolves, drops every refused address and hands the connection
 * only addresses it checked: the check and the connection use the same answer.
 */
export function checkedLookup(allowedNetworks: readonly string[]) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true }, (error, entries) => {
      if (error) {
        callback(error, []);
        return;
      }
      const allowed = entries.filter((entry) => !refusalOf(entry.address, allowedNetworks));
      const first = allowed[0];
      if (!first) {
        const address = entries[0]?.address ?? hostname;
        callback(
          new RefusedAddressError(
            refusalOf(address, allowedNetworks) ?? { address, range: 'none' },
          ),
          [],
        );
        return;
      }
      if (options.all) callback(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}
