// Spreadsheets in and files out, for the routes of reports, targets and exports.
import type { FastifyInstance } from 'fastify';

/** Uploads up to 20 MB; the spreadsheet checks refuse anything that inflates beyond 100 MB. */
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
export const uploadTypes = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
  'text/csv',
];

/**
 * Makes the routes of `scope` take a file's bytes as the body. CSV is read as bytes here too, so
 * the checks can tell a binary file named .csv from text (the app-wide text/csv parser decodes to
 * a string).
 */
export function acceptFileBodies(scope: FastifyInstance) {
  scope.removeContentTypeParser('text/csv');
  scope.addContentTypeParser(
    uploadTypes,
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_request, body, done) => done(null, body),
  );
}
