import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError, onUnauthenticated } from '../api/client.ts';
import { AuditLogPage } from '../audit/AuditLogPage.tsx';
import { MeetingPage } from '../cadence/MeetingPage.tsx';
import { MeetingsPage } from '../cadence/MeetingsPage.tsx';
import { CharterPage } from '../charter/CharterPage.tsx';
import { CommunicationPage } from '../communication/CommunicationPage.tsx';
import { InboxPage } from '../communication/InboxPage.tsx';
import { ThreadPage } from '../communication/ThreadPage.tsx';
import { ConcernPage } from '../concerns/ConcernPage.tsx';
import { DistributorDetail } from '../distributors/DistributorDetail.tsx';
import { DistributorList } from '../distributors/DistributorList.tsx';
import { ImportsPage } from '../imports/ImportsPage.tsx';
import { CoveragePage } from '../library/CoveragePage.tsx';
import { DocumentPage } from '../library/DocumentPage.tsx';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { MembersPage } from '../members/MembersPage.tsx';
import { NotificationsPage } from '../notifications/NotificationsPage.tsx';
import { OutboxPage } from '../outbox/OutboxPage.tsx';
import { PortfolioPage } from '../performance/PortfolioPage.tsx';
import { ScorecardPage } from '../performance/ScorecardPage.tsx';
import { TargetsPage } from '../performance/TargetsPage.tsx';
import { ProductLinesPage } from '../product-lines/ProductLinesPage.tsx';
import { ReportPage } from '../reports/ReportPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';
import { SecurityPage } from '../security/SecurityPage.tsx';
import { AcceptInvitationPage } from '../session/AcceptInvitationPage.tsx';
import { ForgotPasswordPage, ResetPasswordPage } from '../session/PasswordResetPages.tsx';
import { RequireSession } from '../session/RequireSession.tsx';
import { SignInPage } from '../session/SignInPage.tsx';
import { meQueryKey } from '../session/use-session.ts';
import { AppShell } from '../shell/AppShell.tsx';
import { HomeRedirect, NotFoundPage, RequireAdmin, RouteError } from '../shell/pages.tsx';
import { TodayPage } from '../today/TodayPage.tsx';
import { TokensPage } from '../tokens/TokensPage.tsx';
import { EarlyWarningsPage } from '../warnings/EarlyWarningsPage.tsx';
import { ThresholdsPage } from '../warnings/ThresholdsPage.tsx';
import { WebhooksPage } from '../webhooks/WebhooksPage.tsx';
import { i18n } from './i18n.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// A 401 from any request means the session ended: forget it, and RequireSession shows sign-in.
onUnauthenticated(() => {
  queryClient.setQueryData(meQueryKey, null);
});

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  { path: '/forgot-password', element: <ForgotPasswordPage />, errorElement: <RouteError /> },
  { path: '/reset-password/:token', element: <ResetPasswordPage />, errorElement: <RouteError /> },
  {
    path: '/invitations/:token',
    element: <AcceptInvitationPage />,
    errorElement: <RouteError />,
  },
  {
    path: '/',
    errorElement: <RouteError />,
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      {
        // Inside the shell, so a page that fails keeps the navigation around it.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'today', element: <TodayPage /> },
          { path: 'distributors', element: <DistributorList /> },
          { path: 'distributors/:id', element: <DistributorDetail /> },
          { path: 'distributors/:id/charter', element: <CharterPage /> },
          { path: 'distributors/:id/meetings', element: <MeetingsPage /> },
          { path: 'distributors/:id/meetings/:meetingId', element: <MeetingPage /> },
          { path: 'distributors/:id/reports', element: <ReportsPage /> },
          { path: 'distributors/:id/reports/:period', element: <ReportPage /> },
          { path: 'distributors/:id/scorecard', element: <ScorecardPage /> },
          { path: 'distributors/:id/targets', element: <TargetsPage /> },
          { path: 'distributors/:id/concerns/:concernId', element: <ConcernPage /> },
          { path: 'distributors/:id/communication', element: <CommunicationPage /> },
          { path: 'distributors/:id/communication/:threadId', element: <ThreadPage /> },
          { path: 'communication', element: <InboxPage /> },
          { path: 'library', element: <LibraryPage /> },
          { path: 'library/coverage', element: <CoveragePage /> },
          { path: 'library/:documentId', element: <DocumentPage /> },
          { path: 'portfolio', element: <PortfolioPage /> },
          { path: 'product-lines', element: <ProductLinesPage /> },
          { path: 'settings/tokens', element: <TokensPage /> },
          { path: 'settings/security', element: <SecurityPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'early-warnings', element: <EarlyWarningsPage /> },
          { path: 'early-warnings/settings', element: <ThresholdsPage /> },
          { path: 'imports', element: <ImportsPage /> },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { path: 'audit-log', element: <AuditLogPage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'outbox', element: <OutboxPage /> },
              { path: 'webhooks', element: <WebhooksPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
