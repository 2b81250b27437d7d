import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PortfolioQuery, TargetsInput, TierRules } from '../../../src/reports/kpi.schema.ts';
import { client, data, type ResponseBody } from '../api/client.ts';
import type { Schemas } from '../api/types.ts';

export type ScorecardRecord = Schemas['Scorecard'];
export type KpiRecord = ScorecardRecord['kpis'][number];
export type ScorecardMonthRecord = ScorecardRecord['months'][number];
export type TargetListRecord = ResponseBody<'listTargets'>;
export type TargetRecord = TargetListRecord['targets'][number];
export type PeriodTargetRecord = TargetListRecord['periods'][number];
export type TargetSourceRecord = PeriodTargetRecord['source'];
export type PortfolioRecord = Schemas['Portfolio'];
export type PortfolioRowRecord = PortfolioRecord['items'][number];
export type PortfolioParams = z.output<typeof PortfolioQuery>;
export type TierRulesRecord = Schemas['TierRules'];

const keys = {
  scorecard: (distributorId: string) => ['distributors', distributorId, 'scorecard'] as const,
  targets: (distributorId: string, year: number) =>
    ['distributors', distributorId, 'targets', year] as const,
  portfolio: ['portfolio'] as const,
  tierRules: ['portfolio', 'tier-rules'] as const,
};

export function useScorecard(distributorId: string) {
  return useQuery({
    queryKey: keys.scorecard(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/scorecard', {
          params: { path: { id: distributorId }, query: { months: 36 } },
        }),
      ),
  });
}

export function useTargets(distributorId: string, year: number) {
  return useQuery({
    queryKey: keys.targets(distributorId, year),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/targets', {
          params: { path: { id: distributorId }, query: { year } },
        }),
      ),
  });
}

export function useSetTargets(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof TargetsInput>) =>
      data(
        client.PUT('/api/v1/distributors/{id}/targets', {
          params: { path: { id: distributorId } },
          body: input,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['distributors', distributorId, 'targets'] });
      // Targets change each month's target share, the attainment and possibly the tier.
      void queryClient.invalidateQueries({ queryKey: keys.scorecard(distributorId) });
      void queryClient.invalidateQueries({ queryKey: keys.portfolio });
    },
  });
}

/** One page of the portfolio; the previous page stays on screen while the next one loads. */
export function usePortfolio(params: PortfolioParams) {
  return useQuery({
    queryKey: [...keys.portfolio, 'page', params],
    queryFn: () => data(client.GET('/api/v1/portfolio', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useTierRules() {
  return useQuery({
    queryKey: keys.tierRules,
    queryFn: () => data(client.GET('/api/v1/portfolio/tier-rules')),
  });
}

export function useSetTierRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof TierRules>) =>
      data(client.PUT('/api/v1/portfolio/tier-rules', { body: input })),
    onSuccess: (rules) => {
      queryClient.setQueryData(keys.tierRules, rules);
      // New rules re-tier every distributor: the portfolio and every scorecard's tier change.
      void queryClient.invalidateQueries({ queryKey: keys.portfolio });
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === 'distributors' && query.queryKey[2] === 'scorecard',
      });
    },
  });
}
