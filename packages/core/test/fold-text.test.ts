import { describe, expect, it } from 'vitest';
import { foldForSearch, foldText } from '../src/index.js';

describe('foldText', () => {
  it('folds case, whitespace and an escaped pipe, and keeps diacritics (Håbo and Habo are two municipalities)', () => {
    expect(foldText('  Region   SKÅNE ')).toBe('region skåne');
    expect(foldText('A \\| B')).toBe('a | b');
    expect(foldText('Håbo')).not.toBe(foldText('Habo'));
  });
});

describe('foldForSearch', () => {
  it('also drops diacritics, so a search typed without them finds the name', () => {
    expect(foldForSearch('Region Skåne')).toBe('region skane');
    expect(foldForSearch('ÖREBRO  Län')).toBe('orebro lan');
    expect(foldForSearch('Håbo')).toBe(foldForSearch('Habo'));
  });

  it('folds a decomposed "å" (NFD, as macOS file names have it) the same as a composed one', () => {
    expect(foldForSearch('Ska\u030Ane')).toBe(foldForSearch('Skåne'));
  });
});
