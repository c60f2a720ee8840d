/**
 * CSV as spreadsheets read it (RFC 4180: CRLF rows, fields quoted when they hold a quote, comma or line
 * break), written so that opening a file never runs its data: a cell a spreadsheet would take for a formula
 * (starting with = + - @, also after leading white space, or with a tab or CR) gets a leading apostrophe.
 */

export type Cell = string | number | null | undefined;

// Spreadsheets trim leading spaces before reading a formula, so " =1+1" is as live as "=1+1".
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/** One cell: defused against formula injection, then quoted if it must be. Numbers stay numbers. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
