import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDispositionFor } from './downloads.ts';

describe('file names in content-disposition', () => {
  it.each([
    ['Thăng Long Auto Parts JSC – 2027-03.xlsx', 'Thang Long Auto Parts JSC - 2027-03.xlsx'],
    ['Đồng Nai Phụ Tùng.pdf', 'Dong Nai Phu Tung.pdf'],
    ['Motoczęści Polska – Łódź.csv', 'Motoczesci Polska - Lodz.csv'],
    ['สยามออโต้.pdf', '_________.pdf'],
    ['上海汽配.xlsx', '____.xlsx'],
    ['charter-v3.signed.json', 'charter-v3.signed.json'],
  ])('gives %s the ASCII fallback %s', (name, fallback) => {
    expect(asciiFileName(name)).toBe(fallback);
  });

  it('keeps the real name in filename* and stays within Latin-1', () => {
    const header = contentDispositionFor('Motoczęści Polska.pdf', 'inline');
    expect(header).toBe(
      `inline; filename="Motoczesci Polska.pdf"; filename*=UTF-8''Motocz%C4%99%C5%9Bci%20Polska.pdf`,
    );
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
  });
});
