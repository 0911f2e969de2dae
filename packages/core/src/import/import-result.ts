import type { SurveyContent } from '../schema/survey-content.js';
import { localize, type Locale } from '../i18n/locale.js';
import { IMPORT_NOTE_TEXTS, type ImportNote } from './import-notes.js';

/** What an import recognised, counted from the content it made. */
export interface ImportSummary {
  parts: number;
  questions: number;
  /** Every organisation that answers at least once, in first-seen order. */
  organisations: string[];
  answers: number;
  /** Columns (web forms) left out as respondent details. */
  skippedColumns: string[];
}

export interface SurveyImport {
  content: SurveyContent;
  summary: ImportSummary;
  notes: ImportNote[];
  /** Set when nothing could be imported (no organisation column, say): say it and write nothing. */
  failure: ImportNote | null;
}

export function summariseImport(content: SurveyContent, skippedColumns: readonly string[] = []): ImportSummary {
  const organisations = new Map<string, string>();
  let questions = 0;
  let answers = 0;
  for (const part of content.parts) {
    for (const question of part.questions) {
      questions++;
      for (const answer of question.answers) {
        answers++;
        const key = answer.organisation.trim().toLowerCase();
        if (!organisations.has(key)) organisations.set(key, answer.organisation.trim());
      }
    }
  }
  return {
    parts: content.parts.filter((part) => part.title !== null).length,
    questions,
    organisations: [...organisations.values()],
    answers,
    skippedColumns: [...skippedColumns],
  };
}

export function importNoteMessage(note: ImportNote, locale: Locale): string {
  return localize(IMPORT_NOTE_TEXTS[note.id], locale, note.data);
}
