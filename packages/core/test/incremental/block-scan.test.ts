import { describe, expect, it } from 'vitest';
import { blockStarts } from '../../src/incremental/block-scan.js';
import { mayHaveDefinitions } from '../../src/parse/link-definitions.js';
import { createIncrementalLinter, lintSurvey } from '../../src/index.js';

describe('blockStarts', () => {
  it('cuts at H1–H3 written at a line start, not at H4, not indented, not inside words', () => {
    const text = '# T\n\n## P\n\n### 1. Q\n\n#### Region Skåne\n\nSvar #1.\n   ### indented\n###no-space\n### 2. R\n';
    expect(blockStarts(text).map((start) => text.slice(start, start + 8))).toEqual(['# T\n\n## ', '## P\n\n##', '### 1. Q', '### 2. R']);
  });

  it('never cuts inside a closed front matter (a YAML comment starts with #), and cuts after it', () => {
    const text = '---\n# kommentar\norganisations:\n  - Region Skåne\n---\n# Titel\n';
    expect(blockStarts(text)).toEqual([0, text.indexOf('# Titel')]);
  });

  it('counts a lone CR and CRLF as line breaks, and a heading after a byte order mark stays in the first block', () => {
    const text = '\uFEFF# T\r## P\r\n### 1. Q\r';
    expect(blockStarts(text)).toEqual([0, text.indexOf('## P'), text.indexOf('### 1.')]);
  });

  it('sends any link reference or footnote definition down the full path', () => {
    expect(mayHaveDefinitions('[rus]: https://example.org')).toBe(true);
    expect(mayHaveDefinitions('[^1]: not')).toBe(true);
    expect(mayHaveDefinitions('| Region Skåne | Svar: ja [sic] |')).toBe(false);
  });
});

describe('blocks that cannot stand alone', () => {
  it('an HTML comment opened in one question and closed in the next is read as one comment, as lintSurvey reads it', () => {
    const text = '# T\n\n## P\n\n### 1. Q\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | Ja |\n\n<!--\n\n### 2. R\n\n-->\n';
    const linter = createIncrementalLinter();
    expect(linter.update(text)).toStrictEqual(lintSurvey(text));
    expect(linter.lastUpdate?.path).toBe('full');
  });

  it('a setext underline inside a question block ends the question there, as lintSurvey reads it', () => {
    const text = '# T\n\n## P\n\n### 1. Q\n\n| Organisation | Svar |\n| --- | --- |\n| Region Skåne | Ja |\n\nDel två\n---\n\n### 2. R\n\n#### Region Skåne\n\nNej.\n';
    const linter = createIncrementalLinter();
    const result = linter.update(text);
    expect(result).toStrictEqual(lintSurvey(text));
    expect(linter.lastUpdate?.path).toBe('incremental');
    expect(result.survey.parts.map((part) => part.title)).toEqual(['P', 'Del två']);
  });
});
