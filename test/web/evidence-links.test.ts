// A signal's evidence arrives as API paths; the web links each to its own page, whatever kind
// of signal it came with, and to the distributor's page where the web has no page for it.
import { describe, expect, it } from 'vitest';
import { evidenceLink, evidenceLinks } from '../../web/src/warnings/evidence-links.ts';

const id = '0b7c6f8e-3d1a-4f5e-9c2b-7a8d9e0f1a2b';

describe('evidence links', () => {
  it.each([
    [`/api/v1/distributors/${id}/reports/2026-10`, `/distributors/${id}/reports/2026-10`, 'report'],
    [`/api/v1/distributors/${id}/reports`, `/distributors/${id}/reports`, 'reports'],
    [`/api/v1/distributors/${id}/scorecard`, `/distributors/${id}/scorecard`, 'scorecard'],
    [`/api/v1/distributors/${id}/cadence`, `/distributors/${id}/meetings`, 'meetings'],
    [`/api/v1/distributors/${id}/meetings/m-1`, `/distributors/${id}/meetings/m-1`, 'meeting'],
    [`/api/v1/distributors/${id}/charter?version=3`, `/distributors/${id}/charter`, 'charter'],
    [`/api/v1/distributors/${id}/plan`, `/distributors/${id}/plan`, 'plan'],
    // Pages the web does not have (yet) open the distributor's page.
    [`/api/v1/distributors/${id}/threads`, `/distributors/${id}`, 'distributor'],
    [`/api/v1/distributors/${id}/interactions`, `/distributors/${id}`, 'distributor'],
    [`/api/v1/distributors/${id}/reports/latest`, `/distributors/${id}/reports`, 'reports'],
  ])('links %s to %s', (path, to, page) => {
    expect(evidenceLink(path)).toMatchObject({ to, page });
  });

  it('names the month of a report', () => {
    expect(evidenceLink(`/api/v1/distributors/${id}/reports/2026-09`)?.period).toBe('2026-09');
  });

  it('links nothing for a path outside a distributor', () => {
    expect(evidenceLink('/api/v1/portfolio')).toBeNull();
    expect(evidenceLink('')).toBeNull();
  });

  it('links each page once, in the order given', () => {
    const links = evidenceLinks([
      `/api/v1/distributors/${id}/threads`,
      `/api/v1/distributors/${id}/scorecard`,
      `/api/v1/distributors/${id}/interactions`,
    ]);
    expect(links.map((link) => link.to)).toEqual([
      `/distributors/${id}`,
      `/distributors/${id}/scorecard`,
    ]);
  });
});
