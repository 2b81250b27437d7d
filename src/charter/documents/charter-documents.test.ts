import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  type CharterRenderInput,
  renderCharterHtml,
  renderCharterPdf,
  renderHandbookHtml,
  renderHandbookPdf,
} from './index.ts';
import {
  saigonMotorPartsInput,
  shanghaiAutoPartsInput,
  siamAutoComponentsInput,
} from './render-input.fixture.ts';

type ExtractedPdf = {
  pages: number;
  /**
   * All text in reading order, every run of white space (line ends too) as one space, in NFKC:
   * pdf.js ignores ActualText, so it reads Thai "ำ" as the two glyphs drawn, "ํา", which NFKC
   * equates (Acrobat and poppler read "ำ").
   */
  text: string;
  /** Every text run with the font pdf.js drew it with. */
  runs: { text: string; font: string; embedded: boolean }[];
};

/** Reads a PDF back with pdf.js, the way a viewer does. */
async function extractPdf(pdf: Buffer): Promise<ExtractedPdf> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const runs: ExtractedPdf['runs'] = [];
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    await page.getOperatorList(); // loads the fonts into commonObjs
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (!item.str.trim()) continue;
      const font: unknown = page.commonObjs.get(item.fontName);
      const { name, missingFile } = font as { name: string; missingFile: boolean }; // pdf.js's Font
      runs.push({ text: item.str.normalize('NFC'), font: name, embedded: !missingFile });
    }
    text += '\n';
  }
  await document.destroy();
  return {
    pages: document.numPages,
    text: text.normalize('NFKC').replace(/\s+/g, ' '),
    runs,
  };
}

/** What a reader finds when searching for `text`: compared in NFKC, as `extractPdf` returns. */
const readable = (text: string) => text.normalize('NFKC');
const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

function fontsDrawing(extracted: ExtractedPdf, pattern: RegExp): Set<string> {
  return new Set(
    extracted.runs
      .filter((run) => pattern.test(run.text))
      .map((run) => run.font.replace(/^[A-Z]{6}\+/, '')),
  );
}

const thaiCharacters = /[\u0e00-\u0e7f]/u;
const chineseCharacters = /[\u4e00-\u9fff]/u;
const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe('the charter PDF', () => {
  it('shows the Vietnamese labels beside the English ones, the hash and both signers', async () => {
    const input = saigonMotorPartsInput();
    const extracted = await extractPdf(await renderCharterPdf(input));
    expect(extracted.text).toContain(readable('Relationship Charter'));
    expect(extracted.text).toContain(readable('Hiến chương quan hệ hợp tác'));
    expect(extracted.text).toContain(readable('Clause / Điều khoản'));
    expect(extracted.text).toContain(readable('Territory / Lãnh thổ'));
    expect(extracted.text).toContain(readable('Signed by both parties / Đã được hai bên ký'));
    expect(extracted.text).not.toContain(readable('DRAFT'));
    expect(extracted.text).toContain(readable('BRK-100 Brake pads'));
    expect(extracted.text).toContain(readable('Hồ Chí Minh (VN-SG)'));
    expect(extracted.text).toContain(readable('Việt Nam'));
    expect(withoutSpaces(extracted.text)).toContain(input.hash);
    expect(extracted.text).toContain(readable('Katrin Weber'));
    expect(extracted.text).toContain(readable('Nguyễn Thị Lan'));
    expect(extracted.text).toContain(readable('2025-05-21 02:40 UTC'));
    expect(extracted.text).toContain(readable('198.51.100.24'));
  });

  it('embeds Noto subsets for every run of text, with no standard PDF font', async () => {
    const extracted = await extractPdf(await renderCharterPdf(saigonMotorPartsInput()));
    expect(extracted.runs.length).toBeGreaterThan(100);
    expect(extracted.runs.filter((run) => !run.embedded)).toEqual([]);
    expect(extracted.runs.every((run) => /^[A-Z]{6}\+NotoSans/.test(run.font))).toBe(true);
    expect(fontsDrawing(extracted, vietnameseLetters)).toEqual(
      new Set(['NotoSans-Regular', 'NotoSans-Bold']),
    );
  });

  it('shows English alone when the distributor has no second language', async () => {
    const input = { ...saigonMotorPartsInput(), secondLanguage: null };
    const extracted = await extractPdf(await renderCharterPdf(input));
    expect(extracted.text).toContain(readable('Territory'));
    expect(extracted.text).not.toContain(readable('Clause / Điều khoản'));
    expect(extracted.text).not.toContain(readable('Lãnh thổ'));
    expect(extracted.text).not.toContain(readable('Hiến chương'));
    // Clauses are shown as written, whatever the language.
    expect(extracted.text).toContain(readable('Nhà phân phối được độc quyền bán má phanh'));
  });

  it('marks a Thai charter in negotiation as a draft awaiting both signatures', async () => {
    const extracted = await extractPdf(await renderCharterPdf(siamAutoComponentsInput()));
    expect(extracted.text).toContain(readable('กฎบัตรความสัมพันธ์ทางธุรกิจ'));
    expect(extracted.text).toContain(readable('DRAFT — not signed'));
    expect(extracted.text).toContain(readable('ฉบับร่าง — ยังไม่ได้ลงนาม'));
    expect(extracted.text).toContain(readable('ข้อกำหนด'));
    expect(extracted.text).toContain(readable('ผู้จัดจำหน่ายมีสิทธิ์แต่เพียงผู้เดียวในประเทศไทยและลาว'));
    expect(extracted.text).toContain(readable('Not agreed yet'));
    expect(extracted.text.split(readable('Awaiting signature รอการลงนาม'))).toHaveLength(3);
    expect(fontsDrawing(extracted, thaiCharacters)).toEqual(
      new Set(['NotoSansThai-Regular', 'NotoSansThai-Bold']),
    );
  });

  it('draws Chinese with Noto Sans SC and shows who has not signed yet', async () => {
    const input = shanghaiAutoPartsInput();
    const extracted = await extractPdf(await renderCharterPdf(input));
    expect(extracted.text).toContain(readable('合作关系章程'));
    expect(extracted.text).toContain(readable('Clause / 条款'));
    expect(extracted.text).toContain(readable('草稿 — 未签署'));
    expect(extracted.text).toContain(readable('上海华东汽车配件贸易有限公司'));
    expect(extracted.text).toContain(readable('Shanghai Shi (CN-SH)'));
    expect(withoutSpaces(extracted.text)).toContain(input.hash);
    expect(extracted.text).toContain(readable('Katrin Weber'));
    expect(extracted.text).toContain(readable('Awaiting signature 等待签署'));
    expect(fontsDrawing(extracted, chineseCharacters)).toEqual(new Set(['NotoSansSC-Regular']));
  });

  it('renders one charter in well under 2 seconds', async () => {
    const input = saigonMotorPartsInput();
    const first = performance.now();
    await renderCharterPdf(input);
    const cold = performance.now() - first;
    const timings: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      await renderCharterPdf(input);
      timings.push(performance.now() - start);
    }
    const warm = Math.min(...timings);
    console.info(`charter PDF: first ${cold.toFixed(0)} ms, then ${warm.toFixed(0)} ms`);
    expect(warm).toBeLessThan(2000);
  });
});

describe('the handbook PDF', () => {
  it('turns the charter into routines: ladders, meetings, notes, reporting and buffers', async () => {
    const extracted = await extractPdf(await renderHandbookPdf(saigonMotorPartsInput()));
    const { text } = extracted;
    expect(text).toContain(readable('Relationship Operating Handbook'));
    expect(text).toContain(readable('Sổ tay vận hành quan hệ hợp tác'));
    expect(text).toContain(readable('Language protocol / Quy tắc ngôn ngữ'));
    expect(text).toContain(readable('Trần Văn Minh'));
    expect(text).toContain(readable('Dr. Matthias Brenner'));
    expect(text).toContain(readable('Weekly operational check-in'));
    expect(text).toContain(readable('Họp vận hành hằng tuần'));
    expect(text).toContain(readable('The notes of every meeting are shared within 24 hours.'));
    expect(text).toContain(readable('Notes are written in the working language, English.'));
    expect(text).toContain(readable('Biên bản được viết bằng ngôn ngữ làm việc: Tiếng Anh.'));
    expect(text).toContain(readable('daylight-saving'));
    expect(text).toContain(readable('due on day 10 of each month'));
    expect(text).toContain(readable('2026-04-10'));
    expect(text).toContain(readable('tháng 3 năm 2026'));
    expect(text).toContain(readable('Stops sales or deliveries'));
    expect(text).toContain(readable('8 weeks'));
    expect(text).not.toContain(readable('generated from a charter that is not signed'));
  });

  it('says when it was generated from a charter that is not signed yet', async () => {
    const extracted = await extractPdf(await renderHandbookPdf(siamAutoComponentsInput()));
    expect(extracted.text).toContain(readable('Generated from a charter that is not signed yet'));
    expect(extracted.text).toContain(readable('สมชาย ใจดี'));
    expect(extracted.text).toContain(readable('การประชุมติดตามงานประจำสัปดาห์'));
  });
});

describe('the printable HTML', () => {
  it('escapes what people typed, so a clause cannot run a script', () => {
    const html = renderCharterHtml(saigonMotorPartsInput());
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
  });

  it('escapes names too, in the title and the body', () => {
    const input: CharterRenderInput = saigonMotorPartsInput();
    input.document.distributor.name = 'Saigon <b>Motor</b> & Parts';
    const html = renderHandbookHtml(input);
    expect(html).toContain('Saigon &lt;b&gt;Motor&lt;/b&gt; &amp; Parts');
    expect(html).not.toContain('<b>');
  });

  it('pairs every label with its translation, marked with its language', () => {
    const html = renderCharterHtml(saigonMotorPartsInput());
    expect(html).toContain('<span class="tr" lang="vi">Điều khoản</span>');
    expect(html).toContain('<span class="tr" lang="vi">Lãnh thổ</span>');
    expect(html).toContain('Signed by both parties');
  });

  it('does not call a charter signed when a signature covers another text', () => {
    const input = saigonMotorPartsInput();
    const [principal, distributor] = input.signatures;
    if (!principal || !distributor) throw new Error('the fixture has two signatures');
    input.signatures = [principal, { ...distributor, contentHash: 'f'.repeat(64) }];
    const html = renderCharterHtml(input);
    expect(html).toContain('DRAFT — not signed');
    expect(html).toContain(`This signature covers a different text (hash ${'f'.repeat(64)}).`);
  });
});
