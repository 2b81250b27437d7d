import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeDistributorUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the guides behind the Help links', () => {
  it('lists the guides and serves one as Markdown to anyone signed in, on either side', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'Phụ Tùng Ô Tô Thủ Đức' });
    const lan = await makeDistributorUser(workspace, distributor.id);
    const list = await http(server.url)
      .as(lan)
      .get<{ docs: { name: string; title: string }[] }>('/api/v1/help');
    expect(list.status).toBe(200);
    expect(list.body.docs).toContainEqual({ name: 'cadence', title: 'The communication cadence' });
    expect(list.body.docs).toContainEqual({
      name: 'search-and-timeline',
      title: 'Search, the relationship timeline and help',
    });
    const guide = await http(server.url)
      .as(lan)
      .get<{ title: string; markdown: string }>('/api/v1/help/reports');
    expect(guide.status).toBe(200);
    expect(guide.body.title).toBe('Monthly reports');
    expect(guide.body.markdown.startsWith('# Monthly reports')).toBe(true);

    expect((await http(server.url).as(lan).get('/api/v1/help/no-such-guide')).status).toBe(404);
    const outside = await http(server.url).as(lan).undocumented().get('/api/v1/help/..%2FREADME');
    expect([404, 422]).toContain(outside.status);
    expect((await http(server.url).get('/api/v1/help')).status).toBe(401);
  });
});
