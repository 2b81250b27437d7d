// The evaluation as a PDF (#18): English beside the distributor's language (Vietnamese, Thai),
// with Chinese text as written, printing only what the reader may see: the principal's part once
// completed, its internal note never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDistributor, makeUser, makeWorkspace } from '../../test/factories.ts';
import { http } from '../../test/http.ts';
import { pdfText, readable } from '../../test/pdf.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Evaluation = { id: string };

async function pdfOf(token: string, path: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return {
    contentType: response.headers.get('content-type'),
    text: await pdfText(Buffer.from(await response.arrayBuffer())),
  };
}

async function relationship() {
  const home = await makeWorkspace(server, 'Brenner Autoteile GmbH');
  const distributor = await makeDistributor(home, {
    name: 'Công ty Phụ tùng Ô tô Sài Gòn',
    languages: ['vi', 'en'],
  });
  const manager = await makeUser(home, 'principal_manager', { name: 'Jonas Becker' });
  const lan = await makeUser(home, 'distributor_member', {
    distributorId: distributor.id,
    name: 'Nguyễn Thị Lan',
  });
  const base = `/api/v1/distributors/${distributor.id}/evaluations`;
  return { manager, lan, base };
}

describe('the evaluation as a PDF', () => {
  it('prints English beside Vietnamese, with what the reader may see', async () => {
    const { manager, lan, base } = await relationship();
    const api = http(server.url);
    const started = await api.as(manager).post<Evaluation>(base, {});
    const one = `${base}/${started.body.id}`;
    await api.as(manager).put(`${one}/assessment`, { text: 'Zuverlässiger Partner.' });
    await api.as(lan).put(`${one}/assessment`, { text: 'Chúng tôi cần thêm hỗ trợ kỹ thuật.' });
    await api.as(manager).patch(one, {
      decision: 'renew',
      decisionReasons: 'Ziele erreicht.',
      followUps: [
        { text: '与广州团队共享培训资料', ownerSide: 'principal', ownerName: '王伟', dueOn: null },
      ],
      internalNote: 'Nur intern: Preisrunde im Frühjahr.',
    });
    const draft = await pdfOf(lan.token, `${one}/document.pdf`);
    expect(draft.contentType).toBe('application/pdf');
    expect(draft.text).toContain('Đánh giá quan hệ hợp tác');
    expect(draft.text).not.toContain('Ziele erreicht');
    await api.as(manager).post(`${one}/completion`, {});
    const { text } = await pdfOf(lan.token, `${one}/document.pdf`);
    for (const expected of [
      'Relationship evaluation',
      'Đánh giá quan hệ hợp tác',
      'Nhận định của nhà phân phối',
      'Chúng tôi cần thêm hỗ trợ kỹ thuật.',
      'Gia hạn',
      '与广州团队共享培训资料',
      '王伟',
    ]) {
      expect(text).toContain(readable(expected));
    }
    expect(text).not.toContain('Preisrunde');
  });

  it('prints Thai beside English for a Thai distributor', async () => {
    const workspace = await makeWorkspace(server);
    const thai = await makeDistributor(workspace, {
      name: 'บริษัท สยามออโต้ คอมโพเนนท์ จำกัด',
      country: 'TH',
      city: 'Bangkok',
      timeZone: 'Asia/Bangkok',
      languages: ['th', 'en'],
    });
    const manager = await makeUser(workspace, 'principal_manager');
    const base = `/api/v1/distributors/${thai.id}/evaluations`;
    const started = await http(server.url).as(manager).post<Evaluation>(base, {});
    const { text } = await pdfOf(manager.token, `${base}/${started.body.id}/document.pdf`);
    expect(text).toContain(readable('การประเมินความสัมพันธ์'));
    expect(text).toContain(readable('บริษัท สยามออโต้ คอมโพเนนท์ จำกัด'));
    expect(text).toContain('Results against targets');
  });
});
