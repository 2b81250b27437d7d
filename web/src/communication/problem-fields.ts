import type { FieldError } from 'react-hook-form';
import { ApiError } from '../api/client.ts';

/** The message a problem gives for a field (its pointer, or a pointer below it), as a FieldError. */
export function fieldProblem(error: unknown, pointer: string): FieldError | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.problem.errors?.find(
    (item) => item.pointer === pointer || item.pointer.startsWith(`${pointer}/`),
  );
  return found ? { type: 'server', message: found.detail } : undefined;
}

/** Every message a problem gives for the fields below a pointer (one per file). */
export function fieldProblems(error: unknown, pointer: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? [])
    .filter((item) => item.pointer === pointer || item.pointer.startsWith(`${pointer}/`))
    .map((item) => item.detail);
}
