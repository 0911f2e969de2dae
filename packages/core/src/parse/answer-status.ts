import type { AnswerStatus } from '../schema/survey.js';
import type { ResolvedParseOptions } from './parse-options.js';

const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/** The answer's text as a reader sees it: no comments, line-break tags, emphasis markers or outer whitespace. */
function visibleText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/^[\s*_]+|[\s*_]+$/g, '')
    .trim();
}

export function classifyAnswer(markdown: string, options: ResolvedParseOptions): AnswerStatus {
  const visible = visibleText(markdown);
  if (visible === '') return 'empty';
  const folded = fold(visible.replace(/\.$/, ''));
  if (options.noAnswer.some((marker) => fold(marker) === folded)) return 'no-answer';
  if (options.placeholders.some((marker) => fold(marker) === fold(visible) || fold(marker) === folded)) return 'placeholder';
  return 'answered';
}
