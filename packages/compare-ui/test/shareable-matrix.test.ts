// The editor's export hands the report `file:///home/…` URIs; the report must carry file names only.
import { describe, expect, it } from 'vitest';
import { renderStandaloneHtml } from '../src/standalone-html.js';
import { exampleMatrix } from './fixtures.js';

describe('renderStandaloneHtml: locations reduced to file names', () => {
  it('a file URI and a relative path keep only the (decoded) file name', () => {
    const matrix = exampleMatrix();
    // Names no answer in the example contains.
    const uris = ['file:///home/annq7/Dokument/Enk%C3%A4ter%20hemliga/region%20sk%C3%A5ne.survey.md', '../../../home/annq7/Dokument/Enkäter hemliga/region skåne.survey.md'];
    for (const uri of uris) {
      const located = { ...matrix, rows: matrix.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => (cell.location ? { ...cell, location: { ...cell.location, uri } } : cell)) })) };
      const html = renderStandaloneHtml(located, { locale: 'en', nonce: 'dGVzdA' });
      for (const leak of ['annq7', '/home', 'hemliga', 'Enk%C3%A4ter', 'Enkäter']) expect(html, `${uri}: ${leak}`).not.toContain(leak);
      expect(html).toContain('"uri":"region skåne.survey.md"');
    }
  });
});
