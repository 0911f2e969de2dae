import { describe, expect, it } from 'vitest';
import { neutraliseSpreadsheetCell } from '../src/index.js';

describe('neutraliseSpreadsheetCell', () => {
  it.each(['=HYPERLINK("http://x","klick")', '+1+cmd|/C calc!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'puts an apostrophe before %j so a spreadsheet shows it as text',
    (text) => {
      expect(neutraliseSpreadsheetCell(text)).toBe(`'${text}`);
    },
  );

  it.each(['Region Skåne', '', '-3', '+46', '12,5', "'redan citerad", 'Svar: =ja'])('leaves %j as it is', (text) => {
    expect(neutraliseSpreadsheetCell(text)).toBe(text);
  });
});
