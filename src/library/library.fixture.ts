// What the library's tests share: files as a browser's form sends them, and the detail they read.
import type { TestUser } from '../../test/factories.ts';

export const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
export const pdfOf = (text: string) => Buffer.concat([pdf, Buffer.from(`% ${text}\n`, 'utf8')]);

export type LibraryFile = {
  id: string;
  language: string;
  versionNumber: number;
  fileName: string;
  contentType: string;
  sha256: string;
  previewable: boolean;
};
export type Translation = {
  id: string;
  status: string;
  language: string;
  versionNumber: number;
  reviewer: { userId: string; name: string };
  file: LibraryFile | null;
  history: { kind: string; comment: string | null; actor: { name: string } }[];
  canUpload: boolean;
  canReview: boolean;
};
export type Variant = {
  language: string;
  state: string;
  file: LibraryFile | null;
  translation: Translation | null;
};
export type LibraryDocument = {
  id: string;
  title: string;
  currentVersion: number;
  variants: Variant[];
  versions: { number: number; note: string | null; file: LibraryFile }[];
  translations: Translation[];
};
export type Problem = {
  status: number;
  detail?: string;
  errors?: { pointer: string; detail: string }[];
};

/** A multipart request as the web's forms send it: fields (repeated for lists) and one file. */
export async function sendForm(
  url: string,
  user: TestUser,
  fields: Record<string, string | string[]>,
  file?: { name: string; content: Buffer; type?: string },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  if (file) {
    form.append(
      'file',
      new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${user.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as LibraryDocument & Problem };
}

export function variant(document: LibraryDocument, language: string) {
  const found = document.variants.find((candidate) => candidate.language === language);
  if (!found) throw new Error(`no ${language} variant in ${JSON.stringify(document.variants)}`);
  return found;
}
