// What @media print shows instead of the interactive view: the whole heat map and every answer, no controls.
import { answerParagraphs } from '../answer-text.js';
import { STATUS_LABEL, type ViewContext } from '../view-context.js';
import { STATUS_SYMBOL } from '../view-model.js';
import { heatmapTable } from './heatmap.js';

export function printView(ctx: ViewContext, into: HTMLElement): void {
  const { h, tr, model } = ctx;
  into.textContent = '';
  into.append(h('h2', {}, tr('heatmapCaption')), heatmapTable(ctx, false), h('h2', {}, tr('printAnswers')));
  for (const question of model.questions) {
    const block = h('section', { class: 'rsc-print-question' }, h('h3', {}, `${question.label}. ${question.text}`));
    for (const cell of question.cells) {
      const entry = h('div', { class: 'rsc-print-answer' }, h('h4', {}, `${cell.organisationName} — ${STATUS_SYMBOL[cell.status]} ${tr(STATUS_LABEL[cell.status])}`));
      if (cell.status === 'answered' || cell.plain)
        for (const lines of answerParagraphs(cell.source)) {
          const paragraph = h('p');
          lines.forEach((line, i) => {
            if (i > 0) paragraph.append(h('br'));
            paragraph.append(line);
          });
          entry.append(paragraph);
        }
      block.append(entry);
    }
    into.append(block);
  }
}
