// Which guide in docs/ explains the page a person is on: the top bar's "Help" link opens it in
// the app (/help/<name>); a page without a guide of its own opens the list of guides.
const guides: readonly [RegExp, string][] = [
  [/^\/distributors\/[^/]+\/charter/, 'charter'],
  [/^\/distributors\/[^/]+\/meetings/, 'cadence'],
  [/^\/distributors\/[^/]+\/reports/, 'reports'],
  [/^\/distributors\/[^/]+\/(scorecard|targets)/, 'kpis'],
  [/^\/distributors\/[^/]+\/concerns/, 'concerns'],
  [/^\/distributors\/[^/]+\/communication/, 'communication'],
  [/^\/distributors\/[^/]+\/onboarding/, 'onboarding'],
  [/^\/distributors\/[^/]+\/evaluations/, 'evaluations'],
  [/^\/distributors\/[^/]+$/, 'search-and-timeline'],
  [/^\/communication/, 'communication'],
  [/^\/library/, 'library'],
  [/^\/onboarding/, 'onboarding'],
  [/^\/portfolio/, 'kpis'],
  [/^\/product-lines/, 'kpis'],
  [/^\/early-warnings/, 'early-warnings'],
  [/^\/imports/, 'imports'],
  [/^\/notifications/, 'notifications'],
  [/^\/settings\/tokens/, 'api'],
  [/^\/settings\/security/, 'security'],
  [/^\/admin\/webhooks/, 'webhooks'],
  [/^\/admin\/outbox/, 'notifications'],
  [/^\/admin\/(audit-log|members)/, 'security'],
];

/** The in-app path of the guide for a page ("/help/cadence"), or the list of guides. */
export function helpPathFor(pathname: string): string {
  if (pathname.startsWith('/help')) return '/help';
  const guide = guides.find(([pattern]) => pattern.test(pathname))?.[1];
  return guide ? `/help/${guide}` : '/help';
}
