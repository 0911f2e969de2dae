import { allQuestions, type StructureProblem } from '../schema/survey.js';
import { deleteLines } from './edits.js';
import { defineRule, type RuleReport } from './rule.js';

export const rus010SurveyStructure = defineRule({
  id: 'RUS010',
  name: 'survey-structure',
  description: {
    en: 'The survey has the structure of the format: one H1, parts as H2, questions as H3 inside parts, answers as a table or H4 sections.',
    sv: 'Enkäten har formatets struktur: en H1, delar som H2, frågor som H3 inom delar, svar som tabell eller H4-avsnitt.',
  },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'survey',
  messages: {
    'no-title': { en: 'The survey has no title (an H1 heading).', sv: 'Enkäten saknar rubrik (en H1-rubrik).' },
    'several-titles': {
      en: 'The survey has more than one H1 heading; only the first is its title.',
      sv: 'Enkäten har mer än en H1-rubrik; bara den första är dess rubrik.',
    },
    'question-outside-part': {
      en: 'This question stands before the first part (an H2 heading).',
      sv: 'Frågan står före den första delen (en H2-rubrik).',
    },
    'table-without-organisation-column': {
      en: 'The table\'s first column is "{detail}", not Organisation; its rows are not read as answers.',
      sv: 'Tabellens första kolumn är "{detail}", inte Organisation; dess rader läses inte som svar.',
    },
    'question-without-answers': {
      en: 'The question has no answers (no table and no H4 sections).',
      sv: 'Frågan saknar svar (ingen tabell och inga H4-avsnitt).',
    },
    'mixed-forms': {
      en: 'The question mixes a table and H4 sections; use one answer form per question.',
      sv: 'Frågan blandar tabell och H4-avsnitt; använd en svarsform per fråga.',
    },
    'junk-row': {
      en: 'This row holds no answer (only dashes or nothing).',
      sv: 'Raden innehåller inget svar (bara streck eller ingenting).',
    },
    'continuation-without-answer': {
      en: 'This row has no organisation and no answer above it to continue.',
      sv: 'Raden saknar organisation och det finns inget svar ovanför att fortsätta.',
    },
    'empty-organisation': {
      en: 'The answer heading names no organisation.',
      sv: 'Svarsrubriken namnger ingen organisation.',
    },
    'invalid-front-matter': { en: 'Invalid front matter: {detail}', sv: 'Ogiltig front matter: {detail}' },
    'nesting-too-deep': {
      en: 'This line is nested more than {detail} block quotes and lists deep; the deeper part is read as plain text.',
      sv: 'Raden ligger mer än {detail} citat och listor djupt; den djupare delen läses som vanlig text.',
    },
    'inline-markup-too-deep': {
      en: 'This paragraph has more emphasis, link or code markers than can be read ({detail}); the rest are read as plain text.',
      sv: 'Stycket har fler betonings-, länk- eller kodtecken än som kan läsas ({detail}); resten läses som vanlig text.',
    },
    removeRow: { en: 'Remove the empty row', sv: 'Ta bort den tomma raden' },
  },
  check(survey, context) {
    const problems: StructureProblem[] = [...survey.problems, ...allQuestions(survey).flatMap((question) => question.problems)];
    return problems.map((problem): RuleReport => {
      const report: RuleReport = { messageId: problem.kind, data: { detail: problem.detail ?? '' }, range: problem.range, facts: { kind: problem.kind } };
      if (problem.kind === 'junk-row') {
        report.fix = { titleId: 'removeRow', edits: [deleteLines(context.lines, problem.range.start.offset, problem.range.end.offset)] };
      }
      return report;
    });
  },
});
