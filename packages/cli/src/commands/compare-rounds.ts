import { compareRounds, escapeTableCell, type AnswerChange, type RoundsComparison, type RoundQuestion } from '@rus-survey/core';
import { renderRoundsHtml, roundsToCsv } from '@rus-survey/compare-ui';
import type { CliContext } from '../context.js';
import { CliError, EXIT_OK } from '../errors.js';
import { t, type Locale } from '../i18n.js';
import { bytesOfMegabytes, loadSurveys } from '../io/load-surveys.js';
import { writeOutput } from '../io/output.js';
import { writeBinaryOutput } from '../office/office-files.js';
import { escapeJsonForTerminal, escapeTerminalText } from '../terminal-text.js';
import type { CompareOptions } from './compare.js';

export const ROUNDS_FORMATS = ['md', 'csv', 'json', 'html', 'xlsx'] as const;

const cell = (text: string): string => escapeTableCell(text);

/** An edited answer with its word diff marked: <del>removed</del>, <ins>added</ins>. */
function diffCell(change: AnswerChange): string {
  return (change.diff ?? [])
    .map((part) => (part.kind === 'same' ? cell(part.text) : part.kind === 'added' ? `<ins>${cell(part.text)}</ins>` : `<del>${cell(part.text)}</del>`))
    .join('');
}

const questionHeading = (question: RoundQuestion): string => `${question.number !== null ? `${question.number}. ` : ''}${question.text}`;
const list = (items: readonly string[]): string => (items.length ? items.join(', ') : '–');

/** Questions of round i+1 that are a question of round i under another number or wording, and how they were found. */
function movedQuestions(comparison: RoundsComparison, i: number, locale: Locale): string[] {
  return comparison.questions.flatMap((question) => {
    const [before, after] = [question.rounds[i], question.rounds[i + 1]];
    const by = question.matchedBy[i];
    if (!before || !after || !by || (before.number === after.number && question.changes[i] === 'unchanged')) return [];
    return [`${before.number ?? '–'} → ${after.number ?? '–'} (${t(locale, `matchedBy_${by}`)}${question.changes[i] === 'reworded' ? `, ${t(locale, 'reworded')}` : ''})`];
  });
}

/** Rounds as Markdown: the rounds, what changed between each pair, then each organisation's answers round by round. */
export function roundsToMarkdown(comparison: RoundsComparison, locale: Locale): string {
  const { rounds, summary } = comparison;
  const latestTitle = rounds.at(-1)?.title;
  const out = [`# ${t(locale, 'roundsTitle')}${latestTitle ? `: ${cell(latestTitle)}` : ''}`, ''];
  out.push(`| ${t(locale, 'round')} | ${t(locale, 'file')} | ${t(locale, 'questions')} | ${t(locale, 'organisations')} | ${t(locale, 'answered')} |`);
  out.push('| --- | --- | ---: | ---: | ---: |');
  for (const round of rounds) out.push(`| ${cell(round.label)} | ${cell(round.uri)} | ${round.questions} | ${round.organisations} | ${round.answered} |`);
  rounds.slice(1).forEach((round, i) => {
    const changes = summary.answerChanges[i]!;
    out.push('', `## ${cell(rounds[i]!.label)} → ${cell(round.label)}`, '');
    out.push(`- ${t(locale, 'answerChanges', changes)}`);
    out.push(`- ${t(locale, 'questionsAdded')}: ${list(summary.questionsAdded[i]!)}`);
    out.push(`- ${t(locale, 'questionsDropped')}: ${list(summary.questionsDropped[i]!)}`);
    out.push(`- ${t(locale, 'questionsMoved')}: ${list(movedQuestions(comparison, i, locale))}`);
    out.push(`- ${t(locale, 'organisationsJoined')}: ${list(summary.organisationsJoined[i]!)}`);
    out.push(`- ${t(locale, 'organisationsLeft')}: ${list(summary.organisationsLeft[i]!)}`);
  });
  for (const entry of summary.unresolvedSameAs) out.push('', `> ${t(locale, 'unresolvedSameAs', entry)}`);

  const questions = new Map(comparison.questions.map((question) => [question.key, question]));
  let organisation: string | null = null;
  for (const entry of comparison.cells) {
    if (entry.organisation !== organisation) {
      organisation = entry.organisation;
      out.push('', `## ${cell(organisation)}`);
    }
    const question = questions.get(entry.questionKey)!;
    const latest = [...question.rounds].reverse().find((q) => q !== null)!;
    out.push('', `### ${cell(questionHeading(latest))}`, '', `| ${t(locale, 'round')} | ${t(locale, 'change')} | ${t(locale, 'answer')} |`, '| --- | --- | --- |');
    rounds.forEach((round, r) => {
      const answer = entry.answers[r];
      const change = r === 0 ? null : entry.changes[r - 1]!;
      const shown = change?.kind === 'edited' ? diffCell(change) : answer ? cell(answer.text) : question.rounds[r] ? t(locale, 'status_missing') : t(locale, 'notAsked');
      out.push(`| ${cell(round.label)} | ${change ? t(locale, `change_${change.kind}`) : ''} | ${shown} |`);
    });
  }
  return `${out.join('\n')}\n`;
}

/** `compare --by organisation`: the surveys as rounds of one questionnaire. */
export async function runCompareRounds(files: readonly string[], options: CompareOptions, context: CliContext): Promise<number> {
  const { locale } = context;
  if (!(ROUNDS_FORMATS as readonly string[]).includes(options.format)) {
    throw new CliError(t(locale, 'roundsFormat', { format: options.format, formats: ROUNDS_FORMATS.join(', ') }));
  }
  if (files.length < 2) throw new CliError(t(locale, 'roundsNeedTwo'));
  const comparison = compareRounds(loadSurveys(files, context, options.config, bytesOfMegabytes(options.maxFileSize)));
  const inputs = [...files, ...(options.config ? [options.config] : [])];
  if (options.format === 'xlsx') {
    // exceljs loads only for this format, so lint's start-up stays what it was.
    const { roundsWorkbook } = await import('@rus-survey/office');
    writeBinaryOutput(context, options.output, await roundsWorkbook(comparison, { locale }), 'xlsx', inputs);
    return EXIT_OK;
  }
  const text =
    options.format === 'csv'
      ? roundsToCsv(comparison)
      : options.format === 'md'
        ? escapeTerminalText(roundsToMarkdown(comparison, locale))
        : options.format === 'html'
          ? renderRoundsHtml(comparison, { locale })
          : escapeJsonForTerminal(JSON.stringify(comparison, null, 2)) + '\n';
  writeOutput(context, options.output, text, inputs);
  return EXIT_OK;
}
