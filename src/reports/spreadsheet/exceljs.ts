// ExcelJS, loaded the first time a spreadsheet is read or written rather than when the server
// starts: about 28 MB of memory and 0.3–0.9 s of a start otherwise (docs/decisions.md, "Heavy
// libraries load when first used").
import type ExcelJS from 'exceljs';

export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
