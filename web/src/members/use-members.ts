import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationInput } from '../../../src/accounts/accounts.schema.ts';
import { client, data } from '../api/client.ts';

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
