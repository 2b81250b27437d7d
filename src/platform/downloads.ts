// Files sent for download or display. Node refuses a header with characters beyond Latin-1, and
// every Vietnamese, Thai, Chinese or Polish file name has them: the name goes out as RFC 6266 /
// 8187 `filename*=UTF-8''…` with an ASCII `filename=` for old clients, from this one place.
import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';

// Letters that carry no combining mark to strip, so NFKD alone would drop them.
const asciiLetters: Record<string, string> = { đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ß: 'ss', ø: 'o' };

/** "Thăng Long – 2027-03.xlsx" becomes "Thang Long - 2027-03.xlsx"; what has no ASCII form, "_". */
export function asciiFileName(fileName: string): string {
  return fileName
    .replace(/[đĐłŁßø]/g, (letter) => asciiLetters[letter] ?? '_')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/** A name as a file-name part, in its own script: "Thăng Long Auto" becomes "thăng-long-auto". */
export function fileNameSlug(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
}

export function contentDispositionFor(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  return contentDisposition(fileName, { type: disposition, fallback: asciiFileName(fileName) });
}

export type FileToSend = {
  contentType: string;
  fileName: string;
  body: Buffer | string | Uint8Array;
  /** `inline` shows it in the browser (a PDF to read); the default downloads it. */
  disposition?: 'attachment' | 'inline';
};

/** Sends a file under its name, whatever script the name is written in. */
export function sendFile(reply: FastifyReply, file: FileToSend) {
  return reply
    .type(file.contentType)
    .header('content-disposition', contentDispositionFor(file.fileName, file.disposition))
    .send(file.body);
}
