// A small Markdown renderer for the guides in docs/: headings, paragraphs, lists, tables, quotes,
// code, emphasis and links, as React elements (never as HTML, so a guide cannot inject markup).
// Links to another guide ("cadence.md") stay in the app; links to source files are shown as text.
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';

type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'code'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'table'; head: string[]; rows: string[][] };

const listItem = /^\s*(?:[-*+]|\d+[.)])\s+/;
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    if (line.trim() === '') {
      at += 1;
    } else if (line.startsWith('```')) {
      const code: string[] = [];
      at += 1;
      while (at < lines.length && !(lines[at] ?? '').startsWith('```'))
        code.push(lines[at++] ?? '');
      at += 1;
      blocks.push({ type: 'code', text: code.join('\n') });
    } else if (/^#{1,6}\s/.test(line)) {
      const level = line.match(/^#+/)?.[0].length ?? 1;
      blocks.push({ type: 'heading', level, text: line.slice(level).trim() });
      at += 1;
    } else if (line.trim().startsWith('|') && /^\s*\|?\s*:?-{2,}/.test(lines[at + 1] ?? '')) {
      const head = cells(line);
      const rows: string[][] = [];
      at += 2;
      while (at < lines.length && (lines[at] ?? '').trim().startsWith('|'))
        rows.push(cells(lines[at++] ?? ''));
      blocks.push({ type: 'table', head, rows });
    } else if (listItem.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items: string[] = [];
      while (at < lines.length) {
        const current = lines[at] ?? '';
        if (listItem.test(current)) items.push(current.replace(listItem, ''));
        else if (current.trim() !== '' && /^\s+/.test(current) && items.length > 0) {
          items[items.length - 1] += ` ${current.trim()}`;
        } else break;
        at += 1;
      }
      blocks.push({ type: 'list', ordered, items });
    } else if (line.startsWith('>')) {
      const quote: string[] = [];
      while (at < lines.length && (lines[at] ?? '').startsWith('>')) {
        quote.push((lines[at++] ?? '').replace(/^>\s?/, ''));
      }
      blocks.push({ type: 'quote', text: quote.join(' ') });
    } else {
      const paragraph: string[] = [];
      while (at < lines.length) {
        const current = lines[at] ?? '';
        if (
          current.trim() === '' ||
          current.startsWith('```') ||
          /^#{1,6}\s/.test(current) ||
          (paragraph.length > 0 && (listItem.test(current) || current.trim().startsWith('|')))
        ) {
          break;
        }
        paragraph.push(current.trim());
        at += 1;
      }
      blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    }
  }
  return blocks;
}

/** The id a heading gets, for links to "#that-heading". */
export function slugOf(text: string) {
  return text
    .toLowerCase()
    .replace(/[`*_[\]()]/g, '')
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}

const inline = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/g;

function linkTo(text: string, href: string, key: number): ReactNode {
  const guide = href.match(/^(?:\.\/|\.\.\/docs\/|docs\/)?([a-z0-9-]+)\.md(#[\w-]*)?$/);
  if (guide) {
    return (
      <Link key={key} to={`/help/${guide[1]}${guide[2] ?? ''}`}>
        {renderInline(text)}
      </Link>
    );
  }
  if (/^https?:\/\//.test(href)) {
    return (
      <a key={key} href={href} target="_blank" rel="noreferrer">
        {renderInline(text)}
      </a>
    );
  }
  if (href.startsWith('#')) {
    return (
      <a key={key} href={href}>
        {renderInline(text)}
      </a>
    );
  }
  // A path in the repository (src/…, README.md): named, not linked.
  return <Fragment key={key}>{renderInline(text)}</Fragment>;
}

export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(inline)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const [token] = match;
    key += 1;
    if (match[1]) out.push(<code key={key}>{token.slice(1, -1)}</code>);
    else if (match[2]) out.push(<strong key={key}>{renderInline(token.slice(2, -2))}</strong>);
    else if (match[3]) out.push(<em key={key}>{renderInline(token.slice(1, -1))}</em>);
    else {
      const link = token.match(/^\[([^\]]+)\]\(([^)\s]+)\)$/);
      out.push(link ? linkTo(link[1] ?? '', link[2] ?? '', key) : token);
    }
    last = at + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Markdown({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((block, index) => {
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case 'heading': {
            const Tag = `h${Math.min(block.level, 6)}` as 'h1';
            return (
              <Tag key={key} id={slugOf(block.text)}>
                {renderInline(block.text)}
              </Tag>
            );
          }
          case 'code':
            return (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide block scrolls by keyboard
              <pre key={key} tabIndex={0}>
                <code>{block.text}</code>
              </pre>
            );
          case 'quote':
            return <blockquote key={key}>{renderInline(block.text)}</blockquote>;
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={key}>
                {block.items.map((item, itemIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the guide's order is fixed
                  <li key={itemIndex}>{renderInline(item)}</li>
                ))}
              </List>
            );
          }
          case 'table':
            return (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls by keyboard
              <div key={key} className="table-scroll" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      {block.head.map((cell, cellIndex) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                        <th key={cellIndex}>{renderInline(cell)}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, rowIndex) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                      <tr key={rowIndex}>
                        {row.map((cell, cellIndex) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                          <td key={cellIndex}>{renderInline(cell)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          default:
            return <p key={key}>{renderInline(block.text)}</p>;
        }
      })}
    </>
  );
}
