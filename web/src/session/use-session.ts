import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { MeResponse, Role, SideName } from '../api/types.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (the API answered 401). */
export function useMeQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => {
      try {
        return await api<MeResponse>('/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export const SessionContext = createContext<MeResponse | null>(null);

export function useOptionalSession(): MeResponse | null {
  return useContext(SessionContext);
}

export function useSession(): MeResponse {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside a signed-in page');
  return me;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api<null>('/auth/login', { method: 'POST', json: input }),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: () => api('/me') });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

export function useSwitchWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) =>
      api<null>('/me/workspace', { method: 'PUT', json: { workspaceId } }),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: () => api('/me') });
    },
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; locale?: string; timeZone?: string }) =>
      api<null>('/me', { method: 'PATCH', json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export const isPrincipalRole = (role: Role) => role.startsWith('principal_');
export const isPrincipalAdmin = (role: Role) => role === 'principal_admin';
/** Principal admins and managers edit distributors, both sides' contacts, ladders, stages. */
export const canManageDistributors = (role: Role) =>
  role === 'principal_admin' || role === 'principal_manager';
/** Distributor staff edit only their own side's contacts; principal editors edit both sides. */
export const canEditContactsOn = (role: Role, side: SideName) =>
  canManageDistributors(role) || (!isPrincipalRole(role) && side === 'distributor');
