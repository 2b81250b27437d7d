// Who is signed in, and what this server is, are the first things every page asks. main.tsx
// imports this module before the app's, so both requests leave before the router and the pages'
// code are evaluated, and before the route's own data requests: on PGlite the server answers one
// request at a time, and the page cannot be drawn without the session.
import { meQuery } from '../session/use-session.ts';
import { instanceQuery } from '../shell/use-instance.ts';
import { queryClient } from './query-client.ts';

void queryClient.prefetchQuery(meQuery);
void queryClient.prefetchQuery(instanceQuery);
