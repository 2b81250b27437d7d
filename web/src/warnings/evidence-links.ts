// A signal's evidence comes as API paths (`/api/v1/distributors/{id}/reports/2026-10`); people
// follow links to the web's pages. The mapping goes by the path, not by the evidence's kind, so
// a signal added on the server links to the right page without a change here; a path the web has
// no page for opens the distributor's page.

export type EvidenceLink = {
  /** The web route to open. */
  to: string;
  /** Which page it is, for its words: `warnings.evidence.<page>`. */
  page:
    | 'report'
    | 'reports'
    | 'scorecard'
    | 'meetings'
    | 'meeting'
    | 'charter'
    | 'plan'
    | 'onboarding'
    | 'distributor';
  /** A month (YYYY-MM) for a report. */
  period?: string;
};

/** The distributor's pages the web has, by the API segment that leads to them. */
const distributorPages: Record<string, { route: string; page: EvidenceLink['page'] }> = {
  reports: { route: 'reports', page: 'reports' },
  scorecard: { route: 'scorecard', page: 'scorecard' },
  // The cadence (plan, discipline, meetings) is read on the meetings page.
  cadence: { route: 'meetings', page: 'meetings' },
  meetings: { route: 'meetings', page: 'meetings' },
  charter: { route: 'charter', page: 'charter' },
  plan: { route: 'plan', page: 'plan' },
  onboarding: { route: 'onboarding', page: 'onboarding' },
  targets: { route: 'scorecard', page: 'scorecard' },
};

const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The web page behind an evidence path, or null when it names no distributor's page. */
export function evidenceLink(apiPath: string): EvidenceLink | null {
  const path = apiPath.split(/[?#]/)[0] ?? '';
  const segments = path
    .replace(/^\/api\/v\d+/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const [root, distributorId, section, detail] = segments;
  if (root !== 'distributors' || !distributorId) return null;
  const base = `/distributors/${encodeURIComponent(distributorId)}`;
  const known = section ? distributorPages[section] : undefined;
  if (!known) return { to: base, page: 'distributor' };
  if (known.page === 'reports' && detail && periodPattern.test(detail)) {
    return { to: `${base}/reports/${detail}`, page: 'report', period: detail };
  }
  if (known.page === 'meetings' && section === 'meetings' && detail) {
    return { to: `${base}/meetings/${encodeURIComponent(detail)}`, page: 'meeting' };
  }
  return { to: `${base}/${known.route}`, page: known.page };
}

/** Each page once, in the order the evidence names them. */
export function evidenceLinks(paths: readonly string[]): EvidenceLink[] {
  const seen = new Set<string>();
  const links: EvidenceLink[] = [];
  for (const path of paths) {
    const link = evidenceLink(path);
    if (!link || seen.has(link.to)) continue;
    seen.add(link.to);
    links.push(link);
  }
  return links;
}
