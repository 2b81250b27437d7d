// Checks an uploaded report file before any parser sees it: its real type from its first bytes
// (never from its name alone), its size, and for XLSX the ZIP container's directory, so that a
// zip bomb is refused before anything is inflated into memory.
import yauzl from 'yauzl';
import { fileError, type SpreadsheetError } from './spreadsheet-error.ts';

export const fileLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  /** What all entries of an XLSX may expand to; a 10,000-row report is about 2 MB. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxEntries: 1000,
  /** Spreadsheet XML compresses 10–60×; a bomb compresses 1000× and more. */
  maxCompressionRatio: 200,
  /** Below this, a high ratio cannot hurt (a few KB of repeated styles compress very well). */
  ratioCheckFromBytes: 1024 * 1024,
  maxRowsPerSheet: 50_000,
  /**
   * Cells in all worksheets together, counted while the container is checked, before a parser
   * builds them: a full 50,000-row report has about 600,000; four million took 4 s and 630 MB.
   */
  maxCells: 1_000_000,
} as const;

export type FileKind = 'xlsx' | 'csv';
export type CheckedFile =
  | { ok: true; kind: 'xlsx' }
  | { ok: true; kind: 'csv'; text: string }
  | { ok: false; errors: SpreadsheetError[] };

const signatures: [string, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  // Compound File Binary: the old .xls format, and .doc files saved under its name.
  ['xls', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** What the bytes are, whatever the file is called: a signature above, "text" or "binary". */
export function sniffFileType(buffer: Buffer): string {
  for (const [name, bytes] of signatures) {
    if (bytes.every((byte, index) => buffer[index] === byte)) return name;
  }
  return decodeUtf8Text(buffer) === undefined ? 'binary' : 'text';
}

/** UTF-8 text without NUL bytes (and without its byte order mark), or undefined. */
function decodeUtf8Text(buffer: Buffer): string | undefined {
  if (buffer.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return undefined;
  }
}

export async function checkUploadedFile(buffer: Buffer, filename: string): Promise<CheckedFile> {
  const extension = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (extension !== 'xlsx' && extension !== 'csv') {
    return refuse('file_type', { expected: 'xlsx, csv', detected: extension || 'none' });
  }
  if (buffer.length > fileLimits.maxFileBytes) {
    return refuse('file_too_large', { maximumMb: fileLimits.maxFileBytes / 1024 / 1024 });
  }
  const detected = sniffFileType(buffer);
  if (extension === 'csv') {
    const text = detected === 'text' ? decodeUtf8Text(buffer) : undefined;
    if (text === undefined) return refuse('file_type', { expected: 'csv', detected });
    return { ok: true, kind: 'csv', text };
  }
  if (detected !== 'zip') return refuse('file_type', { expected: 'xlsx', detected });
  const problem = await inspectXlsxContainer(buffer);
  return problem ? { ok: false, errors: [problem] } : { ok: true, kind: 'xlsx' };
}

function refuse(code: 'file_type' | 'file_too_large', params: Record<string, string | number>) {
  return { ok: false as const, errors: [fileError(code, params)] };
}

/**
 * Reads the ZIP central directory without inflating anything and refuses a container that could
 * expand past the limits, is not a workbook, or carries macros. Then it inflates each entry as a
 * stream into nothing, because a crafted directory can understate sizes: yauzl stops a stream
 * that yields more than its entry declared, so the work is bounded by the limits just checked.
 */
async function inspectXlsxContainer(buffer: Buffer): Promise<SpreadsheetError | undefined> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    return fileError('file_unreadable');
  }
  try {
    if (zip.entryCount > fileLimits.maxEntries) return unsafe('entry_count');
    const entries: yauzl.Entry[] = [];
    let totalBytes = 0;
    for await (const entry of zip.eachEntry()) {
      totalBytes += entry.uncompressedSize;
      if (totalBytes > fileLimits.maxUncompressedBytes) return unsafe('total_size');
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (
        entry.uncompressedSize >= fileLimits.ratioCheckFromBytes &&
        ratio > fileLimits.maxCompressionRatio
      ) {
        return unsafe('compression_ratio');
      }
      entries.push(entry);
    }
    const names = new Set(entries.map((entry) => entry.fileName));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
      return fileError('file_type', { expected: 'xlsx', detected: 'zip' });
    }
    if ([...names].some((name) => /vbaProject\.bin$/i.test(name))) return unsafe('macros');
    let cells = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.fileName);
      const stream = await zip.openReadStreamPromise(entry);
      // Inflated to prove the declared size and, for a worksheet, to count its cells (`<c …>`,
      // with or without a namespace prefix); the bytes are dropped. A tag split between two
      // chunks is caught by carrying the last few characters over.
      let carry = '';
      for await (const chunk of stream) {
        if (!isSheet) continue;
        const text = carry + (chunk as Buffer).toString('latin1');
        cells += text.match(cellTag)?.length ?? 0;
        carry = unfinishedTag(text);
        if (cells > fileLimits.maxCells) {
          return fileError('too_many_cells', { maximum: fileLimits.maxCells });
        }
      }
    }
    return undefined;
  } catch (error) {
    // yauzl stops a stream that inflates to more or fewer bytes than the directory declared.
    const isSizeLie = /too (many|few) bytes/.test(String((error as Error).message));
    return isSizeLie ? unsafe('size_mismatch') : fileError('file_unreadable');
  } finally {
    zip.close();
  }
}

/** A cell's opening tag: `<c r="B7">`, `<c/>`, `<x:c …>`; not `<col>` or `<cfRule>`. */
const cellTag = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;

/** The end of `text` from its last `<`, when that may be a cell tag not complete yet. */
function unfinishedTag(text: string): string {
  const start = text.lastIndexOf('<');
  if (start < 0 || text.length - start > 40) return '';
  const tail = text.slice(start);
  return new RegExp(cellTag.source).test(tail) ? '' : tail;
}

function unsafe(reason: string): SpreadsheetError {
  return fileError('file_unsafe', { reason });
}
