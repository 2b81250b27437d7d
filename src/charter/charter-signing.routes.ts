import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFile } from '../platform/downloads.ts';
import { contextOf } from '../platform/http.ts';
import { commonErrors, ProblemSchema } from '../platform/problem.schema.ts';
import { CharterVersion, SignInput, VerificationSchema, VersionParams } from './charter.schema.ts';
import { signCharter, signedBundle, verifyCharter } from './charter-signing.service.ts';

const tags = ['Charter'];
const errors = { ...commonErrors, 409: ProblemSchema };
const base = '/api/v1/distributors/:id/charter';

/** Signing an agreed version, and the signed bundle with its verification. */
export async function charterSigningRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    `${base}/versions/:version/signatures`,
    {
      schema: {
        operationId: 'signCharter',
        tags,
        summary: 'Sign an agreed version for your party (principal admin or distributor admin)',
        params: VersionParams,
        body: SignInput,
        response: { 200: CharterVersion, ...errors },
      },
    },
    async (request) =>
      signCharter(contextOf(request), request.params.id, request.params.version, request.body, {
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      }),
  );

  app.get(
    `${base}/versions/:version/signed.json`,
    {
      schema: {
        operationId: 'getSignedCharter',
        tags,
        summary: 'The canonical document, its hash and the signatures, for offline verification',
        params: VersionParams,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request, reply) => {
      const bundle = await signedBundle(
        contextOf(request),
        request.params.id,
        request.params.version,
      );
      return sendFile(reply, {
        contentType: 'application/json; charset=utf-8',
        fileName: `charter-v${request.params.version}.signed.json`,
        body: JSON.stringify(bundle),
      });
    },
  );

  app.get(
    `${base}/versions/:version/verify`,
    {
      schema: {
        operationId: 'verifyCharter',
        tags,
        summary: 'Check that the stored text, its hash and both signatures agree',
        params: VersionParams,
        response: { 200: VerificationSchema, ...errors },
      },
    },
    async (request) => verifyCharter(contextOf(request), request.params.id, request.params.version),
  );
}
