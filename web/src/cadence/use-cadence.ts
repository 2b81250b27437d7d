import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CadencePlanInput,
  CadencePlanPatch,
  CadenceView,
  MeetingChangeInput,
  MeetingView,
} from '../../../src/cadence/cadence.schema.ts';
import { ApiError, api } from '../api/client.ts';
import type { Json } from '../api/types.ts';

export type CadenceRecord = Json<z.output<typeof CadenceView>>;
export type MeetingRecord = Json<z.output<typeof MeetingView>>;
export type MeetingKind = MeetingRecord['kind'];
export type AttendeeRecord = MeetingRecord['attendees'][number];
export type DisciplineRecord = CadenceRecord['discipline'];

export const meetingKinds: readonly MeetingKind[] = ['weekly', 'monthly', 'quarterly', 'annual'];

export const cadenceKey = (distributorId: string) =>
  ['distributors', distributorId, 'cadence'] as const;
const base = (distributorId: string) => `/distributors/${distributorId}`;

/** The plan and its meetings, or null while the relationship has no plan yet (the API's 404). */
export function useCadence(distributorId: string) {
  return useQuery({
    queryKey: cadenceKey(distributorId),
    queryFn: async () => {
      try {
        return await api<CadenceRecord>(`${base(distributorId)}/cadence`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: distributorId !== '',
  });
}

export function usePlanCadence(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof CadencePlanInput>) =>
      api<CadenceRecord>(`${base(distributorId)}/cadence`, { method: 'POST', json: input }),
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
      api<MeetingRecord>(`${base(distributorId)}/meetings/${meetingId}/changes`, {
        method: 'POST',
        json: input,
      }),
    // The series' running ledger changes too, so the whole cadence is read again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: cadenceKey(distributorId) }),
  });
}

export function useCreateCalendarFeed() {
  return useMutation({
    mutationFn: () =>
      api<{ url: string; createdAt: string }>('/me/calendar-feed', { method: 'POST' }),
  });
}

export function useRevokeCalendarFeed() {
  return useMutation({
    mutationFn: () => api<{ revoked: number }>('/me/calendar-feed', { method: 'DELETE' }),
  });
}

/** Changes to the plan; new attendees, weekdays or horizon re-plan the meetings still to come. */
export function usePatchCadence(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: z.input<typeof CadencePlanPatch>) =>
      api<CadenceRecord>(`${base(distributorId)}/cadence`, { method: 'PATCH', json: patch }),
    onSuccess: (cadence) => {
      queryClient.setQueryData(cadenceKey(distributorId), cadence);
      // Re-planned meetings have new times and attendees: their detail pages read again.
      void queryClient.invalidateQueries({ queryKey: ['distributors', distributorId, 'meetings'] });
    },
  });
}
