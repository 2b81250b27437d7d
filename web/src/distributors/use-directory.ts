// The directory's account owners, bulk actions and saved filters (#16).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';

export type OwnerOption = ResponseBody<'listDistributorOwners'>[number];
export type BulkResult = ResponseBody<'bulkChangeLifecycleStage'>['results'][number];
export type SavedFilterRecord = ResponseBody<'listSavedFilters'>[number];

export function useOwnerOptions(enabled = true) {
  return useQuery({
    queryKey: ['distributors', 'owners'],
    queryFn: () => data(client.GET('/api/v1/distributors/owners')),
    enabled,
    staleTime: 60_000,
  });
}

function useInvalidate(key: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [key] });
}

export function useSetOwner(id: string) {
  const invalidate = useInvalidate('distributors');
  return useMutation({
    mutationFn: (ownerId: string | null) =>
      data(
        client.PUT('/api/v1/distributors/{id}/owner', {
          params: { path: { id } },
          body: { ownerId },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useBulkStage() {
  const invalidate = useInvalidate('distributors');
  return useMutation({
    mutationFn: (body: RequestBody<'bulkChangeLifecycleStage'>) =>
      data(client.POST('/api/v1/distributors/bulk/lifecycle', { body })),
    onSuccess: invalidate,
  });
}

export function useBulkOwner() {
  const invalidate = useInvalidate('distributors');
  return useMutation({
    mutationFn: (body: RequestBody<'bulkChangeOwner'>) =>
      data(client.POST('/api/v1/distributors/bulk/owner', { body })),
    onSuccess: invalidate,
  });
}

const savedKey = ['saved-filters', 'directory'] as const;

export function useSavedFilters() {
  return useQuery({
    queryKey: savedKey,
    queryFn: () =>
      data(client.GET('/api/v1/saved-filters', { params: { query: { page: 'directory' } } })),
  });
}

export function useSaveFilter() {
  const invalidate = useInvalidate('saved-filters');
  return useMutation({
    mutationFn: (body: { name: string; query: string }) =>
      data(client.POST('/api/v1/saved-filters', { body: { page: 'directory', ...body } })),
    onSuccess: invalidate,
  });
}

export function useRenameFilter() {
  const invalidate = useInvalidate('saved-filters');
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      data(
        client.PATCH('/api/v1/saved-filters/{id}', { params: { path: { id } }, body: { name } }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeleteFilter() {
  const invalidate = useInvalidate('saved-filters');
  return useMutation({
    mutationFn: (id: string) =>
      data(client.DELETE('/api/v1/saved-filters/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
