// A document as one self-contained, printable HTML page. Every text goes through `escapeHtml`;
// the only markup is ours. Fonts: the Noto families first (the same as the PDF embeds), then the
// reader's system fonts, since a page cannot carry 10 MB of CJK font.
import type { Block, DocumentModel, Phrase } from './document-model.ts';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const styles = `
  :root { --muted: #555; --rule: #c9c9c9; --draft: #b3261e; --signed: #1b6e3a; }
  * { box-sizing: border-box; }
  body {
    margin: 0 auto; max-width: 50rem; padding: 2rem 1.5rem; color: #111; line-height: 1.45;
    font: 10.5pt/1.45 "Noto Sans", "Noto Sans Thai", "Noto Sans SC", "Noto Sans CJK SC",
      "Segoe UI", "Leelawadee UI", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif;
  }
  h1 { font-size: 1.6rem; margin: 0; }
  h1 .tr { display: block; font-size: 1.2rem; font-weight: 600; color: var(--muted); }
  .subtitle { font-size: 1.05rem; margin: 0.3rem 0 1rem; }
  h2 { font-size: 1.15rem; margin: 1.6rem 0 0.5rem; padding-bottom: 0.2rem;
    border-bottom: 1px solid var(--rule); break-after: avoid; }
  h3 { font-size: 1rem; margin: 1rem 0 0.4rem; break-after: avoid; }
  .tr { color: var(--muted); }
  .stack > .tr { display: block; }
  .marker { display: inline-block; margin: 0 0.5rem 0.5rem 0; padding: 0.3rem 0.7rem;
    border: 2px solid var(--draft); color: var(--draft); font-weight: 700; }
  .marker .tr { color: inherit; }
  .marker-signed { border-color: var(--signed); color: var(--signed); }
  .marker-superseded { border-color: var(--muted); color: var(--muted); }
  table { width: 100%; border-collapse: collapse; margin: 0.4rem 0 0.8rem; }
  th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.45rem;
    border-bottom: 1px solid var(--rule); }
  th { background: #f0f0f0; font-size: 0.85rem; }
  table.fields th { width: 35%; background: none; font-weight: 600; }
  tr { break-inside: avoid; }
  td, .value { white-space: pre-line; overflow-wrap: anywhere; }
  .clause { margin: 0.4rem 0 0.8rem; padding: 0.2rem 0 0.2rem 0.8rem;
    border-left: 3px solid var(--rule); }
  .clause-label { font-size: 0.85rem; font-weight: 600; }
  .clause-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.2rem 0 0; }
  .empty { color: var(--muted); font-style: italic; }
  footer { margin-top: 2rem; font-size: 0.8rem; color: var(--muted); }
  @page { size: A4; margin: 18mm 16mm; }
  @media print {
    body { max-width: none; padding: 0; font-size: 9.5pt; }
    a { color: inherit; text-decoration: none; }
  }
`;

function phraseHtml(phrase: Phrase, language: string | null): string {
  const text = `<span lang="en">${escapeHtml(phrase.text)}</span>`;
  if (!phrase.translation) return `<span class="stack">${text}</span>`;
  const translation = `<span class="tr" lang="${escapeHtml(language ?? '')}">${escapeHtml(phrase.translation)}</span>`;
  return `<span class="stack">${text}${translation}</span>`;
}

/** "English / Tiếng Việt" on one line, with the translation marked by its language. */
function inlineHtml(phrase: Phrase, language: string | null): string {
  if (!phrase.translation) return escapeHtml(phrase.text);
  return `${escapeHtml(phrase.text)} <span class="tr">/</span> <span class="tr" lang="${escapeHtml(language ?? '')}">${escapeHtml(phrase.translation)}</span>`;
}

function blockHtml(block: Block, language: string | null): string {
  const phrase = (value: Phrase) => phraseHtml(value, language);
  switch (block.kind) {
    case 'heading':
      return `<h2>${block.number}. ${inlineHtml(block.text, language)}</h2>`;
    case 'subheading':
      return `<h3>${inlineHtml(block.text, language)}</h3>`;
    case 'paragraph':
      return `<p>${phrase(block.text)}</p>`;
    case 'clause':
      return `<div class="clause"><div class="clause-label">${inlineHtml(block.label, language)}</div><p class="clause-text">${escapeHtml(block.text)}</p></div>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${phrase(item)}</li>`).join('')}</ul>`;
    case 'fields':
      return `<table class="fields"><tbody>${block.rows
        .map(
          (row) =>
            `<tr><th scope="row">${phrase(row.label)}</th><td>${phrase(row.value)}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    case 'table': {
      if (block.rows.length === 0) return `<p class="empty">${phrase(block.empty)}</p>`;
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      const head = block.columns
        .map(
          (column) =>
            `<th scope="col" style="width:${((column.width / total) * 100).toFixed(1)}%">${phrase(column.title)}</th>`,
        )
        .join('');
      const body = block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${phrase(cell)}</td>`).join('')}</tr>`)
        .join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

export function renderDocumentHtml(model: DocumentModel): string {
  const language = model.secondLanguage;
  const markers = model.markers
    .map(
      (marker) =>
        `<div class="marker marker-${marker.tone}" role="note">${inlineHtml(marker.text, language)}</div>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escapeHtml(model.metadata.author)}">
<title>${escapeHtml(model.metadata.title)}</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>${phraseHtml(model.title, language)}</h1>
<p class="subtitle">${escapeHtml(model.subtitle)}</p>
${markers}
</header>
<main>
${model.blocks.map((block) => blockHtml(block, language)).join('\n')}
</main>
<footer>${escapeHtml(model.metadata.subject)}</footer>
</body>
</html>
`;
}
