import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ApiError,
  client,
  data,
  type Problem,
  type QueryOf,
  type RequestBody,
  type ResponseBody,
} from '../api/client.ts';

export type ThreadPage = ResponseBody<'listThreads'>;
export type ThreadDetail = ResponseBody<'getThread'>;
export type MessageRecord = ThreadDetail['messages'][number];
export type InteractionRecord = ResponseBody<'listInteractions'>['items'][number];
export type ResponsivenessRecord = ResponseBody<'getResponsiveness'>;
export type SearchHitRecord = ResponseBody<'searchCommunication'>['items'][number];
export type InteractionFilters = QueryOf<'listInteractions'>;
export type NewInteraction = RequestBody<'logInteraction'>;

const keys = {
  all: (id: string) => ['communication', id] as const,
  threads: (id: string, params: QueryOf<'listThreads'>) =>
    ['communication', id, 'threads', params] as const,
  thread: (id: string, threadId: string) => ['communication', id, 'thread', threadId] as const,
  interactions: (id: string, params: InteractionFilters) =>
    ['communication', id, 'interactions', params] as const,
  responsiveness: (id: string) => ['communication', id, 'responsiveness'] as const,
  people: (id: string) => ['communication', id, 'people'] as const,
  search: (params: QueryOf<'searchCommunication'>) => ['communication', 'search', params] as const,
};

export function useThreads(distributorId: string, params: QueryOf<'listThreads'>) {
  return useQuery({
    queryKey: keys.threads(distributorId, params),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/threads', {
          params: { path: { id: distributorId }, query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useThread(distributorId: string, threadId: string) {
  return useQuery({
    queryKey: keys.thread(distributorId, threadId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/threads/{threadId}', {
          params: { path: { id: distributorId, threadId } },
        }),
      ),
  });
}

export function useMarkRead(distributorId: string, threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      data(
        client.POST('/api/v1/distributors/{id}/threads/{threadId}/read', {
          params: { path: { id: distributorId, threadId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(distributorId) }),
  });
}

export function useThreadCandidates(distributorId: string) {
  return useQuery({
    queryKey: keys.people(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/communication/people', {
          params: { path: { id: distributorId } },
        }),
      ),
  });
}

/** A form with files goes as multipart/form-data; its problems arrive as for JSON. */
async function postForm<T>(path: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw new ApiError({ type: 'network', title: 'network', status: 0 });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem =
      body && typeof body === 'object' && 'title' in body
        ? (body as Problem)
        : { type: 'about:blank', title: response.statusText, status: response.status };
    throw new ApiError(problem);
  }
  return body as T;
}

export type NewThreadForm = {
  subject: string;
  priority: 'urgent' | 'high' | 'normal';
  body: string;
  participantUserIds: string[];
  files: File[];
};

export function useCreateThread(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewThreadForm) => {
      const form = new FormData();
      form.append('subject', input.subject);
      form.append('priority', input.priority);
      form.append('body', input.body);
      for (const id of input.participantUserIds) form.append('participantUserIds', id);
      for (const file of input.files) form.append('files', file, file.name);
      return postForm<ThreadDetail>(
        `/api/v1/distributors/${encodeURIComponent(distributorId)}/threads`,
        form,
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(distributorId) }),
  });
}

export function usePostMessage(distributorId: string, threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: string; files: File[] }) => {
      const form = new FormData();
      form.append('body', input.body);
      for (const file of input.files) form.append('files', file, file.name);
      return postForm<MessageRecord>(
        `/api/v1/distributors/${encodeURIComponent(distributorId)}/threads/${encodeURIComponent(threadId)}/messages`,
        form,
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(distributorId) }),
  });
}

export function attachmentUrl(distributorId: string, threadId: string, attachmentId: string) {
  return `/api/v1/distributors/${encodeURIComponent(distributorId)}/threads/${encodeURIComponent(threadId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function useInteractions(distributorId: string, params: InteractionFilters) {
  return useQuery({
    queryKey: keys.interactions(distributorId, params),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/interactions', {
          params: { path: { id: distributorId }, query: params },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useLogInteraction(distributorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewInteraction) =>
      data(
        client.POST('/api/v1/distributors/{id}/interactions', {
          params: { path: { id: distributorId } },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(distributorId) }),
  });
}

export function useResponsiveness(distributorId: string) {
  return useQuery({
    queryKey: keys.responsiveness(distributorId),
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/communication/responsiveness', {
          params: { path: { id: distributorId } },
        }),
      ),
  });
}

export function useCommunicationSearch(params: QueryOf<'searchCommunication'>, enabled: boolean) {
  return useQuery({
    queryKey: keys.search(params),
    queryFn: () => data(client.GET('/api/v1/communication/search', { params: { query: params } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}
