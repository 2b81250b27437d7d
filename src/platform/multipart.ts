// The HTTP edge of uploads: a request may come as multipart/form-data, its text fields beside its
// files. The fields become the request body (validated by the route's zod schema like JSON); the
// files are read into memory, each cut off one byte past the limit so that "too large" is known
// without holding more. The owning service checks content and size (uploads.ts).
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from './errors.ts';
import { spendUploadAllowance } from './upload-allowance.ts';
import type { Upload } from './uploads.ts';

declare module 'fastify' {
  interface FastifyRequest {
    uploads: Upload[];
  }
}

/** Multipart for one plugin's routes. */
export async function registerUploads(app: FastifyInstance) {
  await app.register(fastifyMultipart, { throwFileSizeLimit: false });
  app.decorateRequest('uploads');
}

export type UploadLimits = {
  /** The largest file, from the configuration. */
  maxBytes: (config: Config) => number;
  /** Files the route accepts: one more is read, so the service can say "too many". */
  maxFiles: number;
  /** Fields that may repeat in a form and are arrays in the JSON body. */
  arrayFields?: readonly string[];
  /** The message when the form cannot be read (i18n key, given `max`). */
  unreadableKey?: string;
};

/** A preValidation hook: a multipart request's fields become its body, its files `uploads`. */
export function uploadReader(limits: UploadLimits) {
  const arrayFields = new Set(limits.arrayFields ?? []);
  return async function readUploads(request: FastifyRequest) {
    request.uploads = [];
    if (!request.isMultipart()) return;
    const maxBytes = request.context ? limits.maxBytes(request.context.config) : 10 * 1024 * 1024;
    const body: Record<string, string | string[]> = {};
    try {
      const parts = request.parts({
        limits: {
          fileSize: maxBytes + 1,
          files: limits.maxFiles + 1,
          fields: 60,
          fieldSize: 100_000,
        },
      });
      for await (const part of parts) {
        if (part.type === 'file') {
          const content = await part.toBuffer();
          request.uploads.push({ fileName: part.filename || 'attachment', content });
        } else if (typeof part.value === 'string') {
          const existing = body[part.fieldname];
          if (arrayFields.has(part.fieldname)) {
            body[part.fieldname] = [...(Array.isArray(existing) ? existing : []), part.value];
          } else {
            body[part.fieldname] = part.value;
          }
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // busboy's own limits (too many parts, a field too long) or a cut-off upload.
      const detail = request.context?.t(
        limits.unreadableKey ?? 'communication.validation.upload_unreadable',
        { max: limits.maxFiles },
      );
      request.log.info({ err: error }, 'multipart upload refused');
      throw new AppError('validation_failed', {
        errors: [{ pointer: '#/files', detail: detail ?? 'The upload could not be read.' }],
      });
    }
    request.body = body;
    if (request.context) {
      const bytes = request.uploads.reduce((sum, upload) => sum + upload.content.length, 0);
      await spendUploadAllowance(request.context, bytes);
    }
  };
}
