import { beforeAll, describe, expect, it } from 'vitest';
import { loadFontCoverage, splitScriptRuns } from './pdf-fonts.ts';
import { breakablePieces, breakLines } from './pdf-text.ts';

/** One unit per character; combining marks (Thai vowels and tones above or below) take none. */
const measure = (text: string) => [...text].filter((character) => !/\p{M}/u.test(character)).length;

const lineTexts = (text: string, width: number) =>
  breakLines(text, width, measure).map((line) => line.runs.map((run) => run.text).join(''));

beforeAll(loadFontCoverage);

describe('splitScriptRuns', () => {
  it.each([
    ['Điều khoản', [['latin', 'Điều khoản']]],
    [
      'Điều 3 条款',
      [
        ['latin', 'Điều 3 '],
        ['cjk', '条款'],
      ],
    ],
    [
      '条款 ข้อกำหนด',
      [
        ['cjk', '条款 '],
        ['thai', 'ข้อกำหนด'],
      ],
    ],
    [
      '  ข้อ A',
      [
        ['thai', '  ข้อ '],
        ['latin', 'A'],
      ],
    ],
    [
      'Orders → shipments',
      [
        ['latin', 'Orders '],
        ['cjk', '→ '],
        ['latin', 'shipments'],
      ],
    ],
  ])('gives %j the fonts of its scripts', (text, expected) => {
    expect(splitScriptRuns(text).map((run) => [run.script, run.text])).toEqual(expected);
  });
});

describe('breakLines', () => {
  it.each([
    ['Brake pads and discs', 11, ['Brake pads', 'and discs']],
    ['Hồ Chí Minh (VN-SG)', 12, ['Hồ Chí Minh', '(VN-SG)']],
    ['from 2025-06-01 on', 12, ['from', '2025-06-01', 'on']],
    ['Non-exclusive', 10, ['Non-', 'exclusive']],
    ['first line\nsecond', 40, ['first line', 'second']],
  ])('lays %j out in lines of %i', (text, width, expected) => {
    expect(lineTexts(text, width)).toEqual(expected);
  });

  it('breaks a hash, which has no break, at the line width', () => {
    const hash = 'a'.repeat(64);
    expect(lineTexts(hash, 20)).toEqual(['a'.repeat(20), 'a'.repeat(20), 'a'.repeat(20), 'aaaa']);
  });

  it('breaks Thai between words, never inside one or before a mark', () => {
    const text = 'ผู้จัดจำหน่ายมีสิทธิ์แต่เพียงผู้เดียวในประเทศไทยและลาว';
    const lines = lineTexts(text, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    const words = new Set(breakablePieces(text));
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(12);
      expect(line).not.toMatch(/^\p{M}/u);
    }
    expect(lines.every((line) => [...words].some((word) => line.startsWith(word)))).toBe(true);
  });

  it('breaks Chinese between words and keeps punctuation with the word before it', () => {
    const text = '经销商在上海市非独家销售机油滤清器。升级路径，见手册。';
    const lines = lineTexts(text, 6);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(6);
      expect(line).not.toMatch(/^[。，]/u);
    }
  });

  it('writes Vietnamese in composed form, so each letter has its own glyph', () => {
    const decomposed = 'Nguyê\u0303n Thi\u0323 Lan';
    expect(lineTexts(decomposed, 40)).toEqual(['Nguyễn Thị Lan']);
  });
});
