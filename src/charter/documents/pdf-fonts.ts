// The fonts the PDFs embed, all Noto (SIL OFL 1.1) from npm, read once per process: Noto Sans for
// Latin, Vietnamese, German (and Cyrillic, Greek), Noto Sans Thai, and one weight of Noto Sans SC
// for Chinese. pdfkit embeds only the glyphs a document uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as fontkit from 'fontkit';

export type Script = 'latin' | 'thai' | 'cjk';
export type FontFace = 'latin' | 'latinBold' | 'thai' | 'thaiBold' | 'cjk';

const require = createRequire(import.meta.url);

const fontFiles: Record<FontFace, string> = {
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  latinBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  thai: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  thaiBold: '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  // One weight: Chinese headings stand out by size. Each weight is 10 MB of font.
  cjk: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
};

let fontBuffers: Record<FontFace, Buffer> | undefined;

export function loadFontBuffers(): Record<FontFace, Buffer> {
  fontBuffers ??= Object.fromEntries(
    Object.entries(fontFiles).map(([face, file]) => [face, readFileSync(require.resolve(file))]),
  ) as Record<FontFace, Buffer>; // fromEntries loses the key type; the keys are fontFiles' own.
  return fontBuffers;
}

export function fontFace(script: Script, bold: boolean): FontFace {
  if (script === 'cjk') return 'cjk';
  if (script === 'thai') return bold ? 'thaiBold' : 'thai';
  return bold ? 'latinBold' : 'latin';
}

/**
 * OpenType features per script, for pdfkit's `features` option. Noto Sans's glyph composition
 * (ccmp) splits "ẹ ị ọ ụ" into a vowel and a combining dot, which text extraction gives back as
 * "i ̣"; its precomposed glyphs need no composing, since we draw NFC text. Thai keeps ccmp, which
 * places its tone marks.
 */
export function fontFeatures(script: Script): PDFKit.Mixins.OpenTypeFeatures[] | undefined {
  if (script !== 'latin') return undefined;
  // fontkit takes { feature: false } to turn a default feature off; pdfkit passes it on untouched
  // but its types know only the list form.
  return { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];
}

let coverage: Record<Script, fontkit.Font> | undefined;

/**
 * Opens the fonts that say which characters each script's font covers. fontkit is loaded here,
 * when the first document is drawn, not when the server starts (docs/decisions.md, "Heavy
 * libraries load when first used"); renderDocumentPdf awaits this before laying out any text.
 */
export async function loadFontCoverage(): Promise<void> {
  if (coverage) return;
  const { create } = await import('fontkit');
  const openFont = (buffer: Buffer): fontkit.Font => {
    const font = create(buffer);
    if ('fonts' in font) throw new Error('expected a single font, not a collection');
    return font;
  };
  const buffers = loadFontBuffers();
  coverage = {
    latin: openFont(buffers.latin),
    thai: openFont(buffers.thai),
    cjk: openFont(buffers.cjk),
  };
}

function fontsForCoverage(): Record<Script, fontkit.Font> {
  if (!coverage) throw new Error('loadFontCoverage() must have finished before text is laid out');
  return coverage;
}

const isThai = (codePoint: number) => codePoint >= 0x0e00 && codePoint <= 0x0e7f;

const cjkRanges: [number, number][] = [
  [0x2e80, 0x2fdf], // radicals
  [0x3000, 0x303f], // CJK punctuation
  [0x3040, 0x30ff], // kana (Noto Sans SC has them)
  [0x31c0, 0x31ef], // strokes
  [0x3400, 0x4dbf], // extension A
  [0x4e00, 0x9fff], // unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0xfe30, 0xfe4f], // compatibility forms
  [0xff00, 0xffef], // full-width forms
  [0x20000, 0x2fa1f], // supplementary ideographs
];

const isCjk = (codePoint: number) =>
  cjkRanges.some(([first, last]) => codePoint >= first && codePoint <= last);

/** Characters that belong to whatever text surrounds them: spaces, combining marks, joiners. */
const inheritsScript = /^(?:\s|\p{M}|[\u200b-\u200d\u2060])$/u;

/**
 * The script whose font draws this character, or null when it takes its neighbours' font. Symbols
 * Noto Sans lacks (arrows, ✓) come from Noto Sans SC, which has most of them.
 */
export function scriptOf(character: string): Script | null {
  const codePoint = character.codePointAt(0) ?? 0;
  if (isThai(codePoint)) return 'thai';
  if (isCjk(codePoint)) return 'cjk';
  if (inheritsScript.test(character)) return null;
  const fonts = fontsForCoverage();
  if (fonts.latin.hasGlyphForCodePoint(codePoint)) return 'latin';
  if (fonts.cjk.hasGlyphForCodePoint(codePoint)) return 'cjk';
  return 'latin';
}

export type ScriptRun = { text: string; script: Script };

/** Splits text into runs that one font draws, e.g. "Điều 3 条款" → Latin "Điều 3 ", CJK "条款". */
export function splitScriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let pending = '';
  for (const character of text) {
    const script = scriptOf(character);
    const last = runs.at(-1);
    if (script === null) {
      if (last) last.text += character;
      else pending += character;
    } else if (last && last.script === script) {
      last.text += character;
    } else {
      runs.push({ text: pending + character, script });
      pending = '';
    }
  }
  if (pending) runs.push({ text: pending, script: 'latin' });
  return runs;
}
