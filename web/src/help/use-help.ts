import { useQuery } from '@tanstack/react-query';
import { client, data } from '../api/client.ts';

export function useHelpDocs() {
  return useQuery({
    queryKey: ['help'],
    queryFn: () => data(client.GET('/api/v1/help')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHelpDoc(name: string) {
  return useQuery({
    queryKey: ['help', name],
    queryFn: () => data(client.GET('/api/v1/help/{name}', { params: { path: { name } } })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
