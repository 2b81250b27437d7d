import { and, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDistributor,
  makeDistributorUser,
  makeUser,
  makeWorkspace,
  type TestUser,
} from '../../test/factories.ts';
import { pinnedClock } from '../../test/fakes/clock.ts';
import { startFakeSmtp } from '../../test/fakes/smtp.ts';
import { http } from '../../test/http.ts';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { communicationMessage, outboxEmail } from '../db/schema.ts';
import { translator } from '../platform/i18n.ts';
import { createMailer, deliverOutbox } from '../platform/mail.ts';
import { type InboundSmtp, startInboundSmtp } from './inbound-smtp.ts';

type Thread = {
  id: string;
  messages: {
    author: { name: string; side: string };
    body: string;
    attachments?: { fileName: string; contentType: string; sizeBytes: number }[];
  }[];
};

const clock = pinnedClock('2027-03-01T08:00:00Z');
const secret = 'inbound-secret-for-tests-only';
let outside: Awaited<ReturnType<typeof startFakeSmtp>>;
let server: TestServer;
let inbound: InboundSmtp;
beforeAll(async () => {
  outside = await startFakeSmtp();
  server = await startTestServer({ clock, mailer: createMailer(outside.url, 'liaison@test') });
  server.config.mailReplyDomain = 'reply.liaison.test';
  server.config.inboundMailSecret = secret;
  const services = {
    db: server.database.db,
    config: server.config,
    mailer: server.mailer,
    clock: server.clock,
  };
  inbound = await startInboundSmtp(services, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await inbound.close();
  await server.close();
  await outside.close();
});

/** A thread from the principal to the distributor; the notification mail as the seller got it. */
async function threadMailedToSeller() {
  const workspace = await makeWorkspace(server);
  const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
  const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
  const seller = await makeDistributorUser(workspace, distributor.id);
  const base = `/api/v1/distributors/${distributor.id}`;
  const created = await http(server.url)
    .as(manager)
    .post<Thread>(`${base}/threads`, {
      subject: 'Containers for April',
      body: 'Can you confirm the two containers arrive in April?',
      participantUserIds: [seller.id],
    });
  await deliverOutbox(server.database, server.mailer, server.clock, { workspaceId: workspace.id });
  const delivered = outside.received.filter((mail) => mail.to.includes(seller.email)).at(-1);
  const parsed = await simpleParser(delivered?.raw ?? '');
  const replyTo = parsed.replyTo?.value[0]?.address ?? '';
  return { workspace, manager, seller, thread: `${base}/threads/${created.body.id}`, replyTo };
}

function replyBy(
  user: TestUser,
  to: string,
  text: string,
  attachments: { filename: string; content: Buffer; cid?: string }[] = [],
) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: inbound.port,
    secure: false,
    ignoreTLS: true,
  });
  return transport.sendMail({
    from: `${user.name} <${user.email}>`,
    to,
    subject: 'Re',
    text,
    attachments,
  });
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
/** The first bytes of a Windows program: refused whatever its name. */
const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

async function bodiesOf(workspaceId: string) {
  const rows = await server.database.db
    .select({ body: communicationMessage.body })
    .from(communicationMessage)
    .where(and(eq(communicationMessage.workspaceId, workspaceId)))
    .orderBy(communicationMessage.createdAt);
  return rows.map((row) => row.body);
}

describe('replies by e-mail', () => {
  it('land in the thread as the recipient, over real SMTP, without the quoted history', async () => {
    const { manager, seller, thread, replyTo } = await threadMailedToSeller();
    expect(replyTo).toMatch(/^reply\+[a-z2-7]{71}@reply\.liaison\.test$/);
    clock.advance({ hours: 3 });
    await replyBy(
      seller,
      replyTo,
      'Vâng, cả hai container sẽ đến ngày 14/4.\n\n' +
        'On Mon, Mar 1, 2027 at 9:00 AM Katrin Weber <k.weber@example.com> wrote:\n' +
        '> Can you confirm the two containers arrive in April?\n',
    );
    const detail = await http(server.url).as(manager).get<Thread>(thread);
    expect(detail.body.messages.map((m) => [m.author.name, m.author.side, m.body])).toEqual([
      ['Katrin Weber', 'principal', 'Can you confirm the two containers arrive in April?'],
      ['Nguyễn Thị Lan', 'distributor', 'Vâng, cả hai container sẽ đến ngày 14/4.'],
    ]);
  });

  it('bring their attached files into the thread, and a refused file refuses the reply', async () => {
    const { workspace, manager, seller, thread, replyTo } = await threadMailedToSeller();
    clock.advance({ hours: 1 });
    await replyBy(seller, replyTo, 'Xác nhận đơn hàng đính kèm.', [
      { filename: 'Xác nhận đơn hàng tháng 4.pdf', content: pdf },
    ]);
    const detail = await http(server.url).as(manager).get<Thread>(thread);
    expect(detail.body.messages.at(-1)).toMatchObject({
      body: 'Xác nhận đơn hàng đính kèm.',
      attachments: [
        {
          fileName: 'Xác nhận đơn hàng tháng 4.pdf',
          contentType: 'application/pdf',
          sizeBytes: pdf.length,
        },
      ],
    });
    const refused = replyBy(seller, replyTo, 'Bảng giá mới', [
      { filename: 'bang-gia.pdf.exe', content: program },
    ]);
    await expect(refused).rejects.toMatchObject({ responseCode: 550 });
    expect(await bodiesOf(workspace.id)).not.toContain('Bảng giá mới');
  });

  it('refuse a forged address and an expired one with 550, and post nothing', async () => {
    const { workspace, seller, replyTo } = await threadMailedToSeller();
    const token = /^reply\+([a-z2-7]+)@/.exec(replyTo)?.[1] ?? '';
    const flipped = `${token.slice(0, 20)}${token[20] === 'a' ? 'b' : 'a'}${token.slice(21)}`;
    const forged = replyBy(seller, `reply+${flipped}@reply.liaison.test`, 'Forged');
    await expect(forged).rejects.toMatchObject({ responseCode: 550 });
    const made = replyBy(seller, 'reply+anything@reply.liaison.test', 'Made up');
    await expect(made).rejects.toMatchObject({ responseCode: 550 });

    clock.advance({ days: 91 });
    try {
      const expired = replyBy(seller, replyTo, 'Too late');
      await expect(expired).rejects.toMatchObject({ responseCode: 550 });
    } finally {
      clock.advance({ days: -91 });
    }
    expect(await bodiesOf(workspace.id)).toEqual([
      'Can you confirm the two containers arrive in April?',
    ]);
  });

  it('come through the webhook with the shared secret; forged ones answer 422', async () => {
    const { workspace, seller, replyTo } = await threadMailedToSeller();
    const raw = (to: string, text: string) =>
      `From: ${seller.email}\r\nTo: ${to}\r\nSubject: Re\r\nContent-Type: text/plain; ` +
      `charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text}\r\n`;
    const hook = http(server.url).withHeaders({ 'x-liaison-inbound-secret': secret });
    const posted = await hook.post<{ status: string }>('/api/v1/inbound-mail', {
      recipient: replyTo,
      rawMessage: raw(replyTo, 'Đã nhận, cảm ơn chị.'),
    });
    expect(posted.status).toBe(201);
    const forged = await hook.post<{ type: string }>('/api/v1/inbound-mail', {
      recipient: replyTo.replace(/@.*/, 'x@reply.liaison.test'),
      rawMessage: raw('someone@example.com', 'Forged'),
    });
    expect(forged.status).toBe(422);
    expect(forged.body.type).toBe('/problems/reply-address-forged');
    const wrongSecret = await http(server.url)
      .withHeaders({ 'x-liaison-inbound-secret': 'not-the-secret-at-all' })
      .post('/api/v1/inbound-mail', { recipient: replyTo, rawMessage: raw(replyTo, 'Hi') });
    expect(wrongSecret.status).toBe(401);
    const outOfOffice = await hook.post<{ status: string }>('/api/v1/inbound-mail', {
      recipient: replyTo,
      rawMessage: `Auto-Submitted: auto-replied\r\n${raw(replyTo, 'Tôi đang nghỉ phép.')}`,
    });
    expect(outOfOffice.body.status).toBe('ignored');
    expect(await bodiesOf(workspace.id)).toEqual([
      'Can you confirm the two containers arrive in April?',
      'Đã nhận, cảm ơn chị.',
    ]);
  });

  it('refuse a person who may not write in the thread: 403, nothing posted', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'Siam Auto Components' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
    const viewer = await makeUser(workspace, 'principal_viewer', { name: '王伟' });
    const seller = await makeDistributorUser(workspace, distributor.id);
    await http(server.url)
      .as(manager)
      .post(`/api/v1/distributors/${distributor.id}/threads`, {
        subject: 'Price list 2027',
        body: 'The new price list is attached.',
        participantUserIds: [seller.id, viewer.id],
      });
    const [mail] = await server.database.db
      .select({ replyTo: outboxEmail.replyTo })
      .from(outboxEmail)
      .where(
        and(eq(outboxEmail.workspaceId, workspace.id), eq(outboxEmail.toAddress, viewer.email)),
      );
    const replyTo = mail?.replyTo ?? '';
    const answer = await http(server.url)
      .withHeaders({ 'x-liaison-inbound-secret': secret })
      .post('/api/v1/inbound-mail', {
        recipient: replyTo,
        rawMessage: `From: ${viewer.email}\r\nTo: ${replyTo}\r\nSubject: Re\r\n\r\nOK\r\n`,
      });
    expect(answer.status).toBe(403);
    expect(await bodiesOf(workspace.id)).toEqual(['The new price list is attached.']);
  });

  it('notify each recipient in their own language, with the reply hint', async () => {
    const workspace = await makeWorkspace(server);
    const distributor = await makeDistributor(workspace, { name: 'Thăng Long Auto Parts JSC' });
    const manager = await makeUser(workspace, 'principal_manager', { name: 'Katrin Weber' });
    const lan = await makeDistributorUser(workspace, distributor.id);
    const wei = await makeUser(workspace, 'distributor_member', {
      distributorId: distributor.id,
      name: '王伟',
    });
    expect((await http(server.url).as(lan).patch('/api/v1/me', { locale: 'vi-VN' })).status).toBe(
      204,
    );
    await http(server.url).as(wei).patch('/api/v1/me', { locale: 'zh-Hans' });
    await http(server.url)
      .as(manager)
      .post(`/api/v1/distributors/${distributor.id}/threads`, {
        subject: 'Đơn hàng tháng 4',
        body: 'Please confirm the April order.',
        participantUserIds: [lan.id, wei.id],
      });
    const mails = await server.database.db
      .select()
      .from(outboxEmail)
      .where(eq(outboxEmail.workspaceId, workspace.id));
    const toLan = mails.find((mail) => mail.toAddress === lan.email);
    const toWei = mails.find((mail) => mail.toAddress === wei.email);
    // Each in their own language, in the translators' words from the server catalogue.
    const subjectParams = {
      subject: 'Đơn hàng tháng 4',
      author: 'Katrin Weber',
      distributor: 'Thăng Long Auto Parts JSC',
    };
    const vi = translator('vi');
    const zh = translator('zh');
    expect(toLan?.subject).toBe(vi('communication.email.message.subject', subjectParams));
    expect(toLan?.bodyText).toContain(
      vi('communication.email.message.body', { name: 'Nguyễn Thị Lan' }).split('\n')[0],
    );
    expect(toLan?.bodyText).toContain(vi('communication.email.message.reply_hint'));
    expect(toWei?.subject).toBe(zh('communication.email.message.subject', subjectParams));
    expect(toWei?.subject).not.toBe(toLan?.subject);
    expect(toWei?.bodyText).toContain(
      zh('communication.email.message.body', { name: '王伟' }).split('\n')[0],
    );
  });
});
