import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionItemInput,
  ActionItemList,
  ActionItemPatch,
  MeetingDetail,
  MeetingNotesInput,
} from '../../../src/cadence/notes.schema.ts';
import { api } from '../api/client.ts';
import type { Json } from '../api/types.ts';
import { cadenceKey } from './use-cadence.ts';

export type MeetingDetailRecord = Json<z.output<typeof MeetingDetail>>;
export type MeetingPerson = MeetingDetailRecord['people'][number];
export type ActionItemListRecord = Json<z.output<typeof ActionItemList>>;
export type ActionItemRecord = ActionItemListRecord['items'][number];
export type ActionItemStatus = ActionItemRecord['status'];

export type ActionItemFilter = {
  status?: ActionItemStatus | 'all';
  overdue?: boolean;
  mine?: boolean;
  limit?: number;
};

const meetingKey = (distributorId: string, meetingId: string) =>
  ['distributors', distributorId, 'meetings', meetingId] as const;
// Action items show on meeting pages and on both sides' Today pages: one prefix refreshes them all.
const actionItemsKey = ['action-items'] as const;

export function useMeeting(distributorId: string, meetingId: string) {
  return useQuery({
    queryKey: meetingKey(distributorId, meetingId),
    queryFn: () => api<MeetingDetailRecord>(`/distributors/${distributorId}/meetings/${meetingId}`),
  });
}

/** Saves the agenda, attendance and notes; `publish: true` e-mails them and freezes them. */
export function useSaveMeetingNotes(distributorId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof MeetingNotesInput>) =>
      api<MeetingDetailRecord>(`/distributors/${distributorId}/meetings/${meetingId}/notes`, {
        method: 'PUT',
        json: input,
      }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(distributorId, meetingId), meeting);
      // A published meeting counts as held: the table and the discipline figures change.
      void queryClient.invalidateQueries({ queryKey: cadenceKey(distributorId) });
    },
  });
}

/** One relationship's action items (distributorId) or those of every relationship (null). */
export function useActionItems(distributorId: string | null, filter: ActionItemFilter) {
  const path = distributorId ? `/distributors/${distributorId}/action-items` : '/action-items';
  return useQuery({
    queryKey: [...actionItemsKey, distributorId ?? 'all', filter],
    queryFn: () => api<ActionItemListRecord>(path, { query: filter }),
  });
}

function useRefreshAfterActionItemChange() {
  const queryClient = useQueryClient();
  return (distributorId: string) => {
    void queryClient.invalidateQueries({ queryKey: actionItemsKey });
    // The meeting pages list their items and the cadence counts them in its discipline figures.
    void queryClient.invalidateQueries({ queryKey: ['distributors', distributorId, 'meetings'] });
    void queryClient.invalidateQueries({ queryKey: cadenceKey(distributorId) });
  };
}

export function useCreateActionItem(distributorId: string) {
  const refresh = useRefreshAfterActionItemChange();
  return useMutation({
    mutationFn: (input: z.input<typeof ActionItemInput>) =>
      api<ActionItemRecord>(`/distributors/${distributorId}/action-items`, {
        method: 'POST',
        json: input,
      }),
    onSuccess: () => refresh(distributorId),
  });
}

/** Takes the item's own distributor, so the Today page can change items of many relationships. */
export function usePatchActionItem() {
  const refresh = useRefreshAfterActionItemChange();
  return useMutation({
    mutationFn: ({
      item,
      patch,
    }: {
      item: Pick<ActionItemRecord, 'id' | 'distributorId'>;
      patch: z.input<typeof ActionItemPatch>;
    }) =>
      api<ActionItemRecord>(`/distributors/${item.distributorId}/action-items/${item.id}`, {
        method: 'PATCH',
        json: patch,
      }),
    onSuccess: (item) => refresh(item.distributorId),
  });
}
