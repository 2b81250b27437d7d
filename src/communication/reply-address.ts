// The signed reply address of a message notification: `reply+<token>@<LIAISON_MAIL_REPLY_DOMAIN>`.
// The token carries the thread, the recipient and the last day it is valid, and a MAC under the
// application secret, so nobody can make an address for a thread they were not mailed from. It is
// lower-case base32 (mail systems may change the case of the local part): 71 characters, longer
// than RFC 5321's 64 like GitHub's reply addresses, which every common mail server accepts.
import { isSameMac, signBytes } from '../platform/secrets.ts';

const PURPOSE = 'communication-reply';
const MAC_BYTES = 10;
const DAY_MS = 86_400_000;
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array) {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const character of text) {
    const index = alphabet.indexOf(character);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

function uuidBytes(uuid: string) {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function uuidOf(bytes: Uint8Array) {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type ReplyGrant = { threadId: string; userId: string; validUntil: Date };

/** The token for one recipient of one thread, valid through the day `validUntil` falls on. */
export function replyToken(secret: string, grant: ReplyGrant) {
  const payload = Buffer.alloc(34);
  uuidBytes(grant.threadId).copy(payload, 0);
  uuidBytes(grant.userId).copy(payload, 16);
  payload.writeUInt16BE(Math.floor(grant.validUntil.getTime() / DAY_MS), 32);
  const mac = signBytes(secret, PURPOSE, payload).subarray(0, MAC_BYTES);
  return base32(Buffer.concat([payload, mac]));
}

export function replyAddress(secret: string, domain: string, grant: ReplyGrant) {
  return `reply+${replyToken(secret, grant)}@${domain}`;
}

export type ReplyCheck =
  | { status: 'valid'; grant: ReplyGrant }
  | { status: 'forged' }
  | { status: 'expired' };

/** Reads `reply+<token>@…` (any case); forged when the MAC does not match, expired after its day. */
export function checkReplyAddress(secret: string, address: string, now: Date): ReplyCheck {
  const match = /^reply\+([a-z2-7]{71})@/i.exec(address.trim());
  const bytes = match?.[1] ? fromBase32(match[1].toLowerCase()) : null;
  if (!bytes || bytes.length !== 34 + MAC_BYTES) return { status: 'forged' };
  const payload = bytes.subarray(0, 34);
  const expected = signBytes(secret, PURPOSE, payload).subarray(0, MAC_BYTES);
  if (!isSameMac(bytes.subarray(34), expected)) return { status: 'forged' };
  const lastDay = Buffer.from(payload).readUInt16BE(32);
  const validUntil = new Date((lastDay + 1) * DAY_MS - 1);
  if (now > validUntil) return { status: 'expired' };
  return {
    status: 'valid',
    grant: {
      threadId: uuidOf(payload.subarray(0, 16)),
      userId: uuidOf(payload.subarray(16, 32)),
      validUntil,
    },
  };
}
