// The early warnings as the web reads them: the flagged distributors on a day, one distributor's
// health and history, and the workspace's thresholds. Principal staff only: the API refuses a
// distributor's users, so the pages never ask on their behalf.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';
import type { Schemas } from '../api/types.ts';

export type EarlyWarningsRecord = ResponseBody<'listEarlyWarnings'>;
export type FlaggedDistributor = EarlyWarningsRecord['distributors'][number];
export type HealthRecord = ResponseBody<'getDistributorHealth'>;
export type HealthState = HealthRecord['state'];
export type SignalRecord = Schemas['WarningSignal'];
export type ThresholdsRecord = ResponseBody<'getWarningSettings'>;
export type ThresholdsInput = RequestBody<'setWarningSettings'>;

const keys = {
  all: ['early-warnings'] as const,
  list: (asOf: string | undefined) => ['early-warnings', 'list', asOf ?? 'today'] as const,
  settings: ['early-warnings', 'settings'] as const,
  health: (distributorId: string) => ['distributors', distributorId, 'health'] as const,
};

/** Worst first: the order the API lists them in, and the one every health sort uses. */
export const healthRank: Record<HealthState, number> = { at_risk: 0, watch: 1, healthy: 2 };

/**
 * The distributors on watch or at risk on `asOf` (a UTC day), today when left out. A day still
 * to come is a 422 whose message the page shows as it is.
 */
export function useEarlyWarnings(asOf?: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.list(asOf),
    queryFn: () =>
      data(client.GET('/api/v1/early-warnings', { params: { query: asOf ? { asOf } : {} } })),
    placeholderData: keepPreviousData,
    // An assessment reads every running relationship: a minute old is recent enough.
    staleTime: 60_000,
    enabled: options.enabled ?? true,
  });
}

export function useDistributorHealth(distributorId: string) {
  return useQuery({
    queryKey: keys.health(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/health', {
          params: { path: { id: distributorId } },
        }),
      ),
    staleTime: 60_000,
  });
}

export function useWarningSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => data(client.GET('/api/v1/early-warnings/settings')),
  });
}

export function useSetWarningSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ThresholdsInput) =>
      data(client.PUT('/api/v1/early-warnings/settings', { body: input })),
    onSuccess: (thresholds) => {
      queryClient.setQueryData(keys.settings, thresholds);
      // New thresholds change who is flagged, and why, everywhere health shows.
      void queryClient.invalidateQueries({ queryKey: keys.all });
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === 'distributors' && query.queryKey[2] === 'health',
      });
    },
  });
}
