// Liaison's own inbound SMTP endpoint (`smtp-server`), started by `liaison start` when
// LIAISON_INBOUND_SMTP_PORT is set: the MX of LIAISON_MAIL_REPLY_DOMAIN points here. A recipient
// that is not a valid reply address is refused at RCPT TO (550), before any message is taken;
// the message itself is posted by receiveReplyMail. STARTTLS is offered with smtp-server's
// built-in certificate (opportunistic TLS, as between mail servers); AUTH is not offered.
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../platform/errors.ts';
import type { Services } from '../platform/tenancy.ts';
import { checkRecipients, receiveReplyMail } from './inbound-mail.service.ts';

/** Mail larger than this is refused at DATA (552). */
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export type InboundSmtp = { port: number; close: () => Promise<void> };

function smtpError(message: string, responseCode: number) {
  return Object.assign(new Error(message), { responseCode });
}

export async function startInboundSmtp(
  services: Services,
  options: { port: number; host: string; log?: FastifyBaseLogger },
): Promise<InboundSmtp> {
  // Loaded only when the endpoint is switched on.
  const { SMTPServer } = await import('smtp-server');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    banner: 'Liaison reply endpoint',
    onRcptTo(address, _session, callback) {
      const check = checkRecipients(services, [address.address]);
      if (check.status === 'valid') return callback();
      const reason =
        check.status === 'expired' ? 'reply address has expired' : 'no such reply address';
      return callback(smtpError(`5.1.1 <${address.address}>: ${reason}`, 550));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(smtpError('5.3.4 message too large', 552));
        }
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        receiveReplyMail(services, { recipients, raw: Buffer.concat(chunks) }).then(
          (outcome) => {
            options.log?.info({ outcome }, 'reply by e-mail received');
            callback();
          },
          (error: unknown) => {
            if (error instanceof AppError && error.status < 500) {
              options.log?.info({ code: error.code }, 'reply by e-mail refused');
              return callback(smtpError(`5.7.1 reply refused: ${error.code}`, 550));
            }
            options.log?.error({ err: error }, 'reply by e-mail failed');
            return callback(smtpError('4.3.0 temporary failure, try again later', 451));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  server.on('error', (error) => options.log?.warn({ err: error }, 'inbound SMTP error'));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
