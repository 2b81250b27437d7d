// What the CLI writes and how it fails. Data goes to stdout so it can be piped; messages,
// progress and errors go to stderr. Exit codes: 0 success, 1 failure, 2 usage error.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ConfigError } from '../config.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { translator } from '../platform/i18n.ts';
import { describeIssue } from '../platform/validation.ts';

/** The operator's language from the usual locale variables ("de_DE.UTF-8" → "de"). */
function localeFromEnvironment(env: NodeJS.ProcessEnv): string {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en';
  return tag.split(/[_.@-]/)[0]?.toLowerCase() || 'en';
}

export const t: TFunction = translator(localeFromEnvironment(process.env));

export const exitCodes = { success: 0, failure: 1, usage: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

type CliErrorOptions = {
  exitCode?: ExitCode;
  /** Shown after the message, indented, one a line. */
  lines?: string[];
  /** Without the "Error:" prefix, for a message that is a full report (a rejected import). */
  plain?: boolean;
};

/** A failure already phrased for the operator. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly lines: string[];
  readonly plain: boolean;
  constructor(message: string, options: CliErrorOptions = {}) {
    super(message);
    this.exitCode = options.exitCode ?? exitCodes.failure;
    this.lines = options.lines ?? [];
    this.plain = options.plain ?? false;
  }
}

/** Colours only a terminal, and none when NO_COLOR is set (https://no-color.org). */
function hasColors(): boolean {
  if (process.env.NO_COLOR) return false;
  return Boolean(process.stderr.isTTY && process.stderr.hasColors?.());
}

const ansi = { red: [31, 39], dim: [2, 22] } as const;

/** Colours a message for stderr, the only stream the CLI colours. */
export function paint(style: keyof typeof ansi, text: string): string {
  if (!hasColors()) return text;
  const [open, close] = ansi[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** A message for the operator, on stderr. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Data for a pipe or a file, on stdout. */
export function printData(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  printData(JSON.stringify(value, null, 2));
}

/**
 * Parses a command's options with zod; a bad value is a usage error (exit 2) that names the
 * option as typed, e.g. `--email: Enter a valid e-mail address`.
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  options: unknown,
): z.infer<Schema> {
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const option = issue.path.map((part) => optionFlag(String(part))).join('.');
    const detail = describeIssue(t, issue, { typedValues: true });
    return option ? `${option}: ${detail}` : detail;
  });
  throw new CliError(t('cli.invalid_options'), { exitCode: exitCodes.usage, lines });
}

/** "newWorkspace" → "--new-workspace"; positional arguments keep their name in angle brackets. */
function optionFlag(key: string): string {
  if (key.startsWith('<')) return key;
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * Writes a failure to stderr and answers the exit code. Field errors are listed one a line,
 * with row and column for imports.
 */
export function reportFailure(error: unknown): ExitCode {
  if (error instanceof CliError) {
    say(error.plain ? paint('red', error.message) : `${errorPrefix()} ${error.message}`);
    for (const line of error.lines) say(`  ${line}`);
    return error.exitCode;
  }
  if (error instanceof ConfigError) {
    say(paint('red', error.message));
    return exitCodes.failure;
  }
  if (error instanceof AppError) {
    const detailKey = `errors.${error.code}.detail`;
    const detail = t(detailKey, error.params);
    const title = t(`errors.${error.code}.title`);
    say(`${errorPrefix()} ${detail === detailKey ? title : `${title}: ${detail}`}`);
    for (const fieldError of error.fieldErrors) say(`  ${describeFieldError(fieldError)}`);
    return exitCodes.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  say(`${errorPrefix()} ${t('cli.unexpected', { message })}`);
  if (
    error instanceof Error &&
    error.stack &&
    ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '')
  ) {
    say(paint('dim', error.stack));
  }
  return exitCodes.failure;
}

function errorPrefix(): string {
  return paint('red', t('cli.error_prefix'));
}

/** "row 15, column country: …" for imports, "name: …" for a field. */
export function describeFieldError(fieldError: FieldError): string {
  if (fieldError.row !== undefined && fieldError.column !== undefined) {
    return t('cli.row_error', { ...fieldError });
  }
  const field = fieldError.pointer.replace(/^#\/?/, '');
  return field ? `${field}: ${fieldError.detail}` : fieldError.detail;
}
