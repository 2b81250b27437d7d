// The portfolio's snapshot over HTTP on either database: a repeat request with the page's ETag is
// answered 304 while nothing the page shows has changed, and any change (a distributor's profile,
// the reporting currency) gives the new page under a new ETag. The ETag is the page's, not the
// caller's, and it never lets in anyone the page is not for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Portfolio = { items: { name: string }[]; reportingCurrency: string; total: number };
type Caller = Parameters<ReturnType<typeof http>['as']>[0];

const byName = '/api/v1/portfolio?sort=name&order=asc';

/** A portfolio page as `caller` asks for it again, sending back the ETag it holds. */
const askAgain = (caller: Caller, etag: string, url = byName) =>
  http(server.url).as(caller).withHeaders({ 'if-none-match': etag }).get<Portfolio>(url);

describe('the portfolio as a snapshot', () => {
  it('answers 304 to its ETag until the page changes, then sends the new page', async () => {
    const workspace = await makeWorkspace(server);
    const saigon = await makeDistributor(workspace, { name: 'Công ty Phụ tùng Sài Gòn' });
    await makeDistributor(workspace, { name: 'Przedsiębiorstwo Łódź', country: 'PL' });
    const jonas = await makeUser(workspace, 'principal_admin', { name: 'Jonas Becker' });
    const anna = await makeUser(workspace, 'principal_viewer', { name: 'Anna Schäfer' });
    const first = await http(server.url).as(jonas).get<Portfolio>(byName);
    expect(first.status).toBe(200);
    expect(first.body.items.map((item) => item.name)).toEqual([
      'Công ty Phụ tùng Sài Gòn',
      'Przedsiębiorstwo Łódź',
    ]);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');

    // The same page for another of the principal's users: the same ETag, and 304 with no body.
    const again = await askAgain(anna, etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('content-length')).toBeNull();
    expect(again.headers.get('etag')).toBe(etag);
    // A list of ETags, weak or strong, matches by value.
    const listed = await askAgain(jonas, `"stale", W/${etag}`);
    expect(listed.status).toBe(304);
    // Another order is another page.
    const byCountry = await askAgain(jonas, etag, '/api/v1/portfolio?sort=country&order=asc');
    expect(byCountry.status).toBe(200);
    expect(byCountry.body.items.map((item) => item.name)[0]).toBe('Przedsiębiorstwo Łódź');

    // A distributor renamed: the old ETag gets the new page.
    const renamed = await http(server.url)
      .as(jonas)
      .patch(`/api/v1/distributors/${saigon.id}`, { name: 'Công ty Phụ tùng Đồng Nai' });
    expect(renamed.status).toBe(200);
    const afterRename = await askAgain(jonas, etag);
    expect(afterRename.status).toBe(200);
    expect(afterRename.body.items.map((item) => item.name)).toEqual([
      'Công ty Phụ tùng Đồng Nai',
      'Przedsiębiorstwo Łódź',
    ]);
    const renamedEtag = afterRename.headers.get('etag') ?? '';
    expect(renamedEtag).not.toBe(etag);

    // The reporting currency changed: the page's totals are in another currency.
    const currency = await http(server.url)
      .as(jonas)
      .put('/api/v1/reporting-currency', { currency: 'USD' });
    expect(currency.status).toBe(200);
    const inDollars = await askAgain(jonas, renamedEtag);
    expect(inDollars.status).toBe(200);
    expect(inDollars.body.reportingCurrency).toBe('USD');
  });

  it('lets nobody in on an ETag: another workspace gets its own page, a distributor 403', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'บริษัท สยาม ออโต้ พาร์ท' });
    const manager = await makeUser(workspace, 'principal_manager');
    const lan = await makeDistributorUser(workspace, distributor.id);
    const page = await http(server.url).as(manager).get<Portfolio>('/api/v1/portfolio');
    expect(page.status).toBe(200);
    const etag = page.headers.get('etag') ?? '';

    const forbidden = await askAgain(lan, etag, '/api/v1/portfolio');
    expect(forbidden.status).toBe(403);

    const elsewhere = await makeWorkspace(server, 'Another principal');
    const stranger = await makeUser(elsewhere, 'principal_manager');
    const theirs = await askAgain(stranger, etag, '/api/v1/portfolio');
    expect(theirs.status).toBe(200);
    expect(theirs.body.total).toBe(0);
  });
});
