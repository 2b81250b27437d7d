// What a message may carry: a file is judged by its content (its magic bytes, read by the
// `file-type` library), never by the name or the media type the browser claims. Documents,
// images, spreadsheets and plain text pass; executables, archives and anything unknown do not.
import { fileTypeFromBuffer } from 'file-type';
import type { TFunction } from 'i18next';

/** A file as it came in, before it is checked. */
export type Upload = { fileName: string; content: Buffer };

/** Detected media types that pass as they are. */
const allowedTypes = new Set([
  'application/pdf',
  'application/rtf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff',
  'image/bmp',
  'image/heic',
  'image/heif',
  'image/avif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

// Word, Excel and PowerPoint before 2007 share one container format (CFB) with installers
// (.msi): the container passes only under one of these names, and is then sent as that type.
const legacyOffice: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

// Text has no magic bytes: it passes under these names when it is valid UTF-8 without control
// characters (a binary renamed .csv fails that).
const textTypes: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
};

/** Every media type an attachment may be sent as (for the API document). */
export const allowedMediaTypes = [
  ...allowedTypes,
  ...Object.values(legacyOffice),
  ...Object.values(textTypes),
];

function extensionOf(fileName: string) {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function isPlainText(content: Buffer) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) {
      return false;
    }
  }
  return true;
}

/** The media type a file is stored and sent as, or null when its content is refused. */
export async function attachmentContentType(upload: Upload): Promise<string | null> {
  const extension = extensionOf(upload.fileName);
  const detected = await fileTypeFromBuffer(upload.content);
  if (detected) {
    if (allowedTypes.has(detected.mime)) return detected.mime;
    if (detected.mime === 'application/x-cfb') return legacyOffice[extension] ?? null;
    return null;
  }
  const textType = textTypes[extension];
  return textType && isPlainText(upload.content) ? `${textType}; charset=utf-8` : null;
}

/** A name safe to store and send: no path, no control characters, at most 255 characters. */
export function cleanFileName(fileName: string) {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base.normalize('NFC')]
    .filter((character) => {
      const code = character.charCodeAt(0);
      return code >= 32 && code !== 127;
    })
    .join('')
    .trim();
  return (cleaned || 'attachment').slice(-255);
}

export type CheckedUpload = { fileName: string; contentType: string; content: Buffer };

/** "500 KB", "10 MB": a size limit as the messages name it. */
function sizeLimit(maxBytes: number) {
  return maxBytes < 1024 * 1024
    ? `${Math.ceil(maxBytes / 1024)} KB`
    : `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * One file checked: not empty, within `maxBytes`, of a type its content shows to be accepted.
 * The checked file, or the reason it is refused in the reader's words.
 */
export async function checkUpload(
  t: TFunction,
  upload: Upload,
  maxBytes: number,
): Promise<CheckedUpload | { refused: string }> {
  const fileName = cleanFileName(upload.fileName);
  if (upload.content.length === 0) {
    return { refused: t('communication.validation.file_empty', { fileName }) };
  }
  if (upload.content.length > maxBytes) {
    return {
      refused: t('communication.validation.file_too_large', {
        fileName,
        limit: sizeLimit(maxBytes),
      }),
    };
  }
  const contentType = await attachmentContentType({ fileName, content: upload.content });
  if (!contentType) {
    return { refused: t('communication.validation.file_type_refused', { fileName }) };
  }
  return { fileName, contentType, content: upload.content };
}
