/**
 * Text a spreadsheet program would run as a formula (OWASP "CSV injection"): a cell starting with =, +, -, @, a tab
 * or a carriage return. Survey answers come from many organisations, so every cell written to CSV or Excel passes
 * here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell text a spreadsheet shows as text: a leading formula character gets an apostrophe in front of it (Excel
 * and LibreOffice hide that apostrophe and show the rest as typed). Numbers are left alone, so "-3" stays a number.
 */
export function neutraliseSpreadsheetCell(text: string): string {
  if (!FORMULA_START.test(text)) return text;
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) return text;
  return `'${text}`;
}
