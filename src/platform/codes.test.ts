import { describe, expect, it } from 'vitest';
import { isCountryCode, isLanguageTag, isTimeZone, suggestCountryCode } from './codes.ts';

describe('ISO and IANA codes', () => {
  it.each([
    ['VN', true],
    ['DE', true],
    ['vn', false],
    ['XX', false],
    ['Vietnam', false],
  ])('country %s is valid: %s', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected);
  });

  it.each([
    ['Vietnam', 'VN'],
    ['Germany', 'DE'],
    ['vn', 'VN'],
    ['Atlantis', undefined],
  ])('suggests a code for %s: %s', (value, expected) => {
    expect(suggestCountryCode(value)).toBe(expected);
  });

  it.each([
    ['vi', true],
    ['zh-Hans', true],
    ['pt-BR', true],
    ['fil', true],
    ['xx', false],
    ['english', false],
    ['', false],
  ])('language %s is valid: %s', (tag, expected) => {
    expect(isLanguageTag(tag)).toBe(expected);
  });

  it.each([
    ['Asia/Ho_Chi_Minh', true],
    ['Europe/Berlin', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['Asia/Hanoi', false],
    ['asia/ho_chi_minh', false],
    ['GMT+7', false],
  ])('time zone %s is valid: %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});
