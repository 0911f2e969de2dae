import { describe, expect, it } from 'vitest';
import { answerRichText, spreadsheetAnswerText } from '../src/index.js';

describe('answerRichText', () => {
  it('splits a table cell at <br><br> and <p>, breaks lines at <br>, and reads no list or heading in a cell', () => {
    expect(answerRichText('1) Först **viktigt**<br>- inte en lista<br><br>Andra \\| stycket', { tableCell: true })).toEqual([
      { runs: [{ text: '1) Först ' }, { text: 'viktigt', bold: true }, { text: '- inte en lista', breakBefore: true }] },
      { runs: [{ text: 'Andra | stycket' }] },
    ]);
    expect(answerRichText('<p>Ett.</p> <p>Två.</p>', { tableCell: true })).toEqual([{ runs: [{ text: 'Ett.' }] }, { runs: [{ text: 'Två.' }] }]);
  });

  it('reads section answers and intros as Markdown blocks: lists, links, emphasis', () => {
    expect(answerRichText('Se _planen_ på [webben](https://example.se).\n\n- ett\n- två')).toEqual([
      { runs: [{ text: 'Se ' }, { text: 'planen', italic: true }, { text: ' på ' }, { text: 'webben', link: 'https://example.se' }, { text: '.' }] },
      { runs: [{ text: '- ' }, { text: 'ett' }] },
      { runs: [{ text: '- ' }, { text: 'två' }] },
    ]);
  });
});

describe('spreadsheetAnswerText', () => {
  it('shows a cell as a spreadsheet does: line breaks, blank lines between paragraphs, plain pipes', () => {
    expect(spreadsheetAnswerText('<p>Ett \\| två</p> <p>tre<br>fyra</p>')).toBe('Ett | två\n\ntre\nfyra');
  });
});
