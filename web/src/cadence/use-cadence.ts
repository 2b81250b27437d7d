import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CadencePlanInput,
  CadencePlanPatch,
  MeetingChangeInput,
} from '../../../src/cadence/cadence.schema.ts';
import { ApiError, client, data } from '../api/client.ts';
import type { Schemas } from '../api/types.ts';
import { prefetchedFreshMs } from '../app/query-client.ts';

export type CadenceRecord = Schemas['Cadence'];
export type MeetingRecord = Schemas['Meeting'];
export type MeetingKind = MeetingRecord['kind'];
export type AttendeeRecord = MeetingRecord['attendees'][number];
export type DisciplineRecord = CadenceRecord['discipline'];

export const meetingKinds: readonly MeetingKind[] = ['weekly', 'monthly', 'quarterly', 'annual'];

export const cadenceKey = (distributorId: string) =>
  ['distributors', distributorId, 'cadence'] as const;
const at = (id: string) => ({ params: { path: { id } } });

/** The plan and its meetings, or null while the relationship has no plan yet (the API's 404). */
export function useCadence(distributorId: string) {
  return useQuery({ ...cadenceQuery(distributorId), enabled: distributorId !== '' });
}

/** The meetings page's main request; the route's loader starts it with the page's code. */
export function cadenceQuery(distributorId: string) {
  return {
    queryKey: cadenceKey(distributorId),
    queryFn: async () => {
      try {
        return await data(client.GET('/api/v1/distributors/{id}/cadence', at(distributorId)));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: prefetchedFreshMs,
  };
}

export function usePlanCadence(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof CadencePlanInput>) =>
      data(client.POST('/api/v1/distributors/{id}/cadence', { ...at(distributorId), body: input })),
    onSuccess: (cadence) => queryClient.setQueryData(cadenceKey(distributorId), cadence),
  });
}

export function useChangeMeeting(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      meetingId,
      ...input
    }: z.input<typeof MeetingChangeInput> & { meetingId: string }) =>
      data(
        client.POST('/api/v1/distributors/{id}/meetings/{meetingId}/changes', {
          params: { path: { id: distributorId, meetingId } },
          body: input,
        }),
      ),
    // The series' running ledger changes too, so the whole cadence is read again, and the
    // meeting's own page shows why it was called off.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['distributors', distributorId, 'meetings'] });
      return queryClient.invalidateQueries({ queryKey: cadenceKey(distributorId) });
    },
  });
}

const calendarFeedKey = ['me', 'calendar-feed'] as const;

/** Whether the caller has a live feed (its URL is shown only when made). */
export function useCalendarFeedStatus() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: () => data(client.GET('/api/v1/me/calendar-feed')),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/me/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKey }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKey }),
  });
}

/** Changes to the plan; new attendees, weekdays or horizon re-plan the meetings still to come. */
export function usePatchCadence(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: z.input<typeof CadencePlanPatch>) =>
      data(
        client.PATCH('/api/v1/distributors/{id}/cadence', { ...at(distributorId), body: patch }),
      ),
    onSuccess: (cadence) => {
      queryClient.setQueryData(cadenceKey(distributorId), cadence);
      // Re-planned meetings have new times and attendees: their detail pages read again.
      void queryClient.invalidateQueries({ queryKey: ['distributors', distributorId, 'meetings'] });
    },
  });
}
