// The documentation in docs/*.md, served to signed-in people so each page's "Help" link opens the
// guide for that page inside the app, in the version of Liaison they run (docs/decisions.md,
// "Help links"). The files are read as they are on disk; the web app renders the Markdown itself,
// as React elements, never as HTML.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from '../db/repository-root.ts';
import { AppError } from '../platform/errors.ts';

const docsDir = path.join(repositoryRoot, 'docs');
const docName = /^[a-z0-9][a-z0-9-]{0,60}$/;

function titleOf(markdown: string, name: string) {
  const heading = markdown.split('\n').find((line) => line.startsWith('# '));
  return heading ? heading.slice(2).trim() : name;
}

/** Every guide, by name ("cadence" for docs/cadence.md), with its first heading. */
export async function listHelpDocs() {
  const files = (await readdir(docsDir)).filter((file) => file.endsWith('.md')).sort();
  const docs = [];
  for (const file of files) {
    const name = file.slice(0, -3);
    if (!docName.test(name)) continue;
    docs.push({ name, title: titleOf(await readFile(path.join(docsDir, file), 'utf8'), name) });
  }
  return { docs };
}

/** One guide's Markdown; a name that is not a guide answers 404. */
export async function getHelpDoc(name: string) {
  if (!docName.test(name)) throw new AppError('not_found');
  try {
    const markdown = await readFile(path.join(docsDir, `${name}.md`), 'utf8');
    return { name, title: titleOf(markdown, name), markdown };
  } catch {
    throw new AppError('not_found');
  }
}
