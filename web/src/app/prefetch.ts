// Page data requested with the page's code. A route's loader starts the page's first requests
// while its chunk downloads and runs, instead of after; it returns at once (nothing waits for
// the data), and the page's own hooks find the request in flight, or just answered, under the
// same key (docs/benchmarks.md, "Pages in under a second").
import type { LoaderFunctionArgs } from 'react-router';
import { cadenceQuery } from '../cadence/use-cadence.ts';
import { listParamsOf } from '../distributors/list-params.ts';
import { distributorPageQuery, distributorQuery } from '../distributors/use-distributors.ts';
import { queryClient } from './query-client.ts';

export function prefetchDirectory({ request }: LoaderFunctionArgs) {
  const params = listParamsOf(new URL(request.url).searchParams);
  void queryClient.prefetchQuery(distributorPageQuery(params));
  return null;
}

export function prefetchMeetings({ params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  void queryClient.prefetchQuery(distributorQuery(id));
  void queryClient.prefetchQuery(cadenceQuery(id));
  return null;
}
