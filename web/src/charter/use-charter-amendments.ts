import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AmendmentInput } from '../../../src/charter/charter-amendments.schema.ts';
import { client, data, type ResponseBody } from '../api/client.ts';
import { useInvalidateCharter } from './use-charter.ts';

export type AmendmentRecord = ResponseBody<'listCharterAmendments'>[number];

// Under the charter's key: every charter change (a draft started, a version signed) refreshes them.
const amendmentsKey = (id: string) => ['distributors', id, 'charter', 'amendments'] as const;

export function useCharterAmendments(distributorId: string, enabled: boolean) {
  return useQuery({
    queryKey: amendmentsKey(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/charter/amendments', {
          params: { path: { id: distributorId } },
        }),
      ),
    enabled,
  });
}

export function useProposeAmendment(distributorId: string) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: z.output<typeof AmendmentInput>) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/amendments', {
          params: { path: { id: distributorId } },
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDraftFromAmendment(distributorId: string) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (number: number) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/amendments/drafts', {
          params: { path: { id: distributorId } },
          body: { numbers: [number] },
        }),
      ),
    // A refusal (a version went into negotiation meanwhile) refreshes what is shown too.
    onSettled: invalidate,
  });
}

export function useDeclineAmendment(distributorId: string, number: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: { reason: string }) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/amendments/{number}/decline', {
          params: { path: { id: distributorId, number } },
          body: input,
        }),
      ),
    onSettled: invalidate,
  });
}

export function useWithdrawAmendment(distributorId: string) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (number: number) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/amendments/{number}/withdraw', {
          params: { path: { id: distributorId, number } },
        }),
      ),
    onSettled: invalidate,
  });
}
