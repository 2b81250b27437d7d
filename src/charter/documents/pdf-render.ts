// A document as an A4 PDF with pdfkit. We place every line ourselves (pdf-text.ts) so that each
// script run gets its font; pdfkit draws the runs and embeds subsets of the fonts used.
import type PDFKitDocument from 'pdfkit';
import {
  asWritten,
  type Block,
  type DocumentModel,
  joinedPhrase,
  type Phrase,
} from './document-model.ts';
import {
  type FontFace,
  fontFace,
  fontFeatures,
  loadFontBuffers,
  loadFontCoverage,
  type Script,
} from './pdf-fonts.ts';
import { repairGlyphTextMaps } from './pdf-glyph-text.ts';
import { breakLines, type Line } from './pdf-text.ts';

type Style = { size: number; bold: boolean; color: string };
type Laid = { parts: { lines: Line[]; style: Style }[]; height: number };

const page = { width: 595.28, height: 841.89, left: 50, right: 50, top: 50, bottom: 62 };
const contentWidth = page.width - page.left - page.right;
const contentBottom = page.height - page.bottom;
const lineSpacing = 1.5; // room for Thai marks above and below the line
const colors = { text: '#111111', muted: '#555555', rule: '#c9c9c9', header: '#efefef' };
const markerColors = { draft: '#b3261e', signed: '#1b6e3a', superseded: '#555555' };

const styles = {
  title: { size: 20, bold: true, color: colors.text },
  titleTranslation: { size: 14, bold: true, color: colors.muted },
  subtitle: { size: 11, bold: false, color: colors.text },
  heading: { size: 12.5, bold: true, color: colors.text },
  subheading: { size: 10.5, bold: true, color: colors.text },
  body: { size: 9.5, bold: false, color: colors.text },
  bodyTranslation: { size: 9.5, bold: false, color: colors.muted },
  label: { size: 8.5, bold: true, color: colors.text },
  labelTranslation: { size: 8.5, bold: false, color: colors.muted },
  footer: { size: 7.5, bold: false, color: colors.muted },
} satisfies Record<string, Style>;

const lineHeight = (style: Style) => style.size * lineSpacing;

/**
 * The document as PDF bytes. pdfkit and fontkit are loaded with the first document drawn, not
 * when the server starts (docs/decisions.md, "Heavy libraries load when first used").
 */
export async function renderDocumentPdf(model: DocumentModel): Promise<Buffer> {
  const [{ default: PDFDocument }] = await Promise.all([import('pdfkit'), loadFontCoverage()]);
  return render(PDFDocument, model);
}

function render(PDFDocument: typeof PDFKitDocument, model: DocumentModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: model.metadata.title,
      Author: model.metadata.author,
      Subject: model.metadata.subject,
      Creator: 'Liaison',
      CreationDate: model.metadata.createdAt,
      ModDate: model.metadata.createdAt,
    },
  });
  for (const [face, buffer] of Object.entries(loadFontBuffers())) doc.registerFont(face, buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const widths = new Map<string, number>();
  const measureWith = (style: Style) => (text: string, script: Script) => {
    const face = fontFace(script, style.bold);
    const key = `${face}|${style.size}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = doc
        .font(face)
        .fontSize(style.size)
        .widthOfString(text, { features: fontFeatures(script) });
      widths.set(key, width);
    }
    return width;
  };
  const lay = (text: string, width: number, style: Style) =>
    breakLines(text, width, measureWith(style));
  const layPhrase = (phrase: Phrase, width: number, style: Style, translation: Style): Laid => {
    const parts = [{ lines: lay(phrase.text, width, style), style }];
    if (phrase.translation) {
      parts.push({ lines: lay(phrase.translation, width, translation), style: translation });
    }
    const height = parts.reduce((sum, part) => sum + part.lines.length * lineHeight(part.style), 0);
    return { parts, height };
  };
  const drawLine = (line: Line, x: number, top: number, style: Style) => {
    let cursor = x;
    const baseline = top + style.size * 1.15;
    const options = { lineBreak: false, baseline: 'alphabetic' } as const;
    for (const run of line.runs) {
      const face: FontFace = fontFace(run.script, style.bold);
      doc.font(face).fontSize(style.size).fillColor(style.color);
      // Thai SARA AM (ำ) is drawn as two glyphs, NIKHAHIT and SARA AA, which read back as "ํา";
      // ActualText gives readers that honour it (Acrobat, PDFium, poppler) the text as written.
      const hasSaraAm = run.script === 'thai' && run.text.includes('\u0e33');
      if (hasSaraAm) doc.markContent('Span', { actual: run.text });
      doc.text(run.text, cursor, baseline, { ...options, features: fontFeatures(run.script) });
      if (hasSaraAm) doc.endMarkedContent();
      cursor += run.width;
    }
  };
  const drawLaid = (laid: Laid, x: number, top: number) => {
    let y = top;
    for (const part of laid.parts) {
      for (const line of part.lines) {
        drawLine(line, x, y, part.style);
        y += lineHeight(part.style);
      }
    }
  };

  let y = page.top;
  let pageIndex = 0;
  const newPage = () => {
    doc.addPage();
    pageIndex++;
    y = page.top;
  };
  const ensureSpace = (height: number) => {
    if (y + height > contentBottom && y > page.top) newPage();
  };
  /** Long text (a clause) flows line by line across pages. */
  const drawFlowing = (laid: Laid, x: number) => {
    for (const part of laid.parts) {
      for (const line of part.lines) {
        ensureSpace(lineHeight(part.style));
        drawLine(line, x, y, part.style);
        y += lineHeight(part.style);
      }
    }
  };
  const rule = (top: number, color = colors.rule) => {
    doc
      .moveTo(page.left, top)
      .lineTo(page.left + contentWidth, top)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke();
  };

  const drawRows = (columns: number[], header: Phrase[] | null, rows: Phrase[][]) => {
    const padding = 4;
    const layRow = (cells: Phrase[], isHeader: boolean, isFieldLabel: (index: number) => boolean) =>
      cells.map((cell, index) => {
        const asLabel = isHeader || isFieldLabel(index);
        return layPhrase(
          cell,
          (columns[index] ?? 0) - padding * 2,
          asLabel ? styles.label : styles.body,
          asLabel ? styles.labelTranslation : styles.bodyTranslation,
        );
      });
    const rowHeight = (cells: Laid[]) =>
      Math.max(...cells.map((cell) => cell.height)) + padding * 2;
    const drawRow = (cells: Laid[], background: string | null) => {
      const height = rowHeight(cells);
      if (background) doc.rect(page.left, y, contentWidth, height).fill(background);
      let x = page.left;
      cells.forEach((cell, index) => {
        drawLaid(cell, x + padding, y + padding);
        x += columns[index] ?? 0;
      });
      y += height;
      rule(y);
    };
    const headerCells = header ? layRow(header, true, () => false) : null;
    const headerHeight = headerCells ? rowHeight(headerCells) : 0;
    rows.forEach((row, index) => {
      const cells = layRow(row, false, (column) => header === null && column === 0);
      // A header never ends a page alone: it starts a page together with the row below it.
      const needed = rowHeight(cells) + (index === 0 ? headerHeight : 0);
      if (y + needed > contentBottom && y > page.top) newPage();
      if (headerCells && (index === 0 || y === page.top)) drawRow(headerCells, colors.header);
      drawRow(cells, null);
    });
    y += 8;
  };

  const drawBlock = (block: Block) => {
    switch (block.kind) {
      case 'heading': {
        const text = { text: `${block.number}. ${joinedPhrase(block.text)}`, translation: null };
        const laid = layPhrase(text, contentWidth, styles.heading, styles.heading);
        ensureSpace(laid.height + 110); // with the start of what follows
        y += 10;
        drawLaid(laid, page.left, y);
        y += laid.height + 2;
        rule(y, colors.text);
        y += 6;
        return;
      }
      case 'subheading': {
        const text = { text: joinedPhrase(block.text), translation: null };
        const laid = layPhrase(text, contentWidth, styles.subheading, styles.subheading);
        ensureSpace(laid.height + 80);
        y += 4;
        drawLaid(laid, page.left, y);
        y += laid.height + 2;
        return;
      }
      case 'paragraph':
        drawFlowing(
          layPhrase(block.text, contentWidth, styles.body, styles.bodyTranslation),
          page.left,
        );
        y += 6;
        return;
      case 'clause': {
        const label = { text: joinedPhrase(block.label), translation: null };
        const laidLabel = layPhrase(label, contentWidth - 10, styles.label, styles.label);
        ensureSpace(laidLabel.height + 3 * lineHeight(styles.body));
        const top = y;
        const firstPage = pageIndex;
        drawLaid(laidLabel, page.left + 10, y);
        y += laidLabel.height;
        const text = layPhrase(asWritten(block.text), contentWidth - 10, styles.body, styles.body);
        drawFlowing(text, page.left + 10);
        // The bar beside a clause marks where it starts and ends; one that spans pages goes without.
        if (pageIndex === firstPage) {
          doc
            .moveTo(page.left + 2, top)
            .lineTo(page.left + 2, y)
            .lineWidth(2)
            .strokeColor(colors.rule);
          doc.stroke();
        }
        y += 8;
        return;
      }
      case 'list':
        for (const item of block.items) {
          const laid = layPhrase(item, contentWidth - 14, styles.body, styles.bodyTranslation);
          ensureSpace(laid.height);
          drawLine(
            lay('•', 10, styles.body)[0] ?? { runs: [], width: 0 },
            page.left + 2,
            y,
            styles.body,
          );
          drawLaid(laid, page.left + 14, y);
          y += laid.height + 2;
        }
        y += 4;
        return;
      case 'fields':
        drawRows(
          [contentWidth * 0.35, contentWidth * 0.65],
          null,
          block.rows.map((row) => [row.label, row.value]),
        );
        return;
      case 'table': {
        if (block.rows.length === 0) {
          drawBlock({ kind: 'paragraph', text: block.empty });
          return;
        }
        const total = block.columns.reduce((sum, column) => sum + column.width, 0);
        drawRows(
          block.columns.map((column) => (column.width / total) * contentWidth),
          block.columns.map((column) => column.title),
          block.rows,
        );
        return;
      }
    }
  };

  // Title, parties and the status markers.
  const title = layPhrase(model.title, contentWidth, styles.title, styles.titleTranslation);
  drawLaid(title, page.left, y);
  y += title.height + 2;
  const subtitle = layPhrase(
    { text: model.subtitle, translation: null },
    contentWidth,
    styles.subtitle,
    styles.subtitle,
  );
  drawLaid(subtitle, page.left, y);
  y += subtitle.height + 8;
  for (const marker of model.markers) {
    const style = { size: 11, bold: true, color: markerColors[marker.tone] };
    const laid = layPhrase(
      { text: joinedPhrase(marker.text), translation: null },
      contentWidth - 16,
      style,
      style,
    );
    doc
      .rect(page.left, y, contentWidth, laid.height + 10)
      .lineWidth(1.5)
      .strokeColor(style.color)
      .stroke();
    drawLaid(laid, page.left + 8, y + 5);
    y += laid.height + 18;
  }
  for (const block of model.blocks) drawBlock(block);

  // Watermark and footer on every page, now that the page count is known.
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    if (model.watermark) {
      doc.save();
      doc.rotate(-40, { origin: [page.width / 2, page.height / 2] });
      doc.font('latinBold').fontSize(110).fillColor(markerColors.draft, 0.07);
      const width = doc.widthOfString(model.watermark);
      doc.text(model.watermark, page.width / 2 - width / 2, page.height / 2 - 55, {
        lineBreak: false,
      });
      doc.restore();
    }
    const footerTop = page.height - page.bottom + 24;
    rule(footerTop - 6);
    const pageLabel = layPhrase(
      { text: joinedPhrase(model.pageLabel(index - start + 1, count)), translation: null },
      contentWidth * 0.4,
      styles.footer,
      styles.footer,
    );
    const firstLine = pageLabel.parts[0]?.lines[0];
    if (firstLine)
      drawLine(firstLine, page.left + contentWidth - firstLine.width, footerTop, styles.footer);
    const left = lay(model.footer, contentWidth * 0.58, styles.footer)[0];
    if (left) drawLine(left, page.left, footerTop, styles.footer);
  }
  repairGlyphTextMaps(doc);
  doc.end();
  return done;
}
