// PDFs read back with pdf.js, the way a viewer does, for tests that check what a person reads in
// them. pdf.js ignores ActualText, so it reads Thai "ำ" as the two glyphs drawn, "ํา": the text
// comes back in NFKC (which equates them), white space collapsed; compare with `readable(text)`.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += `${item.str}${item.hasEOL ? '\n' : ' '}`;
    }
  }
  await document.destroy();
  return text.normalize('NFKC').replace(/\s+/g, ' ');
}

/** Expected text as `pdfText` gives it back. */
export const readable = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');
