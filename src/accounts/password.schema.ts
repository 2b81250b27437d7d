// The inputs that set a password, apart from the other account schemas: the password check
// carries zxcvbn's dictionaries (some 450 KB of JavaScript), which the web app then loads only
// with the pages that set a password, not with every page.
import { z } from 'zod';
import { Text } from '../platform/fields.ts';
import { isHardToGuess, isLongEnough } from './password-policy.ts';

export const Password = z
  .string()
  .max(200)
  .refine(isLongEnough, { message: 'validation.password', abort: true })
  .refine(isHardToGuess, { message: 'validation.password_guessable' });

export const AcceptInvitationInput = z.object({
  token: z.string().min(10).max(200),
  name: Text(200),
  password: Password,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

export const PasswordResetInput = z.object({
  token: z.string().min(10).max(200),
  newPassword: Password,
});
export type PasswordResetInput = z.infer<typeof PasswordResetInput>;
