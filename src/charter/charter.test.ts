import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeCharter,
  makeDistributor,
  makeDistributorUser,
  makeUser,
} from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { defaultCharterContent } from './charter.content.ts';
import { contentWith, relationship, today } from './charter.fixture.ts';
import { sendCharterReminders } from './charter-mail.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('charter documents', () => {
  it('renders the signed charter as PDF and the handbook as HTML in the distributor’s language', async () => {
    const { distributor, signer, base, workspace } = await relationship(server);
    await makeCharter(
      workspace,
      distributor.id,
      'signed',
      contentWith({
        communication: {
          ...defaultCharterContent(today).communication,
          translationRule: 'Vietnamese for customer-facing material <b>only</b>.',
        },
      }),
    );
    const portal = http(server.url).as(signer);
    const pdf = await fetch(`${server.url}${base}/versions/1/charter.pdf?download=true`, {
      headers: { authorization: `Bearer ${signer.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="charter-v1.pdf"');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const handbook = await portal.get(`${base}/versions/1/handbook.html`);
    expect(handbook.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(handbook.text).toContain('Relationship Operating Handbook');
    expect(handbook.text).toContain('Sổ tay vận hành quan hệ hợp tác');
    expect(handbook.text).toContain(
      'Vietnamese for customer-facing material &lt;b&gt;only&lt;/b&gt;.',
    );
    const english = await portal.get(`${base}/versions/1/handbook.html?lang=en`);
    expect(english.text).not.toContain('Sổ tay');
  });
});

describe('charter access', () => {
  it('answers 404 to another distributor’s user and 403 to viewers who try to edit', async () => {
    const { distributor, base, workspace } = await relationship(server);
    await makeCharter(workspace, distributor.id, 'negotiation');
    const neighbour = await makeDistributor(workspace, {
      name: 'Siam Auto Components',
      country: 'TH',
    });
    const stranger = await makeDistributorUser(workspace, neighbour.id);
    expect((await http(server.url).as(stranger).get(base)).status).toBe(404);
    expect((await http(server.url).as(stranger).get(`${base}/versions/1`)).status).toBe(404);
    const viewer = await makeUser(workspace, 'principal_viewer');
    expect((await http(server.url).as(viewer).get(`${base}/versions/1`)).status).toBe(200);
    const attempt = await http(server.url)
      .as(viewer)
      .post(`${base}/versions/1/points`, { section: 'term', title: 'Notice', position: 'Longer.' });
    expect(attempt.status).toBe(403);
  });

  it('reminds the distributor’s admins weekly until the first charter is signed', async () => {
    const { distributor, signer, workspace } = await relationship(server);
    await makeCharter(workspace, distributor.id, 'negotiation');
    const before = await server.database.rawQuery<{ count: number }>(
      'select count(*)::int as count from outbox_email where to_address = $1',
      [signer.email],
    );
    const now = new Date();
    await sendCharterReminders(server.database, 'http://liaison.example', now);
    await sendCharterReminders(server.database, 'http://liaison.example', now);
    const mails = await server.database.rawQuery<{ subject: string; body_text: string }>(
      'select subject, body_text from outbox_email where to_address = $1 order by created_at',
      [signer.email],
    );
    expect(mails.length - (before[0]?.count ?? 0)).toBe(1);
    expect(mails.at(-1)?.subject).toBe(
      'Reminder: your charter with Brenner Autoteile GmbH is not signed yet',
    );
    expect(mails.at(-1)?.body_text).toContain(
      `http://liaison.example/distributors/${distributor.id}/charter`,
    );
    const weekLater = new Date(now.getTime() + 7 * 86_400_000 + 60_000);
    await sendCharterReminders(server.database, 'http://liaison.example', weekLater);
    const again = await server.database.rawQuery<{ count: number }>(
      'select count(*)::int as count from outbox_email where to_address = $1',
      [signer.email],
    );
    expect((again[0]?.count ?? 0) - (before[0]?.count ?? 0)).toBe(2);
  });
});
