// Differences between two charter texts, leaf by leaf, as JSON pointers: what a side-by-side
// comparison highlights. Arrays compare position by position; extra items are added or removed.
import type { CharterContent, CharterSection } from './charter.content.ts';

export type Difference = {
  path: string;
  section: CharterSection;
  change: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(before: unknown, after: unknown, path: string[], out: Omit<Difference, 'section'>[]) {
  const pointer = `#/${path.join('/')}`;
  if (before === undefined && after !== undefined) {
    out.push({ path: pointer, change: 'added', before: null, after });
  } else if (after === undefined && before !== undefined) {
    out.push({ path: pointer, change: 'removed', before, after: null });
  } else if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
      walk(before[i], after[i], [...path, String(i)], out);
    }
  } else if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(before[key], after[key], [...path, key], out);
    }
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path: pointer, change: 'changed', before, after });
  }
}

export function diffContent(before: CharterContent, after: CharterContent): Difference[] {
  const out: Omit<Difference, 'section'>[] = [];
  walk(before, after, [], out);
  return out.map((difference) => ({
    ...difference,
    section: difference.path.split('/')[1] as CharterSection,
  }));
}
