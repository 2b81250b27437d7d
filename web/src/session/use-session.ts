import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { ApiError, client, data } from '../api/client.ts';
import type { MeResponse, Role, SideName } from '../api/types.ts';

export const meQueryKey = ['me'] as const;

const fetchMe = (): Promise<MeResponse> => data(client.GET('/api/v1/me'));

/** The signed-in user, or null when nobody is signed in (the API answered 401). */
export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: async () => {
    try {
      return await data(client.GET('/api/v1/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
  retry: false,
});

export function useMeQuery() {
  return useQuery(meQuery);
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

/** Signing in: a session at once, or (with a second factor) a challenge for the next step. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      data(client.POST('/api/v1/auth/login', { body: input })),
    onSuccess: async (answer) => {
      if (answer?.challenge) return;
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
    },
  });
}

export function useCompleteSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { challenge: string; code: string }) =>
      data(client.POST('/api/v1/auth/login/second-factor', { body: input })),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/auth/logout')),
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
      data(client.PUT('/api/v1/me/workspace', { body: { workspaceId } })),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
    },
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; locale?: string; timeZone?: string }) =>
      data(client.PATCH('/api/v1/me', { body: input })),
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
