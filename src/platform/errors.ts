import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ProblemSchema } from './problem.schema.ts';

/** Every error Liaison reports, its HTTP status; title and detail come from i18n keys. */
export const errorStatus = {
  validation_failed: 422,
  malformed_request: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  headers_too_large: 431,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  distributor_exists: 409,
  email_taken: 409,
  member_exists: 409,
  last_admin: 409,
  contact_in_use: 409,
  escalation_level_taken: 409,
  product_line_exists: 409,
  charter_exists: 409,
  charter_state: 409,
  open_points: 409,
  charter_conflicts: 409,
  charter_changed: 409,
  already_signed: 409,
  point_state: 409,
  amendment_state: 409,
  plan_change_state: 409,
  plan_change_own_side: 403,
  plan_change_stale: 409,
  plan_changes_waiting: 409,
  playbook_item_automatic: 409,
  playbook_item_state: 409,
  playbook_confirm_side: 409,
  feedback_round_closed: 409,
  feedback_already_answered: 409,
  feedback_round_exists: 409,
  evaluation_exists: 409,
  evaluation_state: 409,
  charter_not_signed: 409,
  signer_not_authorised: 403,
  cadence_exists: 409,
  meeting_state: 409,
  action_item_not_yours: 403,
  proposal_pending: 409,
  proposal_state: 409,
  proposal_own_side: 403,
  meeting_not_started: 409,
  notes_published: 409,
  report_not_submitted: 409,
  report_state: 409,
  report_on_behalf_only: 403,
  report_submitted_by_distributor: 409,
  report_awaiting_confirmation: 409,
  concern_state: 409,
  translation_state: 409,
  invitation_invalid: 410,
  password_reset_invalid: 410,
  two_factor_invalid: 401,
  two_factor_required: 403,
  two_factor_state: 409,
  idempotency_key_reused: 422,
  idempotency_in_progress: 409,
  rate_limited: 429,
  upload_allowance_used: 429,
  reply_address_forged: 422,
  reply_address_expired: 422,
  internal: 500,
  busy: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldError = {
  /** JSON pointer into the request body (or query), e.g. "#/contacts/0/email". */
  pointer: string;
  detail: string;
  /** For imports: the 1-based data row and the column name. */
  row?: number;
  column?: string;
};

type Params = Record<string, string | number>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly fieldErrors: FieldError[];
  constructor(code: ErrorCode, options: { params?: Params; errors?: FieldError[] } = {}) {
    super(code);
    this.code = code;
    this.params = options.params ?? {};
    this.fieldErrors = options.errors ?? [];
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

/** A single-field validation failure: the most common AppError in services. */
export function fieldError(t: TFunction, pointer: string, key: string, params: Params = {}) {
  return new AppError('validation_failed', {
    errors: [{ pointer, detail: t(key, params) }],
  });
}

/** What every error answers, as the OpenAPI document describes it (problem.schema.ts). */
export type Problem = z.output<typeof ProblemSchema>;

export function toProblem(
  error: AppError,
  t: TFunction,
  instance: string | undefined,
  requestId: string | undefined,
): Problem {
  const detailKey = `errors.${error.code}.detail`;
  const detail = t(detailKey, error.params);
  return {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: t(`errors.${error.code}.title`),
    status: error.status,
    ...(detail !== detailKey ? { detail } : {}),
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(error.fieldErrors.length ? { errors: error.fieldErrors } : {}),
  };
}

/** `error`, then each error in its `cause` chain (drivers and Drizzle wrap what they throw). */
export function* causeChain(error: unknown): Generator<unknown> {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    yield current;
    if (typeof current !== 'object') break;
  }
}

/** The PostgreSQL error code behind a driver error (Drizzle wraps it in `cause`). */
export function postgresErrorCode(error: unknown): string | undefined {
  for (const current of causeChain(error)) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export function postgresConstraint(error: unknown): string | undefined {
  for (const current of causeChain(error)) {
    const constraint = (current as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
  }
  return undefined;
}
