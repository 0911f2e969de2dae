import type { Survey } from '../schema/survey.js';
import type { SurveyContent } from '../schema/survey-content.js';

const headingText = (raw: string): string => raw.replace(/^\s*#+\s*/, '').replace(/\s+#+\s*$/, '').trim();

/** The content of a parsed survey, ranges left out: what `serializeSurvey` writes. */
export function surveyContentOf(survey: Survey): SurveyContent {
  const notice = survey.blockquotes.find((quote) => quote.beforeFirstPart);
  return {
    frontMatter: survey.frontMatter ? { ...survey.frontMatter.data } : null,
    title: survey.titleHeading ? headingText(survey.titleHeading.text) : null,
    intro: survey.intro?.text ?? null,
    notice: notice?.text ?? null,
    parts: survey.parts.map((part) => ({
      title: part.heading ? part.title : null,
      questions: part.questions.map((question) => {
        const table = question.tables.find((candidate) => candidate.hasOrganisationColumn);
        return {
          number: question.number,
          text: question.text,
          lead: question.lead?.text ?? null,
          form: question.form === 'mixed' ? 'table' : question.form,
          header: table ? [table.organisationHeader.text, table.questionHeader?.text ?? 'Svar'] : null,
          answers: question.answers.map((answer) => ({ organisation: answer.organisation.text, text: answer.text })),
        };
      }),
    })),
  };
}
