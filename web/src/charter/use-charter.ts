import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CharterContent, CharterSection } from '../../../src/charter/charter.content.ts';
import type {
  CharterOverview,
  CharterVersion,
  Comparison,
  Point,
  PointEventInput,
  SignInput,
  VerificationSchema,
} from '../../../src/charter/charter.schema.ts';
import { api } from '../api/client.ts';
import type { Json } from '../api/types.ts';
import { useSession } from '../session/use-session.ts';

export type CharterOverviewRecord = Json<z.output<typeof CharterOverview>>;
export type CharterVersionRecord = Json<z.output<typeof CharterVersion>>;
export type CharterStatusName = CharterVersionRecord['status'];
export type CharterConflictRecord = CharterVersionRecord['conflicts'][number];
export type CharterSignatureRecord = CharterVersionRecord['signatures'][number];
export type CharterPointRecord = Json<z.output<typeof Point>>;
export type PointEventRecord = CharterPointRecord['events'][number];
export type PointEventKind = z.input<typeof PointEventInput>['kind'];
export type VerificationRecord = Json<z.output<typeof VerificationSchema>>;
export type ComparisonRecord = Json<z.output<typeof Comparison>>;
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

const base = (distributorId: string) => `/distributors/${distributorId}/charter`;

export function useCharterOverview(distributorId: string, enabled = true) {
  return useQuery({
    queryKey: keys.overview(distributorId),
    queryFn: () => api<CharterOverviewRecord>(base(distributorId)),
    enabled: enabled && distributorId !== '',
  });
}

export function useCharterVersion(distributorId: string, version: number | null) {
  return useQuery({
    queryKey: keys.version(distributorId, version ?? 0),
    queryFn: () => api<CharterVersionRecord>(`${base(distributorId)}/versions/${version}`),
    enabled: version !== null,
  });
}

export function useCharterPoints(distributorId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.points(distributorId, version),
    queryFn: () => api<CharterPointRecord[]>(`${base(distributorId)}/versions/${version}/points`),
    enabled,
  });
}

/** Verification is asked for, not loaded with the page: it re-reads and re-hashes the text. */
export function useVerifyCharter(distributorId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.verify(distributorId, version),
    queryFn: () => api<VerificationRecord>(`${base(distributorId)}/versions/${version}/verify`),
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
      api<ComparisonRecord>(`${base(distributorId)}/compare`, {
        query: { from: range?.from, to: range?.to },
      }),
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
    mutationFn: () => api<CharterVersionRecord>(base(distributorId), { method: 'POST', json: {} }),
    onSuccess: invalidate,
  });
}

export type TransitionAction = 'send' | 'agree' | 'reopen';

export function useTransitionCharter(distributorId: string, version: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: { action: TransitionAction; reason: string | null }) =>
      api<CharterVersionRecord>(`${base(distributorId)}/versions/${version}/transitions`, {
        method: 'POST',
        json: input,
      }),
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
      api<{ number: number }>(`${base(distributorId)}/versions/${version}/points`, {
        method: 'POST',
        json: input,
      }),
    onSuccess: invalidate,
  });
}

export function useRespondToPoint(distributorId: string, version: number, number: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: { kind: PointEventKind; body: string | null; proposal?: unknown }) =>
      api<{ number: number }>(
        `${base(distributorId)}/versions/${version}/points/${number}/events`,
        { method: 'POST', json: input },
      ),
    onSuccess: invalidate,
  });
}

export function useSignCharter(distributorId: string, version: number) {
  const invalidate = useInvalidateCharter(distributorId);
  return useMutation({
    mutationFn: (input: z.output<typeof SignInput>) =>
      api<CharterVersionRecord>(`${base(distributorId)}/versions/${version}/signatures`, {
        method: 'POST',
        json: input,
      }),
    // A refused signature (the text changed) refreshes the version too, so the new hash shows.
    onSettled: invalidate,
  });
}

/** The principal is the workspace: its name is the workspace's name. */
export function usePrincipalName() {
  const me = useSession();
  return me.workspaces.find((workspace) => workspace.workspaceId === me.workspaceId)?.workspaceName;
}
