import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../api/client.ts';
import type { CsvImportMutation } from './CsvImportForm.tsx';

/** The history imports of issue #13, each a path of the API (docs/imports.md). */
export const historyImports = ['orders', 'report-history', 'interactions'] as const;
export type HistoryImport = (typeof historyImports)[number];

const paths = {
  orders: '/api/v1/imports/orders',
  'report-history': '/api/v1/imports/report-history',
  interactions: '/api/v1/imports/interactions',
} as const;

/** Checks (dry run) or imports one history file; an import refreshes every figure shown. */
export function useHistoryImport(kind: HistoryImport): CsvImportMutation {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      data(
        client.POST(paths[kind], {
          params: { query: { dryRun: dryRun ? 'true' : 'false' } },
          body: csv,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: (result) => {
      // Orders, reports and contact feed the scorecards, the portfolio and the early warnings.
      if (!result.dryRun) void queryClient.invalidateQueries();
    },
  });
}
