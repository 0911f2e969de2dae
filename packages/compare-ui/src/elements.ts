// The pieces several views share: an answer card, its status badge and text, coverage bars, view headings.
// Survey text enters only as text nodes (the builder's children), the filter's matches as <mark> around them.
import { answerParagraphs, findMatches } from './answer-text.js';
import { append, bar, type Child } from './dom.js';
import { formatPercent, type MessageKey } from './i18n.js';
import { STATUS_LABEL, type ViewContext } from './view-context.js';
import { STATUS_SYMBOL, type CellModel, type QuestionModel } from './view-model.js';

/** Text with the filter's matches in <mark>, built from text nodes. */
export function highlighted({ h, state }: ViewContext, text: string): Child[] {
  const ranges = findMatches(text, state.filters.query);
  if (ranges.length === 0) return [text];
  const out: Child[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push(text.slice(at, start));
    out.push(h('mark', { class: 'rsc-mark' }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export const questionTitle = (ctx: ViewContext, question: QuestionModel): Child[] => [
  ctx.h('span', { class: 'rsc-qnum' }, question.label),
  ' ',
  ctx.h('span', { class: 'rsc-qtext' }, highlighted(ctx, question.text)),
];

export function cellLabel({ tr }: ViewContext, question: QuestionModel, cell: CellModel): string {
  const label = tr('cellLabel', { organisation: cell.organisationName, question: question.label, status: tr(STATUS_LABEL[cell.status]) });
  return cell.status === 'answered' ? `${label}, ${tr('wordsCount', { words: cell.words })}` : label;
}

export function coverage({ doc, h, tr }: ViewContext, answered: number, total: number, extra?: Child): HTMLElement {
  return h(
    'div',
    { class: 'rsc-coverage' },
    bar(doc, total === 0 ? 0 : (answered / total) * 100),
    h('span', { class: 'rsc-coverage-text' }, h('strong', {}, formatPercent(answered, total)), ' · ', tr('coverageOf', { answered, total })),
    extra ?? null,
  );
}

export function viewHead({ h }: ViewContext, headingId: string, eyebrow: Child, heading: Child | Child[], ...rest: Child[]): HTMLElement {
  return h(
    'div',
    { class: 'rsc-view-head' },
    eyebrow ? h('p', { class: 'rsc-eyebrow' }, eyebrow) : null,
    h('h2', { id: headingId, class: 'rsc-view-title', tabindex: -1 }, heading),
    ...rest,
  );
}

export const nothingMatches = ({ h, tr }: ViewContext): HTMLElement => h('p', { class: 'rsc-empty' }, tr('nothingMatches'));

export function backButton({ h, tr }: ViewContext): HTMLElement {
  return h('button', { type: 'button', class: 'rsc-button', 'data-action': 'back', 'data-key': 'back' }, h('span', { 'aria-hidden': 'true' }, '← '), tr('backToHeatmap'));
}

function answerBody(ctx: ViewContext, cell: CellModel): HTMLElement {
  const { h, tr } = ctx;
  if (cell.status !== 'answered' && cell.plain.length === 0) {
    const key: MessageKey = cell.status === 'missing' ? 'noAnswerText' : cell.status === 'no-answer' ? 'noAnswerExplicit' : 'emptyText';
    return h('p', { class: 'rsc-answer-empty' }, tr(key));
  }
  const body = h('div', { class: 'rsc-answer', 'data-action': cell.location ? 'reveal' : null, 'data-q': cell.question, 'data-org': cell.organisation });
  for (const lines of answerParagraphs(cell.source)) {
    const paragraph = h('p');
    lines.forEach((line, i) => {
      if (i > 0) paragraph.append(h('br'));
      append(paragraph, highlighted(ctx, line));
    });
    body.append(paragraph);
  }
  return body;
}

function statusBadge({ h, tr }: ViewContext, cell: CellModel): HTMLElement {
  return h(
    'span',
    { class: `rsc-badge rsc-s-${cell.status}` },
    h('span', { class: 'rsc-sym', 'aria-hidden': 'true' }, STATUS_SYMBOL[cell.status]),
    ' ',
    tr(STATUS_LABEL[cell.status]),
  );
}

function revealButton({ h, tr }: ViewContext, cell: CellModel): HTMLElement | null {
  if (!cell.location) return null;
  const line = cell.location.range.start.line;
  return h(
    'button',
    {
      type: 'button',
      class: 'rsc-reveal',
      'data-action': 'reveal',
      'data-q': cell.question,
      'data-org': cell.organisation,
      'data-key': `reveal:${cell.question}:${cell.organisation}`,
      'aria-label': tr('showInSourceLabel', { organisation: cell.organisationName, line }),
    },
    h('span', { class: 'rsc-reveal-icon', 'aria-hidden': 'true' }, '↗'),
    ' ',
    tr('showInSource', { line }),
  );
}

export interface CardOptions {
  heading: Child[];
  headingLevel?: 'h3' | 'h4';
  current?: boolean;
}

/** One answer: its heading (organisation or question), status, word count, text and a link to its source. */
export function card(ctx: ViewContext, cell: CellModel, options: CardOptions): HTMLElement {
  const { h, tr } = ctx;
  const headingId = ctx.id(`card-${cell.question}-${cell.organisation}`);
  const words = cell.status === 'answered' ? tr('wordsCount', { words: cell.words }) : null;
  return h(
    'article',
    {
      class: `rsc-card rsc-card-${cell.status}${options.current ? ' rsc-card-current' : ''}`,
      'aria-labelledby': headingId,
      'data-key': `card:${cell.question}:${cell.organisation}`,
    },
    h(
      'div',
      { class: 'rsc-card-head' },
      h(options.headingLevel ?? 'h3', { class: 'rsc-card-title', id: headingId, tabindex: -1 }, options.heading),
      h('div', { class: 'rsc-card-meta' }, statusBadge(ctx, cell), words ? h('span', { class: 'rsc-words' }, words) : null),
    ),
    answerBody(ctx, cell),
    cell.location ? h('div', { class: 'rsc-card-foot' }, revealButton(ctx, cell)) : null,
  );
}
