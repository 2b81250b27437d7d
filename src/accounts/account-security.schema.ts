import { z } from 'zod';
import { Email, Uuid } from '../platform/fields.ts';

export const PasswordResetRequest = z.object({ email: Email });

export const PasswordResetPreview = z.object({ email: z.string() });

export const SessionRecord = z.object({
  id: Uuid,
  createdAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  isCurrent: z.boolean().meta({ description: 'The session this request came with.' }),
});

export const SignedOutSessions = z.object({ count: z.number().int() });

/** Signing in answers this instead of a session when the account has a second factor. */
export const SecondFactorChallenge = z.object({
  secondFactor: z.literal('totp'),
  challenge: z.string().meta({ description: 'Send it back with the code, within five minutes.' }),
});

export const SecondFactorInput = z.object({
  challenge: z.string().min(10).max(500),
  code: z
    .string()
    .trim()
    .min(6)
    .max(20)
    .meta({ description: 'The six digits from the authenticator app, or a recovery code.' }),
});
export type SecondFactorInput = z.infer<typeof SecondFactorInput>;

export const TwoFactorState = z.object({
  enabled: z.boolean(),
  enabledAt: z.date().nullable(),
  recoveryCodesLeft: z.number().int(),
  requiredByWorkspace: z.boolean(),
});

export const TwoFactorEnrolment = z.object({
  uri: z.string().meta({ description: 'The otpauth:// URI an authenticator app scans.' }),
  qrSvg: z.string().meta({ description: 'The URI as a QR code, an SVG document.' }),
  secret: z.string().meta({ description: 'The secret in base32, to type in by hand.' }),
});

export const EnableTwoFactorInput = z.object({ code: z.string().trim().min(6).max(10) });
export const PasswordConfirmation = z.object({ password: z.string().min(1).max(200) });

export const RecoveryCodes = z.object({
  codes: z.array(z.string()).meta({ description: 'Shown only in this response.' }),
});

export const WorkspaceSecurity = z.object({ requireTwoFactor: z.boolean() });
