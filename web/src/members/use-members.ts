import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationInput } from '../../../src/accounts/accounts.schema.ts';
import { api } from '../api/client.ts';
import type { InvitationRecord, MemberRecord } from '../api/types.ts';

export function useMembers() {
  return useQuery({ queryKey: ['members'], queryFn: () => api<MemberRecord[]>('/members') });
}

export function useInvitations() {
  return useQuery({
    queryKey: ['invitations'],
    queryFn: () => api<InvitationRecord[]>('/invitations'),
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) =>
      api<InvitationRecord>('/invitations', { method: 'POST', json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<null>(`/invitations/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
