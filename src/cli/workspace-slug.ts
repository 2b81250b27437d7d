import { z } from 'zod';
import { t } from './terminal.ts';

/** A workspace's short name as typed on the command line: lowercase letters, digits, hyphens. */
export const WorkspaceSlug = z
  .string()
  .trim()
  // A refinement, not .regex(): its message is shown as is instead of "does not match (regex)".
  .refine((value) => value.length <= 63 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value), {
    message: t('cli.invalid_slug'),
  });
