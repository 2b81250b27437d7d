// The second factor: RFC 6238 time-based codes (otpauth), the secret sealed under the application
// secret so a copy of the database alone cannot mint codes, and one-time recovery codes.
import { createCipheriv, createDecipheriv, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { hashSecret, signBytes } from '../platform/secrets.ts';

const period = 30;

/** AES-256-GCM under a key derived from the application secret for this one purpose. */
export function sealSecret(appSecret: string, plain: string): string {
  const key = signBytes(appSecret, 'totp-secret', new Uint8Array());
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

export function openSecret(appSecret: string, sealed: string): string {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !data) throw new Error('sealed TOTP secret is malformed');
  const key = signBytes(appSecret, 'totp-secret', new Uint8Array());
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, issuer: string, label: string) {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), digits: 6, period });
}

/** What an authenticator app scans: the otpauth:// URI, and the same as a QR code (SVG). */
export async function enrolmentOf(secret: string, issuer: string, email: string) {
  const uri = totpOf(secret, issuer, email).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { uri, qrSvg, secret };
}

/**
 * The time step of a right code (one step of clock drift either way is allowed), or undefined.
 * The caller refuses a step already used, so each code works once.
 */
export function acceptedStep(secret: string, code: string, now: Date): number | undefined {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totpOf(secret, '', '').validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  return Math.floor(now.getTime() / 1000 / period) + delta;
}

const codeAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
export const recoveryCodeCount = 10;

/** Ten codes like `k7m2p-xq9rt`: 50 bits each, easy to read aloud and type. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const chars = Array.from({ length: 10 }, () => codeAlphabet[randomInt(codeAlphabet.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** Codes are compared by the hash of their normalised form: case, spaces and dashes ignored. */
export function recoveryCodeHash(code: string): string {
  return hashSecret(code.toLowerCase().replace(/[\s-]/g, ''));
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(code.toLowerCase().replace(/[\s-]/g, ''));
}
