import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { client, data, type ResponseBody } from '../../api/client.ts';
import type { CharterContent } from './types.ts';

export type Subdivision = ResponseBody<'listSubdivisions'>[number];

/** ISO 3166-2 subdivisions of a country, for the region picker; they never change. */
export function useSubdivisions(country: string) {
  return useQuery({
    queryKey: ['reference', 'subdivisions', country],
    queryFn: () =>
      data(
        client.GET('/api/v1/reference/subdivisions/{country}', { params: { path: { country } } }),
      ),
    enabled: /^[A-Z]{2}$/.test(country),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export type CharterCheck = ResponseBody<'checkCharter'>;
export type CharterConflict = CharterCheck['conflicts'][number];

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * Validation and territory conflicts of the text being edited, from the server, about half a
 * second after the last change. A text the browser already knows is invalid is not sent: the
 * previous answer stays until the text is valid again.
 */
export function useCharterCheck(distributorId: string, content: CharterContent, enabled: boolean) {
  // The text and whether it is valid settle together, so a stale valid text is never re-judged.
  const settled = useDebouncedValue(
    `${enabled ? 'valid' : 'invalid'}:${JSON.stringify(content)}`,
    500,
  );
  const isValid = settled.startsWith('valid:');
  const body = settled.slice(settled.indexOf(':') + 1);
  return useQuery({
    queryKey: ['charter-check', distributorId, body],
    queryFn: () =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/check', {
          params: { path: { id: distributorId } },
          body: { content: JSON.parse(body) },
        }),
      ),
    enabled: isValid,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    gcTime: 60_000,
  });
}

export function useSaveCharterContent(distributorId: string, version: number) {
  return useMutation({
    mutationFn: (content: CharterContent) =>
      data(
        client.PUT('/api/v1/distributors/{id}/charter/versions/{version}/content', {
          params: { path: { id: distributorId, version } },
          body: { content },
        }),
      ),
  });
}
