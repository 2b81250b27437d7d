import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';

export type NotificationItem = ResponseBody<'listNotifications'>['items'][number];
export type DigestFrequency = RequestBody<'setNotificationPreferences'>['digest'];

/** The unread count for the bell, checked again every minute while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => data(client.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
  });
}

export function useNotifications(params: { unread: boolean; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['notifications', 'list', params],
    queryFn: () =>
      data(
        client.GET('/api/v1/notifications', {
          params: {
            query: {
              ...(params.unread ? { unread: 'true' as const } : {}),
              page: params.page,
              pageSize: params.pageSize,
            },
          },
        }),
      ),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: { id: string } | { all: true }) =>
      data(client.POST('/api/v1/notifications/read', { body: target })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useDigestPreference() {
  return useQuery({
    queryKey: ['notification-preferences'],
    queryFn: () => data(client.GET('/api/v1/notifications/preferences')),
  });
}

export function useSetDigestPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (digest: DigestFrequency) =>
      data(client.PUT('/api/v1/notifications/preferences', { body: { digest } })),
    onSuccess: (saved) => queryClient.setQueryData(['notification-preferences'], saved),
  });
}
