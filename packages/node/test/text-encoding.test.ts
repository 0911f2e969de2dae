import { describe, expect, it } from 'vitest';
import { decodeText, encodeText, looksBinary } from '../src/index.js';

const SURVEY = '# Enkät\n\n### 1. Hur går det i Skåne?\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | Så här – “bra”… |\n';
/** Windows-1252 bytes written out by hand: å ä ö Å Ä Ö and Word's quotes and dashes. */
const CP1252: Record<string, number> = { å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6, '–': 0x96, '“': 0x93, '”': 0x94, '…': 0x85, '×': 0xd7 };
const windows1252 = (text: string): Buffer => Buffer.from([...text].map((char) => CP1252[char] ?? char.charCodeAt(0)));

describe('decodeText', () => {
  it('UTF-8, with and without a BOM, is certain', () => {
    expect(decodeText(Buffer.from(SURVEY, 'utf8'))).toEqual({ text: SURVEY, encoding: 'utf-8', certainty: 'certain' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SURVEY, 'utf8')]))).toEqual({ text: SURVEY, encoding: 'utf-8-bom', certainty: 'certain' });
  });

  it('UTF-16 by its BOM, either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SURVEY, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SURVEY, 'utf16le').swap16()]);
    expect(decodeText(le)).toEqual({ text: SURVEY, encoding: 'utf-16le', certainty: 'certain' });
    expect(decodeText(be)).toEqual({ text: SURVEY, encoding: 'utf-16be', certainty: 'certain' });
    expect(looksBinary(le)).toBe(false);
  });

  it('Windows-1252 whose every non-ASCII byte is a letter or Word punctuation is certain', () => {
    expect(decodeText(windows1252(SURVEY))).toEqual({ text: SURVEY, encoding: 'windows-1252', certainty: 'certain' });
  });

  it('UTF-8 with one truncated character stays UTF-8 (å is not turned into Ã¥), flagged as a guess at its line', () => {
    const bytes = Buffer.from(SURVEY, 'utf8');
    // The "ä" in "Så här" (line 7) loses its second byte.
    const at = bytes.lastIndexOf(Buffer.from('ä', 'utf8'));
    const broken = Buffer.concat([bytes.subarray(0, at + 1), bytes.subarray(at + 2)]);
    const decoded = decodeText(broken);
    expect(decoded).toMatchObject({ encoding: 'utf-8', certainty: 'guess', firstBadLine: 7 });
    expect(decoded.text).toContain('Region Skåne | Så h\uFFFDr');
    expect(decoded.text).not.toContain('Ã');
  });

  it('bytes that are no letters in Windows-1252 (×, undefined 0x81) make Windows-1252 a guess', () => {
    expect(decodeText(windows1252('Skåne\n3 × 4\n'))).toMatchObject({ encoding: 'windows-1252', certainty: 'guess', firstBadLine: 2, text: 'Skåne\n3 × 4\n' });
    expect(decodeText(Buffer.from([0x61, 0x0a, 0x0a, 0x81]))).toMatchObject({ certainty: 'guess', firstBadLine: 3 });
  });

  it('UTF-16 with an odd byte at the end is a guess', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Skåne\n', 'utf16le'), Buffer.from([0x41])]);
    expect(decodeText(le)).toMatchObject({ encoding: 'utf-16le', certainty: 'guess', text: 'Skåne\n' });
  });

  it('NUL bytes make a file binary', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from(SURVEY))).toBe(false);
  });
});

describe('encodeText writes back in the encoding read', () => {
  it('every certain encoding round-trips to the same bytes', () => {
    const inputs = [
      Buffer.from(SURVEY, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SURVEY, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SURVEY, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SURVEY, 'utf16le').swap16()]),
      windows1252(SURVEY),
    ];
    for (const bytes of inputs) {
      const decoded = decodeText(bytes);
      expect(encodeText(decoded.text, decoded.encoding), decoded.encoding).toEqual(bytes);
    }
  });

  it('Windows-1252 cannot hold every character: undefined, never a lossy write', () => {
    expect(encodeText('Region Skåne ŋ', 'windows-1252')).toBeUndefined();
    expect(encodeText('Region Skåne – ”', 'windows-1252')).toEqual(windows1252('Region Skåne – ”'));
  });
});
