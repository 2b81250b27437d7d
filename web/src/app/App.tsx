import { QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { onUnauthenticated } from '../api/client.ts';
import { RequireSession } from '../session/RequireSession.tsx';
import { SignInPage } from '../session/SignInPage.tsx';
import { meQueryKey } from '../session/use-session.ts';
import { AppShell } from '../shell/AppShell.tsx';
import { HomeRedirect, NotFoundPage, RequireAdmin, RouteError } from '../shell/pages.tsx';
import { LoadingState } from '../shell/States.tsx';
import { i18n } from './i18n.ts';
import { prefetchDirectory, prefetchMeetings } from './prefetch.ts';
import { queryClient } from './query-client.ts';

// A 401 from any request means the session ended: forget it, and RequireSession shows sign-in.
onUnauthenticated(() => {
  queryClient.setQueryData(meQueryKey, null);
});

/**
 * A page loaded with its route: each page's code is a chunk of its own, fetched the first time
 * the page is visited, so the first page a person opens downloads only what it shows. The route
 * resolves once its chunk is in, and the page is drawn at once, shell and all. Behind a Suspense
 * boundary instead, the shell was drawn first, but React holds back the content that replaces a
 * fallback for up to 300 ms so that reveals come in batches: on a warm load the page's data was
 * in and waited for that (docs/decisions.md, "Pages drawn at once").
 */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return async () => ({ Component: (await load())[name] });
}

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/forgot-password',
    lazy: page(() => import('../session/PasswordResetPages.tsx'), 'ForgotPasswordPage'),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingState />,
  },
  {
    path: '/reset-password/:token',
    lazy: page(() => import('../session/PasswordResetPages.tsx'), 'ResetPasswordPage'),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingState />,
  },
  {
    path: '/invitations/:token',
    lazy: page(() => import('../session/AcceptInvitationPage.tsx'), 'AcceptInvitationPage'),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingState />,
  },
  {
    path: '/',
    errorElement: <RouteError />,
    // Drawn while the first page's chunk arrives (its route resolves with it).
    hydrateFallbackElement: <LoadingState />,
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
          { path: 'today', lazy: page(() => import('../today/TodayPage.tsx'), 'TodayPage') },
          {
            path: 'distributors',
            loader: prefetchDirectory,
            lazy: page(() => import('../distributors/DistributorList.tsx'), 'DistributorList'),
          },
          {
            path: 'distributors/:id',
            lazy: page(() => import('../distributors/DistributorDetail.tsx'), 'DistributorDetail'),
          },
          {
            path: 'distributors/:id/charter',
            lazy: page(() => import('../charter/CharterPage.tsx'), 'CharterPage'),
          },
          {
            path: 'distributors/:id/meetings',
            loader: prefetchMeetings,
            lazy: page(() => import('../cadence/MeetingsPage.tsx'), 'MeetingsPage'),
          },
          {
            path: 'distributors/:id/meetings/:meetingId',
            lazy: page(() => import('../cadence/MeetingPage.tsx'), 'MeetingPage'),
          },
          {
            path: 'distributors/:id/reports',
            lazy: page(() => import('../reports/ReportsPage.tsx'), 'ReportsPage'),
          },
          {
            path: 'distributors/:id/reports/:period',
            lazy: page(() => import('../reports/ReportPage.tsx'), 'ReportPage'),
          },
          {
            path: 'distributors/:id/scorecard',
            lazy: page(() => import('../performance/ScorecardPage.tsx'), 'ScorecardPage'),
          },
          {
            path: 'distributors/:id/feedback',
            lazy: page(() => import('../feedback/FeedbackPage.tsx'), 'FeedbackPage'),
          },
          {
            path: 'distributors/:id/plan',
            lazy: page(() => import('../plan/PlanPage.tsx'), 'PlanPage'),
          },
          {
            path: 'distributors/:id/playbook',
            lazy: page(() => import('../playbook/PlaybookPage.tsx'), 'PlaybookPage'),
          },
          {
            path: 'playbook',
            lazy: page(
              () => import('../playbook/PlaybookPortfolioPage.tsx'),
              'PlaybookPortfolioPage',
            ),
          },
          {
            path: 'distributors/:id/onboarding',
            lazy: page(() => import('../onboarding/OnboardingPage.tsx'), 'OnboardingPage'),
          },
          {
            path: 'distributors/:id/evaluations',
            lazy: page(() => import('../evaluations/EvaluationsPage.tsx'), 'EvaluationsPage'),
          },
          {
            path: 'distributors/:id/evaluations/:evaluationId',
            lazy: page(() => import('../evaluations/EvaluationPage.tsx'), 'EvaluationPage'),
          },
          {
            path: 'onboarding',
            lazy: page(
              () => import('../onboarding/OnboardingPortfolioPage.tsx'),
              'OnboardingPortfolioPage',
            ),
          },
          {
            path: 'distributors/:id/targets',
            lazy: page(() => import('../performance/TargetsPage.tsx'), 'TargetsPage'),
          },
          {
            path: 'distributors/:id/concerns/:concernId',
            lazy: page(() => import('../concerns/ConcernPage.tsx'), 'ConcernPage'),
          },
          {
            path: 'distributors/:id/communication',
            lazy: page(() => import('../communication/CommunicationPage.tsx'), 'CommunicationPage'),
          },
          {
            path: 'distributors/:id/communication/:threadId',
            lazy: page(() => import('../communication/ThreadPage.tsx'), 'ThreadPage'),
          },
          {
            path: 'communication',
            lazy: page(() => import('../communication/InboxPage.tsx'), 'InboxPage'),
          },
          {
            path: 'library',
            lazy: page(() => import('../library/LibraryPage.tsx'), 'LibraryPage'),
          },
          {
            path: 'library/coverage',
            lazy: page(() => import('../library/CoveragePage.tsx'), 'CoveragePage'),
          },
          {
            path: 'library/:documentId',
            lazy: page(() => import('../library/DocumentPage.tsx'), 'DocumentPage'),
          },
          {
            path: 'portfolio',
            lazy: page(() => import('../performance/PortfolioPage.tsx'), 'PortfolioPage'),
          },
          {
            path: 'product-lines',
            lazy: page(() => import('../product-lines/ProductLinesPage.tsx'), 'ProductLinesPage'),
          },
          {
            path: 'settings/tokens',
            lazy: page(() => import('../tokens/TokensPage.tsx'), 'TokensPage'),
          },
          {
            path: 'settings/security',
            lazy: page(() => import('../security/SecurityPage.tsx'), 'SecurityPage'),
          },
          {
            path: 'settings/exchange-rates',
            lazy: page(
              () => import('../exchange-rates/ExchangeRatesPage.tsx'),
              'ExchangeRatesPage',
            ),
          },
          {
            path: 'notifications',
            lazy: page(() => import('../notifications/NotificationsPage.tsx'), 'NotificationsPage'),
          },
          {
            path: 'early-warnings',
            lazy: page(() => import('../warnings/EarlyWarningsPage.tsx'), 'EarlyWarningsPage'),
          },
          {
            path: 'early-warnings/settings',
            lazy: page(() => import('../warnings/ThresholdsPage.tsx'), 'ThresholdsPage'),
          },
          {
            path: 'imports',
            lazy: page(() => import('../imports/ImportsPage.tsx'), 'ImportsPage'),
          },
          { path: 'help', lazy: page(() => import('../help/HelpPage.tsx'), 'HelpIndexPage') },
          { path: 'help/:doc', lazy: page(() => import('../help/HelpPage.tsx'), 'HelpDocPage') },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              {
                path: 'audit-log',
                lazy: page(() => import('../audit/AuditLogPage.tsx'), 'AuditLogPage'),
              },
              {
                path: 'members',
                lazy: page(() => import('../members/MembersPage.tsx'), 'MembersPage'),
              },
              {
                path: 'outbox',
                lazy: page(() => import('../outbox/OutboxPage.tsx'), 'OutboxPage'),
              },
              {
                path: 'webhooks',
                lazy: page(() => import('../webhooks/WebhooksPage.tsx'), 'WebhooksPage'),
              },
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
