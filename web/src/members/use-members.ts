import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationInput } from '../../../src/accounts/accounts.schema.ts';
import { client, data } from '../api/client.ts';
import type { Role } from '../api/types.ts';

export function useMembers() {
  return useQuery({
    queryKey: ['members'],
    queryFn: () => data(client.GET('/api/v1/members')),
  });
}

export function useInvitations() {
  return useQuery({
    queryKey: ['invitations'],
    queryFn: () => data(client.GET('/api/v1/invitations')),
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) =>
      data(client.POST('/api/v1/invitations', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      data(client.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

type MemberChange = { role: Role } | { active: boolean };

/** A member's new role (within their side), or deactivated / reactivated (admins). */
export function useChangeMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, change }: { userId: string; change: MemberChange }) =>
      data(
        client.PATCH('/api/v1/members/{userId}', { params: { path: { userId } }, body: change }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['members'] }),
  });
}

/** Sends an open invitation again with a new link; the old link stops working. */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      data(client.POST('/api/v1/members/invitations/{id}/resend', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
