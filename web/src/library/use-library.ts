// The document library's queries and changes. Every change answers with the document's detail,
// which replaces the cached one; lists and coverage are refetched, as their counts may move.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiUrl, client, data, type QueryOf, type ResponseBody } from '../api/client.ts';
import type { Schemas } from '../api/types.ts';

export type LibraryPage = ResponseBody<'listLibraryDocuments'>;
export type LibraryDocument = Schemas['LibraryDocument'];
export type DocumentDetail = Schemas['LibraryDocumentDetail'];
export type LanguageVariant = Schemas['LanguageVariant'];
export type Translation = Schemas['Translation'];
export type LibraryFile = Schemas['LibraryFile'];
export type CoverageState = Schemas['CoverageState'];
export type DocumentKind = Schemas['DocumentKind'];
export type Reviewer = Schemas['TranslationReviewer'];
export type PortfolioCoverage = Schemas['PortfolioLibraryCoverage'];
export type DistributorCoverage = Schemas['DistributorLibraryCoverage'];
export type LibraryQuery = QueryOf<'listLibraryDocuments'>;
export type NewDocument = Schemas['NewDocument'];
export type DocumentPatch = Schemas['DocumentPatch'];
export type TranslationRequest = Schemas['NewTranslation'];
export type TranslationReview = Schemas['TranslationReview'];

const keys = {
  all: ['library'] as const,
  list: (query: LibraryQuery) => ['library', 'documents', query] as const,
  document: (id: string) => ['library', 'document', id] as const,
  reviewers: (id: string) => ['library', 'reviewers', id] as const,
  coverage: ['library', 'coverage'] as const,
  distributor: (id: string) => ['library', 'distributor-coverage', id] as const,
};

/**
 * A multipart body as the server reads it: each field once, a list as the field repeated, and
 * the one file in `file`. Empty values are left out ("none" to the server).
 */
function formOf(fields: Record<string, unknown>, file: File): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') form.append(name, String(item));
    }
  }
  form.append('file', file, file.name);
  return form;
}

/** The link to a file: downloaded, or shown in the browser (PDFs and images only). */
export function fileUrl(file: Pick<LibraryFile, 'id'>, inline = false) {
  return apiUrl(
    '/api/v1/library/files/{fileId}',
    { fileId: file.id },
    { inline: inline ? 'true' : undefined },
  );
}

export function useLibraryDocuments(query: LibraryQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: () => data(client.GET('/api/v1/library/documents', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useLibraryDocument(documentId: string) {
  return useQuery({
    queryKey: keys.document(documentId),
    queryFn: () =>
      data(
        client.GET('/api/v1/library/documents/{documentId}', {
          params: { path: { documentId } },
        }),
      ),
  });
}

/**
 * Who may review a translation of the document, with their distributors' languages (principal
 * editors only).
 */
export function useReviewers(documentId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: keys.reviewers(documentId),
    queryFn: () =>
      data(
        client.GET('/api/v1/library/documents/{documentId}/reviewers', {
          params: { path: { documentId } },
        }),
      ),
  });
}

/** Every active distributor's documents by language (principal staff). */
export function useLibraryCoverage(enabled = true) {
  return useQuery({
    queryKey: keys.coverage,
    queryFn: () => data(client.GET('/api/v1/library/coverage')),
    enabled,
    staleTime: 60_000,
  });
}

export function useDistributorLibraryCoverage(distributorId: string) {
  return useQuery({
    queryKey: keys.distributor(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/library-coverage', {
          params: { path: { id: distributorId } },
        }),
      ),
  });
}

/** After a change: the answer is the detail now; everything else about the library may move. */
function useSettle() {
  const queryClient = useQueryClient();
  return async (detail: DocumentDetail) => {
    queryClient.setQueryData(keys.document(detail.id), detail);
    await queryClient.invalidateQueries({
      queryKey: keys.all,
      predicate: (query) => query.queryKey[1] !== 'document' || query.queryKey[2] !== detail.id,
    });
  };
}

export function useCreateDocument() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ fields, file }: { fields: NewDocument; file: File }) =>
      data(
        client.POST('/api/v1/library/documents', {
          body: fields,
          bodySerializer: () => formOf(fields, file),
        }),
      ),
    onSuccess: settle,
  });
}

export function useUpdateDocument(documentId: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (patch: DocumentPatch) =>
      data(
        client.PATCH('/api/v1/library/documents/{documentId}', {
          params: { path: { documentId } },
          body: patch,
        }),
      ),
    onSuccess: settle,
  });
}

export function useAddVersion(documentId: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ note, file }: { note: string | null; file: File }) =>
      data(
        client.POST('/api/v1/library/documents/{documentId}/versions', {
          params: { path: { documentId } },
          body: { note },
          bodySerializer: () => formOf({ note }, file),
        }),
      ),
    onSuccess: settle,
  });
}

export function useRequestTranslation(documentId: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (input: TranslationRequest) =>
      data(
        client.POST('/api/v1/library/documents/{documentId}/translations', {
          params: { path: { documentId } },
          body: input,
        }),
      ),
    onSuccess: settle,
  });
}

export function useUploadTranslation() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ translationId, file }: { translationId: string; file: File }) =>
      data(
        client.POST('/api/v1/library/translations/{translationId}/files', {
          params: { path: { translationId } },
          body: {},
          bodySerializer: () => formOf({}, file),
        }),
      ),
    onSuccess: settle,
  });
}

export function useReviewTranslation() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ translationId, review }: { translationId: string; review: TranslationReview }) =>
      data(
        client.POST('/api/v1/library/translations/{translationId}/review', {
          params: { path: { translationId } },
          body: review,
        }),
      ),
    onSuccess: settle,
  });
}

export function useWithdrawTranslation() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ translationId, reason }: { translationId: string; reason: string }) =>
      data(
        client.POST('/api/v1/library/translations/{translationId}/withdraw', {
          params: { path: { translationId } },
          body: { reason },
        }),
      ),
    onSuccess: settle,
  });
}
