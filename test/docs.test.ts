// Documentation that a change can make untrue without anyone noticing: every error type in
// docs/errors.md, every environment variable in the README, every script the README names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorStatus } from '../src/platform/errors.ts';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('the documentation', () => {
  it('lists every error type with its status in docs/errors.md', () => {
    const errors = read('docs/errors.md');
    const missing = Object.entries(errorStatus)
      .map(([code, status]) => `| \`/problems/${code.replaceAll('_', '-')}\` | ${status} |`)
      .filter((row) => !errors.includes(row));
    expect(missing).toEqual([]);
  });

  it('documents in the README every environment variable the configuration reads', () => {
    const config = read('src/config.ts');
    const readme = read('README.md');
    const variables = [...config.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]);
    expect(variables.length).toBeGreaterThan(5);
    const undocumented = variables.filter((name) => !readme.includes(`| \`${name}\` |`));
    expect(undocumented).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys(
      (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
    );
    const docs = ['README.md', 'docs/operations.md', 'docs/benchmarks.md'].map(read).join('\n');
    const named = [...docs.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1] ?? '');
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
