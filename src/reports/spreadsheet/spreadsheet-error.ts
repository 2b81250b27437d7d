// Every problem found in an uploaded report file, located as a spreadsheet shows it. The codes
// are the message keys' last segment: `report.spreadsheet.<code>` in locales/<lang>/common.json.

export const spreadsheetErrorCodes = [
  'file_type',
  'file_too_large',
  'file_unsafe',
  'file_unreadable',
  'sheet_missing',
  'header_mismatch',
  'too_many_rows',
  'too_many_cells',
  'section_unknown',
  'not_applicable',
  'required',
  'formula',
  'cell_error',
  'not_a_number',
  'not_integer',
  'negative',
  'too_many_decimals',
  'out_of_range',
  'too_long',
  'too_many_values',
  'not_a_date',
  'unknown_product_line',
  'invalid_stage',
  'currency_mismatch',
  'period_missing',
  'period_malformed',
  'period_future',
  'period_mismatch',
  'duplicate_row',
  'invalid',
] as const;
export type SpreadsheetErrorCode = (typeof spreadsheetErrorCodes)[number];

/**
 * `row` and `column` are 1-based as a spreadsheet shows them: row 1 is the header, column "C".
 * In a CSV file `sheet` is "CSV" and `column` is the header name ("units"). Errors about the
 * whole file have row 0 and column "".
 */
export type SpreadsheetError = {
  sheet: string;
  row: number;
  column: string;
  code: SpreadsheetErrorCode;
  params: Record<string, string | number>;
};

export type ParseResult<T> = { ok: true; content: T } | { ok: false; errors: SpreadsheetError[] };

export function fileError(
  code: SpreadsheetErrorCode,
  params: Record<string, string | number> = {},
): SpreadsheetError {
  return { sheet: '', row: 0, column: '', code, params };
}
