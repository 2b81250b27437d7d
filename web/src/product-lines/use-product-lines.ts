import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProductLineInput, ProductLinePatch } from '../../../src/charter/charter.schema.ts';
import { api } from '../api/client.ts';

/** A product line as the API returns it: archivedAt arrives as an ISO string over JSON. */
export type ProductLine = {
  id: string;
  code: string;
  name: string;
  category: string | null;
  archivedAt: string | null;
};

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
      api<ProductLine[]>('/product-lines', {
        query: { includeArchived: includeArchived ? 'true' : undefined },
      }),
  });
}

export function useCreateProductLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProductLineInput) =>
      api<ProductLine>('/product-lines', { method: 'POST', json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateProductLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ProductLinePatch }) =>
      api<ProductLine>(`/product-lines/${id}`, { method: 'PATCH', json: patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
