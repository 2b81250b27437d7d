import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProductLineInput, ProductLinePatch } from '../../../src/charter/charter.schema.ts';
import { client, data, type ResponseBody } from '../api/client.ts';

/** A product line as the API returns it: archivedAt arrives as an ISO string over JSON. */
export type ProductLine = ResponseBody<'listProductLines'>[number];

const keys = {
  all: ['product-lines'] as const,
  list: (includeArchived: boolean) => ['product-lines', { includeArchived }] as const,
};

/** The principal's catalogue; both sides read it, because charters name its lines. */
export function useProductLines(options: { includeArchived?: boolean } = {}) {
  const includeArchived = options.includeArchived ?? false;
  return useQuery({
    queryKey: keys.list(includeArchived),
    queryFn: () =>
      data(
        client.GET('/api/v1/product-lines', {
          params: { query: { includeArchived: includeArchived ? 'true' : undefined } },
        }),
      ),
  });
}

export function useCreateProductLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProductLineInput) =>
      data(client.POST('/api/v1/product-lines', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateProductLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ProductLinePatch }) =>
      data(client.PATCH('/api/v1/product-lines/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
