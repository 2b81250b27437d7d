import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data, type ResponseBody } from '../api/client.ts';
import type { CsvImportMutation } from '../imports/CsvImportForm.tsx';

export type ExchangeRateList = ResponseBody<'listExchangeRates'>;
export type ExchangeRateRecord = ExchangeRateList['items'][number];

const key = ['exchange-rates'] as const;

export function useExchangeRates() {
  return useQuery({ queryKey: key, queryFn: () => data(client.GET('/api/v1/exchange-rates')) });
}

/** Rates change the portfolio's figures: both are fetched again after every change. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
    ]);
}

export function usePutRate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { currency: string; month: string; rate: number; source: string }) =>
      data(
        client.PUT('/api/v1/exchange-rates/{currency}/{month}', {
          params: { path: { currency: input.currency, month: input.month } },
          body: { rate: input.rate, source: input.source },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteRate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { currency: string; month: string }) =>
      data(
        client.DELETE('/api/v1/exchange-rates/{currency}/{month}', {
          params: { path: input },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useSetReportingCurrency() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (currency: string) =>
      data(client.PUT('/api/v1/reporting-currency', { body: { currency } })),
    onSuccess: refresh,
  });
}

export function useImportRates(): CsvImportMutation {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      data(
        client.POST('/api/v1/imports/exchange-rates', {
          params: { query: { dryRun: dryRun ? 'true' : 'false' } },
          body: csv,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: (result) => {
      if (!result.dryRun) void refresh();
    },
  });
}
