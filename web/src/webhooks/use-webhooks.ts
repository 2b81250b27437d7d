import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';

export type WebhookItem = ResponseBody<'listWebhooks'>['items'][number];
export type WebhookDelivery = ResponseBody<'listWebhookDeliveries'>['items'][number];
export type NewWebhook = RequestBody<'createWebhook'>;

export function useWebhooks() {
  return useQuery({
    queryKey: ['webhooks'],
    queryFn: () => data(client.GET('/api/v1/webhooks')),
  });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewWebhook) => data(client.POST('/api/v1/webhooks', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; isActive: boolean }) =>
      data(
        client.PATCH('/api/v1/webhooks/{webhookId}', {
          params: { path: { webhookId: id } },
          body: patch,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      data(client.DELETE('/api/v1/webhooks/{webhookId}', { params: { path: { webhookId: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

/** The delivery log, refreshed every few seconds while deliveries are pending. */
/** A new signing secret for a webhook; the old one signs for a day more. */
export function useRotateSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      data(
        client.POST('/api/v1/webhooks/{webhookId}/secret', {
          params: { path: { webhookId: id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useDeliveries(webhookId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['webhooks', webhookId, 'deliveries', page, pageSize],
    queryFn: () =>
      data(
        client.GET('/api/v1/webhooks/{webhookId}/deliveries', {
          params: { path: { webhookId }, query: { page, pageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some((delivery) => delivery.status === 'pending') ? 3000 : false,
  });
}

export function useRedeliver(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      data(
        client.POST('/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver', {
          params: { path: { webhookId, deliveryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', webhookId] }),
  });
}

export function usePing(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      data(client.POST('/api/v1/webhooks/{webhookId}/ping', { params: { path: { webhookId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', webhookId] }),
  });
}
