import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MonthlyReportContent } from '../../../src/reports/report.content.ts';
import type { ReportReviewInput } from '../../../src/reports/reports.schema.ts';
import { apiUrl, client, data, type ResponseBody } from '../api/client.ts';
import type { Schemas } from '../api/types.ts';

export type ReportMonthsRecord = ResponseBody<'listReportMonths'>;
export type ReportMonthRecord = ReportMonthsRecord['months'][number];
export type ReportStatus = ReportMonthRecord['status'];
export type ReportDetailRecord = ResponseBody<'getReport'>;
export type ReportRevisionRecord = ReportDetailRecord['revisions'][number];
export type ReportEventRecord = ReportDetailRecord['events'][number];
export type ReportContent = MonthlyReportContent;
export type ReviewAction = z.input<typeof ReportReviewInput>['action'];

const reportsKey = (distributorId: string) => ['distributors', distributorId, 'reports'] as const;
const reportKey = (distributorId: string, period: string) =>
  [...reportsKey(distributorId), period] as const;

const at = (id: string, period: string) => ({ params: { path: { id, period } } });

export function useReportMonths(distributorId: string, months = 12) {
  return useQuery({
    queryKey: [...reportsKey(distributorId), 'months', months],
    queryFn: () =>
      data(
        client.GET('/api/v1/distributors/{id}/reports', {
          params: { path: { id: distributorId }, query: { months } },
        }),
      ),
  });
}

export function useReport(distributorId: string, period: string) {
  return useQuery({
    queryKey: reportKey(distributorId, period),
    queryFn: () =>
      data(client.GET('/api/v1/distributors/{id}/reports/{period}', at(distributorId, period))),
  });
}

/** A changed report replaces the cached one, and the months list refetches its status. */
function useStoreReport(distributorId: string, period: string) {
  const queryClient = useQueryClient();
  return (report: ReportDetailRecord) => {
    queryClient.setQueryData(reportKey(distributorId, period), report);
    void queryClient.invalidateQueries({
      queryKey: [...reportsKey(distributorId), 'months'],
    });
  };
}

/** The form's values as they stand; the server keeps them as they are until submission. */
export function useSaveReportDraft(distributorId: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: unknown) =>
      data(
        client.PUT('/api/v1/distributors/{id}/reports/{period}/draft', {
          ...at(distributorId, period),
          // The form's values: plain JSON, kept as they are until submission.
          body: { draft: draft as Schemas['JsonValue'] },
        }),
      ),
    // The cached report takes the draft as saved rather than refetching it, which would
    // replace what the form holds while someone types.
    onSuccess: ({ draftSavedAt }, draft) => {
      queryClient.setQueryData<ReportDetailRecord>(reportKey(distributorId, period), (report) =>
        report
          ? {
              ...report,
              draft,
              draftSavedAt,
              status: report.status === 'missing' ? 'draft' : report.status,
            }
          : report,
      );
      void queryClient.invalidateQueries({
        queryKey: [...reportsKey(distributorId), 'months'],
      });
    },
  });
}

export function useSubmitReport(distributorId: string, period: string) {
  const store = useStoreReport(distributorId, period);
  return useMutation({
    mutationFn: (content: ReportContent) =>
      data(
        client.POST('/api/v1/distributors/{id}/reports/{period}/submissions', {
          ...at(distributorId, period),
          body: { content },
        }),
      ),
    onSuccess: store,
  });
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the upload route expects for a file, judged by its name. */
export function uploadContentType(fileName: string) {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return xlsxType;
  if (lower.endsWith('.csv')) return 'text/csv';
  // The server looks at the bytes anyway and says what the file really is.
  return 'application/octet-stream';
}

/** The distributor's own upload, or (with a reason) a principal editor's, on its behalf. */
export function useUploadReport(distributorId: string, period: string) {
  const store = useStoreReport(distributorId, period);
  return useMutation({
    mutationFn: ({ file, onBehalfReason }: { file: File; onBehalfReason?: string }) => {
      const upload = {
        body: file,
        headers: { 'content-type': uploadContentType(file.name) },
      };
      return data(
        onBehalfReason === undefined
          ? client.POST('/api/v1/distributors/{id}/reports/{period}/uploads', {
              params: { path: { id: distributorId, period }, query: { filename: file.name } },
              ...upload,
            })
          : client.POST('/api/v1/distributors/{id}/reports/{period}/on-behalf/uploads', {
              params: {
                path: { id: distributorId, period },
                query: { filename: file.name, reason: onBehalfReason },
              },
              ...upload,
            }),
      );
    },
    onSuccess: store,
  });
}

/** A principal editor enters figures the distributor sent another way, saying how they came. */
export function useSubmitOnBehalf(distributorId: string, period: string) {
  const store = useStoreReport(distributorId, period);
  return useMutation({
    mutationFn: (input: { content: ReportContent; reason: string }) =>
      data(
        client.POST('/api/v1/distributors/{id}/reports/{period}/on-behalf', {
          ...at(distributorId, period),
          body: input,
        }),
      ),
    onSuccess: store,
  });
}

/** The distributor confirms the figures entered on its behalf. */
export function useConfirmReport(distributorId: string, period: string) {
  const store = useStoreReport(distributorId, period);
  return useMutation({
    mutationFn: () =>
      data(
        client.POST(
          '/api/v1/distributors/{id}/reports/{period}/confirmations',
          at(distributorId, period),
        ),
      ),
    onSuccess: store,
  });
}

export function useReviewReport(distributorId: string, period: string) {
  const store = useStoreReport(distributorId, period);
  return useMutation({
    mutationFn: (input: { action: ReviewAction; comment: string; cell?: string }) =>
      data(
        client.POST('/api/v1/distributors/{id}/reports/{period}/reviews', {
          ...at(distributorId, period),
          body: input,
        }),
      ),
    onSuccess: store,
  });
}

/** Downloads ride on the session cookie, so they are plain links. */
export function templateUrl(distributorId: string, period: string, format: 'xlsx' | 'csv') {
  return apiUrl(
    '/api/v1/distributors/{id}/reports/{period}/template',
    { id: distributorId, period },
    { format },
  );
}

export function revisionFileUrl(
  distributorId: string,
  period: string,
  revision: number,
  format: 'xlsx' | 'csv',
) {
  return apiUrl(
    '/api/v1/distributors/{id}/reports/{period}/revisions/{revision}',
    { id: distributorId, period, revision },
    { format },
  );
}
