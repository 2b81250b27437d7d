import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionItemInput,
  ActionItemPatch,
  MeetingNotesInput,
} from '../../../src/cadence/notes.schema.ts';
import { client, data, type ResponseBody } from '../api/client.ts';
import type { Schemas } from '../api/types.ts';
import { cadenceKey } from './use-cadence.ts';

export type MeetingDetailRecord = Schemas['MeetingDetail'];
export type MeetingPerson = MeetingDetailRecord['people'][number];
export type ActionItemListRecord = ResponseBody<'listAllActionItems'>;
export type ActionItemRecord = ActionItemListRecord['items'][number];
export type ActionItemStatus = ActionItemRecord['status'];

export type ActionItemStatusFilter = ActionItemStatus | 'all';

export type ActionItemFilter = {
  status?: ActionItemStatusFilter;
  overdue?: boolean;
  mine?: boolean;
  limit?: number;
};

// The query string carries flags as the words `true` and `false`.
const flag = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? ('true' as const) : ('false' as const);
const queryOf = (filter: ActionItemFilter) => ({
  ...filter,
  mine: flag(filter.mine),
  overdue: flag(filter.overdue),
});

const meetingKey = (distributorId: string, meetingId: string) =>
  ['distributors', distributorId, 'meetings', meetingId] as const;
// Action items show on meeting pages and on both sides' Today pages: one prefix refreshes them all.
const actionItemsKey = ['action-items'] as const;

export function useMeeting(distributorId: string, meetingId: string) {
  return useQuery({
    queryKey: meetingKey(distributorId, meetingId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/meetings/{meetingId}', {
          params: { path: { id: distributorId, meetingId } },
        }),
      ),
  });
}

/** Saves the agenda, attendance and notes; `publish: true` e-mails them and freezes them. */
export function useSaveMeetingNotes(distributorId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof MeetingNotesInput>) =>
      data(
        client.PUT('/api/v1/distributors/{id}/meetings/{meetingId}/notes', {
          params: { path: { id: distributorId, meetingId } },
          body: input,
        }),
      ),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(distributorId, meetingId), meeting);
      // A published meeting counts as held: the table and the discipline figures change.
      void queryClient.invalidateQueries({ queryKey: cadenceKey(distributorId) });
    },
  });
}

/** One relationship's action items (distributorId) or those of every relationship (null). */
export function useActionItems(distributorId: string | null, filter: ActionItemFilter) {
  return useQuery({
    queryKey: [...actionItemsKey, distributorId ?? 'all', filter],
    queryFn: (): Promise<ActionItemListRecord> =>
      distributorId
        ? data(
            client.GET('/api/v1/distributors/{id}/action-items', {
              params: { path: { id: distributorId }, query: queryOf(filter) },
            }),
          )
        : data(client.GET('/api/v1/action-items', { params: { query: queryOf(filter) } })),
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
      data(
        client.POST('/api/v1/distributors/{id}/action-items', {
          params: { path: { id: distributorId } },
          body: input,
        }),
      ),
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
      data(
        client.PATCH('/api/v1/distributors/{id}/action-items/{itemId}', {
          params: { path: { id: item.distributorId, itemId: item.id } },
          body: patch,
        }),
      ),
    onSuccess: (item) => refresh(item.distributorId),
  });
}

export type TimeProposalRecord = MeetingDetailRecord['proposals'][number];

/** After a meeting's schedule changed: its page, the plan's table and the Today lists. */
function useRefreshAfterScheduleChange(distributorId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return (meeting?: MeetingDetailRecord) => {
    if (meeting) queryClient.setQueryData(meetingKey(distributorId, meetingId), meeting);
    else void queryClient.invalidateQueries({ queryKey: meetingKey(distributorId, meetingId) });
    void queryClient.invalidateQueries({ queryKey: cadenceKey(distributorId) });
    void queryClient.invalidateQueries({ queryKey: ['meetings-overview'] });
  };
}

/** Cancels or skips the meeting from its own page, with the reason both sides read. */
export function useCallOffMeeting(distributorId: string, meetingId: string) {
  const refresh = useRefreshAfterScheduleChange(distributorId, meetingId);
  return useMutation({
    mutationFn: (input: { action: 'cancel' | 'skip'; reason: string }) =>
      data(
        client.POST('/api/v1/distributors/{id}/meetings/{meetingId}/changes', {
          params: { path: { id: distributorId, meetingId } },
          body: input,
        }),
      ),
    onSuccess: () => refresh(),
  });
}

export function useProposeMeetingTime(distributorId: string, meetingId: string) {
  const refresh = useRefreshAfterScheduleChange(distributorId, meetingId);
  return useMutation({
    mutationFn: (input: { startsAt: string; reason: string }) =>
      data(
        client.POST('/api/v1/distributors/{id}/meetings/{meetingId}/time-proposals', {
          params: { path: { id: distributorId, meetingId } },
          body: input,
        }),
      ),
    onSuccess: (meeting) => refresh(meeting),
  });
}

export function useAnswerTimeProposal(distributorId: string, meetingId: string) {
  const refresh = useRefreshAfterScheduleChange(distributorId, meetingId);
  return useMutation({
    mutationFn: ({
      proposalId,
      ...body
    }: {
      proposalId: string;
      answer: 'accept' | 'decline';
      note?: string;
    }) =>
      data(
        client.POST(
          '/api/v1/distributors/{id}/meetings/{meetingId}/time-proposals/{proposalId}/answer',
          { params: { path: { id: distributorId, meetingId, proposalId } }, body },
        ),
      ),
    onSuccess: (meeting) => refresh(meeting),
  });
}

export function useWithdrawTimeProposal(distributorId: string, meetingId: string) {
  const refresh = useRefreshAfterScheduleChange(distributorId, meetingId);
  return useMutation({
    mutationFn: (proposalId: string) =>
      data(
        client.POST(
          '/api/v1/distributors/{id}/meetings/{meetingId}/time-proposals/{proposalId}/withdraw',
          { params: { path: { id: distributorId, meetingId, proposalId } } },
        ),
      ),
    onSuccess: (meeting) => refresh(meeting),
  });
}
