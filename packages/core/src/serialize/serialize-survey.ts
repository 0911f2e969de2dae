import { stringify } from 'yaml';
import type { Survey } from '../schema/survey.js';
import type { AnswerContent, QuestionContent, SurveyContent } from '../schema/survey-content.js';
import { surveyContentOf } from './survey-content.js';
import { appendAll } from '../collections/append-all.js';

function tableCell(text: string): string {
  // Texts are Markdown already: only line breaks, which a cell cannot hold, are turned into <br>.
  return text.replace(/\r?\n/g, '<br>').trim();
}

function answerBlocks(question: QuestionContent): string[] {
  if (question.form === 'none' || question.answers.length === 0) return [];
  if (question.form === 'sections') {
    return question.answers.flatMap((answer: AnswerContent) => [`#### ${answer.organisation}`, ...(answer.text.trim() ? [answer.text.trim()] : [])]);
  }
  const [organisationHeader, questionHeader] = question.header ?? ['Organisation', 'Svar'];
  const rows = question.answers.map((answer) => `| ${tableCell(answer.organisation)} | ${tableCell(answer.text)} |`);
  return [[`| ${organisationHeader} | ${questionHeader} |`, '| --- | --- |', ...rows].join('\n')];
}

/** Canonical survey Markdown from content: front matter, H1, intro, notice, parts, questions, answers. */
export function serializeSurveyContent(content: SurveyContent): string {
  const blocks: string[] = [];
  if (content.frontMatter && Object.keys(content.frontMatter).length > 0) {
    blocks.push(`---\n${stringify(content.frontMatter, { lineWidth: 0 }).trimEnd()}\n---`);
  }
  if (content.title !== null) blocks.push(`# ${content.title}`);
  if (content.intro) blocks.push(content.intro.trim());
  if (content.notice) blocks.push(content.notice.trim().split(/\r?\n/).map((line) => `> ${line}`.trimEnd()).join('\n'));
  for (const part of content.parts) {
    if (part.title !== null) blocks.push(`## ${part.title}`);
    for (const question of part.questions) {
      blocks.push(`### ${question.number === null ? '' : `${question.number}. `}${question.text}`);
      if (question.lead) blocks.push(question.lead.trim());
      appendAll(blocks, answerBlocks(question));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Canonical Markdown for a parsed survey; parsing the result gives the same content. */
export function serializeSurvey(survey: Survey): string {
  return serializeSurveyContent(surveyContentOf(survey));
}
