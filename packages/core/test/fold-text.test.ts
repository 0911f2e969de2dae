import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './fast-check-seed.js';
import { foldForSearch, foldText } from '../src/index.js';
import { classifyAnswer } from '../src/parse/answer-status.js';
import { resolveParseOptions } from '../src/parse/parse-options.js';

describe('foldText', () => {
  it('folds case, whitespace and an escaped pipe, and keeps diacritics (Håbo and Habo are two municipalities)', () => {
    expect(foldText('  Region   SKÅNE ')).toBe('region skåne');
    expect(foldText('A \\| B')).toBe('a | b');
    expect(foldText('Håbo')).not.toBe(foldText('Habo'));
  });
});

describe('foldForSearch', () => {
  it('folds case and accents away', () => {
    expect(foldForSearch('Region Skåne')).toBe('region skane');
    expect(foldForSearch('ÖREBRO LÄN, Västerås')).toBe('orebro lan, vasteras');
    expect(foldForSearch('Ærø Ñandú')).toBe('ærø nandu');
  });

  it('keeps a character whose fold would change the length as written, so offsets stay one to one', () => {
    // "한" decomposes into two jamo (letters, not marks); a lone combining accent has no base to fold onto.
    expect(foldForSearch('한국 Å')).toBe('한국 a');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
    expect(foldForSearch('Straße')).toBe('straße');
    expect(foldForSearch('e\u0301')).toBe('e\u0301');
    expect(foldForSearch('😀 Å')).toBe('😀 a');
  });

  it('has the length of its input, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => foldForSearch(text).length === text.length));
  });
});

/** How answers were classified before they were folded once: the text folded twice, with and without the stop. */
function classifiedBefore(markdown: string, noAnswer: readonly string[], placeholders: readonly string[]): string {
  const fold = (text: string): string => text.normalize('NFC').replace(/\\\|/g, '|').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
  const visible = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/^[\s*_]+|[\s*_]+$/g, '')
    .trim();
  if (visible === '') return 'empty';
  const whole = fold(visible);
  const withoutStop = visible.endsWith('.') ? fold(visible.slice(0, -1)) : whole;
  if (noAnswer.map(fold).includes(withoutStop)) return 'no-answer';
  if (placeholders.map(fold).includes(whole) || placeholders.map(fold).includes(withoutStop)) return 'placeholder';
  return 'answered';
}

describe('classifyAnswer folds each answer once', () => {
  const options = resolveParseOptions({});

  it('reads the markers as before: case, spacing and a final full stop ignored', () => {
    expect(classifyAnswer('INGET  svar .', options)).toBe('no-answer');
    expect(classifyAnswer('**Inget svar.**', options)).toBe('no-answer');
    expect(classifyAnswer('...', options)).toBe('placeholder');
    expect(classifyAnswer('-.', options)).toBe('placeholder');
    expect(classifyAnswer('Inget svar än, vi återkommer.', options)).toBe('answered');
    expect(classifyAnswer('<!-- x --> <br>', options)).toBe('empty');
  });

  it('reads "\\|" in a cell as the "|" of a marker, as names are compared', () => {
    const piped = resolveParseOptions({ noAnswer: ['Nej | inget'] });
    expect(classifyAnswer('Nej \\| inget', piped)).toBe('no-answer');
    expect(foldText('Nej \\| inget')).toBe('nej | inget');
  });

  it('classifies any answer as folding it twice did', () => {
    const pieces = fc.constantFrom('Inget svar', 'inget', 'svar', 'TBD', '.', '..', '…', '-', ' ', '  ', '\n', '\u00a0', 'Σ', 'ΑΣ', 'e\u0301', 'é', '*', '_', '<br>', '<!-- c -->', 'Å', 'x', '\\|', '|');
    // Markers made of the same pieces, or none given (the defaults: "Inget svar", "-", "..." and others).
    const markers = fc.option(fc.array(fc.array(pieces, { maxLength: 4 }).map((parts) => parts.join('')), { maxLength: 3 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), markers, markers, (parts, noAnswer, placeholders) => {
        const markdown = parts.join('');
        const resolved = resolveParseOptions({ ...(noAnswer ? { noAnswer } : {}), ...(placeholders ? { placeholders } : {}) });
        return classifyAnswer(markdown, resolved) === classifiedBefore(markdown, resolved.noAnswer, resolved.placeholders);
      }),
      { numRuns: 3000 },
    );
  });
});
