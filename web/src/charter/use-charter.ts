import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CharterContent, CharterSection } from '../../../src/charter/charter.content.ts';
import type { SignInput } from '../../../src/charter/charter.schema.ts';
import { client, data, type RequestBody, type ResponseBody } from '../api/client.ts';
import { useSession } from '../session/use-session.ts';

export type CharterOverviewRecord = ResponseBody<'getCharterOverview'>;
export type CharterVersionRecord = ResponseBody<'getCharterVersion'>;
export type CharterStatusName = CharterVersionRecord['status'];
export type CharterConflictRecord = CharterVersionRecord['conflicts'][number];
export type CharterSignatureRecord = CharterVersionRecord['signatures'][number];
export type CharterPointRecord = ResponseBody<'listCharterPoints'>[number];
export type PointEventRecord = CharterPointRecord['events'][number];
export type PointEventKind = RequestBody<'respondToCharterPoint'>['kind'];
export type VerificationRecord = ResponseBody<'verifyCharter'>;
export type ComparisonRecord = ResponseBody<'compareCharterVersions'>;
export type { ProductLine } from '../product-lines/use-product-lines.ts';
export type { CharterContent, CharterSection };

const keys = {
  all: (id: string) => ['distributors', id, 'charter'] as const,
  overview: (id: string) => ['distributors', id, 'charter', 'overview'] as const,
  version: (id: string, version: number) => ['distributors', id, 'charter', version] as const,
  points: (id: string, version: number) => ['distributors', id, 'charter', version, 'points'],
  verify: (id: string, version: number) => ['distributors', id, 'charter', version, 'verify'],
  compare: (id: string, from: number, to: number) =>
    ['distributors', id, 'charter', 'compare', from, to] as const,
};

const at = (id: string, version: number | null) => ({
  params: { path: { id, version: version ?? 0 } },
});

export function useCharterOverview(distributorId: string, enabled = true) {
  return useQuery({
    queryKey: keys.overview(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/charter', {
          params: { path: { id: distributorId } },
        }),
      ),
    enabled: enabled && distributorId !== '',
  });
}

export function useCharterVersion(distributorId: string, version: number | null) {
  return useQuery({
    queryKey: keys.version(distributorId, version ?? 0),
    queryFn: () =>
      data(
        client.GET(
          '/api/v1/distributors/{id}/charter/versions/{version}',
          at(distributorId, version),
        ),
      ),
    enabled: version !== null,
  });
}

export function useCharterPoints(distributorId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.points(distributorId, version),
    queryFn: () =>
      data(
        client.GET(
          '/api/v1/distributors/{id}/charter/versions/{version}/points',
          at(distributorId, version),
        ),
      ),
    enabled,
  });
}

/** Verification is asked for, not loaded with the page: it re-reads and re-hashes the text. */
export function useVerifyCharter(distributorId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.verify(distributorId, version),
    queryFn: () =>
      data(
        client.GET(
          '/api/v1/distributors/{id}/charter/versions/{version}/verify',
          at(distributorId, version),
        ),
      ),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useCompareVersions(
  distributorId: string,
  range: { from: number; to: number } | null,
) {
  return useQuery({
    queryKey: keys.compare(distributorId, range?.from ?? 0, range?.to ?? 0),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/charter/compare', {
          params: {
            path: { id: distributorId },
            query: { from: range?.from ?? 0, to: range?.to ?? 0 },
          },
        }),
      ),
    enabled: range !== null,
  });
}

/** Every charter query of one distributor: overview, versions, points, comparisons. */
export function useInvalidateCharter(distributorId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all(distributorId) });
}

export function useStartCharter(distributorId: string) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: () =>
      data(
        client.POST('/api/v1/distributors/{id}/charter', {
          params: { path: { id: distributorId } },
          body: {},
        }),
      ),
    onSuccess: invalidate,
  });
}

export type TransitionAction = 'send' | 'agree' | 'reopen';

export function useTransitionCharter(distributorId: string, version: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: { action: TransitionAction; reason: string | null }) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/versions/{version}/transitions', {
          ...at(distributorId, version),
          body: input,
        }),
      ),
    // A refusal (open points, conflicts found since the page loaded) refreshes what is shown too.
    onSettled: invalidate,
  });
}

export function useRaisePoint(distributorId: string, version: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: {
      section: CharterSection;
      title: string;
      position: string;
      proposal?: unknown;
    }) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/versions/{version}/points', {
          ...at(distributorId, version),
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRespondToPoint(distributorId: string, version: number, number: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: { kind: PointEventKind; body: string | null; proposal?: unknown }) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/versions/{version}/points/{number}/events', {
          params: { path: { id: distributorId, version, number } },
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSignCharter(distributorId: string, version: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: z.output<typeof SignInput>) =>
      data(
        client.POST('/api/v1/distributors/{id}/charter/versions/{version}/signatures', {
          ...at(distributorId, version),
          body: input,
        }),
      ),
    // A refused signature (the text changed) refreshes the version too, so the new hash shows.
    onSettled: invalidate,
  });
}

/** The principal is the workspace: its name is the workspace's name. */
export function usePrincipalName() {
  const me = useSession();
  return me.workspaces.find((workspace) => workspace.workspaceId === me.workspaceId)?.workspaceName;
}
