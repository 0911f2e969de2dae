// How `lint --fix` treats each file's encoding: certain decodings are written back as they were read
// (BOM kept, Windows-1252 stays Windows-1252); a guess is linted but never written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXABLE_SURVEY, FIXED_SURVEY, run, tempDir } from './helpers.js';

/** Windows-1252 bytes for text whose non-ASCII characters are å ä ö Å Ä Ö (one byte each, as Latin-1). */
const windows1252 = (text: string): Buffer => Buffer.from([...text].map((char) => char.charCodeAt(0)));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** FIXABLE_SURVEY in UTF-8 with the second byte of the "ä" in "Så här" cut off. */
function truncatedUtf8(): Buffer {
  const bytes = Buffer.from(FIXABLE_SURVEY, 'utf8');
  const at = bytes.lastIndexOf(Buffer.from('ä', 'utf8'));
  return Buffer.concat([bytes.subarray(0, at + 1), bytes.subarray(at + 2)]);
}

describe('lint --fix and encodings', () => {
  it('UTF-8 with one truncated character: read as UTF-8 with a notice, never written back (exit 1); other files still fixed', () => {
    const dir = tempDir();
    const broken = truncatedUtf8();
    writeFileSync(join(dir, 'broken.survey.md'), broken);
    writeFileSync(join(dir, 'good.survey.md'), FIXABLE_SURVEY);
    const { code, stdout, stderr } = run(['lint', '--fix', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'notice: broken.survey.md is UTF-8 with bytes that are not (first on line 15); read them as \uFFFD, a guess: --fix will not write this file',
      'rus-survey: not fixed broken.survey.md: its encoding was a guess (see the notice); save it as UTF-8 and run again',
      'fixed 1 problem in 1 file',
      '',
    ]);
    expect(readFileSync(join(dir, 'broken.survey.md'))).toEqual(broken);
    expect(readFileSync(join(dir, 'good.survey.md'), 'utf8')).toBe(FIXED_SURVEY);
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; ruleName: string; message: string }[] }[];
    expect(result!.messages.map((m) => `${m.ruleId}/${m.ruleName}`)).toEqual(['fatal/encoding-guessed', 'RUS009/inline-html']);
    // The rest of the file was read right: no "Ã¥" anywhere in what was linted.
    expect(stdout).not.toContain('Ã');
    const sv = run(['lint', '--fix', '--locale', 'sv'], { cwd: dir });
    expect(sv.stderr).toContain('observera: broken.survey.md är UTF-8 med byte som inte är det (först på rad 15); läste dem som \uFFFD, en gissning: --fix skriver inte denna fil');
    expect(sv.stderr).toContain('rättade inte broken.survey.md: dess teckenkodning var en gissning');
    expect(readFileSync(join(dir, 'broken.survey.md'))).toEqual(broken);
  });

  it('Windows-1252 that is clearly so (only letters beyond ASCII) is fixed and written back as Windows-1252', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin.survey.md'), windows1252(FIXABLE_SURVEY));
    const { code, stderr } = run(['lint', '--fix'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'notice: latin.survey.md is not UTF-8; read it as Windows-1252\nfixed 1 problem in 1 file\n' });
    expect(readFileSync(join(dir, 'latin.survey.md'))).toEqual(windows1252(FIXED_SURVEY));
  });

  it('Windows-1252 with a byte that is no letter (×) is a guess: linted, not written', () => {
    const dir = tempDir();
    const bytes = windows1252(FIXABLE_SURVEY.replace('Den styr inte.', 'Den styr inte 3 × 4.'));
    writeFileSync(join(dir, 'odd.survey.md'), bytes);
    const { code, stderr } = run(['lint', '--fix'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('notice: odd.survey.md is not UTF-8 and not clearly Windows-1252 (a byte on line 16 is no letter); read it as Windows-1252, a guess: --fix will not write this file');
    expect(readFileSync(join(dir, 'odd.survey.md'))).toEqual(bytes);
  });

  it('UTF-8 with a BOM keeps its BOM; UTF-16 stays UTF-16', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.survey.md'), Buffer.concat([BOM, Buffer.from(FIXABLE_SURVEY, 'utf8')]));
    writeFileSync(join(dir, 'wide.survey.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE_SURVEY, 'utf16le')]));
    const { code, stderr } = run(['lint', '--fix'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'notice: wide.survey.md is UTF-16 (little-endian); read it as such\nfixed 2 problems in 2 files\n' });
    expect(readFileSync(join(dir, 'bom.survey.md'))).toEqual(Buffer.concat([BOM, Buffer.from(FIXED_SURVEY, 'utf8')]));
    expect(readFileSync(join(dir, 'wide.survey.md'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXED_SURVEY, 'utf16le')]));
  });
});
