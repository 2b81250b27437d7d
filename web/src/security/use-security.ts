import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../api/client.ts';
import { meQueryKey } from '../session/use-session.ts';

const sessionsKey = ['me', 'sessions'] as const;
const twoFactorKey = ['me', 'two-factor'] as const;

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: () => data(client.GET('/api/v1/me/sessions')),
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      data(client.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/me/sessions/end-others')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      data(client.PUT('/api/v1/me/password', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useTwoFactor() {
  return useQuery({
    queryKey: twoFactorKey,
    queryFn: () => data(client.GET('/api/v1/me/two-factor')),
  });
}

export function useStartTwoFactor() {
  return useMutation({ mutationFn: () => data(client.POST('/api/v1/me/two-factor/setup')) });
}

/**
 * Switching it on may lift the workspace's hold on the session: /me is asked again. The state
 * itself is refreshed once the recovery codes were seen (useRefreshTwoFactor): refreshing it now
 * would replace the form before it could show them.
 */
export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      data(client.POST('/api/v1/me/two-factor/enable', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true }),
  });
}

export function useRefreshTwoFactor() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: twoFactorKey });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      data(client.POST('/api/v1/me/two-factor/disable', { body: { password } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKey }),
  });
}

export function useReplaceRecoveryCodes() {
  return useMutation({
    mutationFn: (password: string) =>
      data(client.POST('/api/v1/me/two-factor/recovery-codes', { body: { password } })),
  });
}

export function useWorkspaceSecurity(enabled: boolean) {
  return useQuery({
    queryKey: ['workspace', 'security'],
    queryFn: () => data(client.GET('/api/v1/workspace/security')),
    enabled,
  });
}

export function useSetWorkspaceSecurity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requireTwoFactor: boolean) =>
      data(client.PUT('/api/v1/workspace/security', { body: { requireTwoFactor } })),
    onSuccess: (answer) => queryClient.setQueryData(['workspace', 'security'], answer),
  });
}
