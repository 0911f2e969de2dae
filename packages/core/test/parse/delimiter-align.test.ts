// A delimiter row's alignments, checked against micromark's reading of the same table (the reference).
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { parseMarkdownTree } from '../../src/parse/markdown-tree.js';
import { delimiterAlign } from '../../src/parse/plain-blocks.js';

const micromarkAlign = (header: string, delimiter: string): Table['align'] => (parseMarkdownTree(`${header}\n${delimiter}\n`).children[0] as Table).align;

describe('delimiterAlign', () => {
  it.each([
    ['| a | b | c |', '| --- | :--- | :---: |'],
    ['| a | b |', '| ---: | --- |'],
    ['a | b', '--- | :---:'],
    ['| a | b', '| :-- | --:'],
    ['a | b |', ':-: | --- |'],
  ])('%s / %s: as micromark reads it', (header, delimiter) => {
    expect(delimiterAlign(delimiter)).toEqual(micromarkAlign(header, delimiter));
  });
});
