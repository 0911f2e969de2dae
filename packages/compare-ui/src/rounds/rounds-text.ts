// The Rounds view's texts, in English and Swedish.
import type { Locale } from '../i18n.js';

type Params = Record<string, string | number>;

const en = {
  title: 'Rounds',
  by: 'Show',
  byOrganisation: 'One organisation, every question',
  byQuestion: 'One question, every organisation',
  organisation: 'Organisation',
  question: 'Question',
  onlyChanged: 'Only what changed',
  round: 'Round',
  change: 'Change',
  answer: 'Answer',
  notAsked: 'not asked',
  noAnswer: 'no answer',
  nothingChanged: 'Nothing changed here between the rounds.',
  pair: (p: Params) => `${p.from} → ${p.to}`,
  changes: (p: Params) => `${p.new} new · ${p.removed} removed · ${p.edited} edited · ${p.unchanged} unchanged`,
  questionsAdded: 'Questions added',
  questionsDropped: 'Questions dropped',
  joined: 'Answered in this round, not the one before',
  left: 'Answered in the round before, not this one',
  none: 'none',
  change_new: 'new',
  change_removed: 'removed',
  change_unchanged: 'unchanged',
  change_edited: 'edited',
  change_unanswered: 'unanswered',
  added: 'added',
  removedText: 'removed',
  roundsTable: (p: Params) => `${p.organisation}, question ${p.question}, by round`,
  organisationsTable: (p: Params) => `Question ${p.question}, every organisation by round`,
} satisfies Record<string, string | ((p: Params) => string)>;

const sv: typeof en = {
  title: 'Omgångar',
  by: 'Visa',
  byOrganisation: 'En organisation, alla frågor',
  byQuestion: 'En fråga, alla organisationer',
  organisation: 'Organisation',
  question: 'Fråga',
  onlyChanged: 'Bara det som ändrats',
  round: 'Omgång',
  change: 'Ändring',
  answer: 'Svar',
  notAsked: 'frågades inte',
  noAnswer: 'inget svar',
  nothingChanged: 'Inget ändrades här mellan omgångarna.',
  pair: (p) => `${p.from} → ${p.to}`,
  changes: (p) => `${p.new} nya · ${p.removed} borttagna · ${p.edited} ändrade · ${p.unchanged} oförändrade`,
  questionsAdded: 'Nya frågor',
  questionsDropped: 'Frågor som utgått',
  joined: 'Svarade i denna omgång, inte i den förra',
  left: 'Svarade i förra omgången, inte i denna',
  none: 'inga',
  change_new: 'ny',
  change_removed: 'borttagen',
  change_unchanged: 'oförändrad',
  change_edited: 'ändrad',
  change_unanswered: 'obesvarad',
  added: 'tillagt',
  removedText: 'borttaget',
  roundsTable: (p) => `${p.organisation}, fråga ${p.question}, per omgång`,
  organisationsTable: (p) => `Fråga ${p.question}, alla organisationer per omgång`,
};

export type RoundsTextId = keyof typeof en;

export function roundsText(locale: Locale, id: RoundsTextId, params: Params = {}): string {
  const message = (locale === 'sv' ? sv : en)[id];
  return typeof message === 'function' ? message(params) : message;
}
