import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';

/** A random secret for cookies, tokens and invitation links; only its hash is stored. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// argon2id with the library's defaults (19 MiB, 2 passes), the OWASP recommendation.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string) {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// The application secret signs what Liaison hands out and must recognise later (reply addresses).
// LIAISON_SECRET sets it; else `liaison start` keeps one in the data dir (loadAppSecret); a test
// server without either gets one per process.
let processSecret: string | undefined;

export function appSecret(config: { appSecret: string | undefined }): string {
  if (config.appSecret) return config.appSecret;
  processSecret ??= randomBytes(32).toString('base64url');
  return processSecret;
}

/** The secret kept in `<dataDir>/secret.key`, made on first start (readable by its owner only). */
export async function loadAppSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'secret.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    // `wx`: when two processes start at once, the second reads the first one's secret.
    try {
      await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return (await readFile(file, 'utf8')).trim();
    }
  }
}

/** HMAC-SHA256 of `data` under the secret, for a purpose (so one MAC never serves two uses). */
export function signBytes(secret: string, purpose: string, data: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\0`).update(data).digest();
}

export function isSameMac(a: Uint8Array, b: Uint8Array) {
  return a.length === b.length && timingSafeEqual(a, b);
}
