// The custom requests between the rus-survey language server and its clients, typed once and imported by
// both sides so the method names and shapes cannot drift. No logic lives here.
import { RequestType, type Location, type Position } from 'vscode-languageserver-protocol';
import type { AnswerInRound, CellStatus, CompareCell, CompareMatrix, CompareRow, RoundsComparison } from '@rus-survey/core';

export type { AnswerInRound, CellStatus, CompareCell, CompareMatrix, CompareRow, RoundsComparison };

export interface CompareMatrixParams {
  /** Survey documents to compare (file URIs); open documents are read from the editor, others from disk. */
  uris: string[];
  /** Only these organisations (names or aliases), in this order. */
  organisations?: string[];
  /** Only these question numbers. */
  questions?: number[];
}

/**
 * Sent by the client (the compare view) to the server. Answers core's `CompareMatrix`; each cell's
 * `location.range` is core's source range (1-based line/column plus 0-based UTF-16 offset), not an LSP range.
 */
export const CompareMatrixRequest = new RequestType<CompareMatrixParams, CompareMatrix, void>('rusSurvey/compareMatrix');

export const NAVIGATE_DIRECTIONS = ['nextOrganisation', 'previousOrganisation', 'nextQuestion', 'previousQuestion'] as const;
export type NavigateDirection = (typeof NAVIGATE_DIRECTIONS)[number];

export interface NavigateParams {
  textDocument: { uri: string };
  position: Position;
  direction: NavigateDirection;
}

/**
 * Sent by the client (a keybinding) to the server. Answers where the cursor should go: the next organisation's
 * answer to the same question, or the same organisation's answer to the next question, skipping missing answers
 * and wrapping at the ends. The range starts at the answer's row (table form) or its H4 heading (section form).
 * Null when there is nowhere to go (not a survey, no answers).
 */
export const NavigateRequest = new RequestType<NavigateParams, Location | null, void>('rusSurvey/navigate');

/** The command a "Compare" code lens runs in the client; its one argument is the question number. */
export const COMPARE_REGIONS_COMMAND = 'rusSurvey.compareRegions';

/**
 * Server command (workspace/executeCommand), argument: the rule's docs URL. The server asks the client to open
 * it with window/showDocument, so "Show documentation for RUS002" works in any LSP client.
 */
export const SHOW_DOCUMENTATION_COMMAND = 'rusSurvey.showDocumentation';

/**
 * Server command (workspace/executeCommand) run by the "n/m answered" code lens in any client. Arguments: the
 * survey's URI and the question heading's line (0-based). The server shows who is missing with
 * window/showMessage.
 */
export const SHOW_COVERAGE_COMMAND = 'rusSurvey.showCoverage';

/** What a client may send as `initializationOptions`. */
export interface InitializationOptions {
  /**
   * Client-side commands the client runs, such as `rusSurvey.compareRegions` (the VS Code extension sends it).
   * Code lenses that run a client command are offered only to clients that name it here.
   */
  clientCommands?: string[];
}

export interface RoundsParams {
  /** A survey document; the server adds every workspace survey that is a round of the same questionnaire. */
  uri: string;
}

/**
 * Sent by the client (the compare view's Rounds mode) to the server. Answers core's `RoundsComparison` over the
 * document and its other rounds in the workspace (open documents read from the editor), or null when the
 * document is not a survey. Ranges inside are core's source ranges, not LSP ranges.
 */
export const RoundsRequest = new RequestType<RoundsParams, RoundsComparison | null, void>('rusSurvey/rounds');

export interface AnswerInRoundParams {
  textDocument: { uri: string };
  position: Position;
  /** -1 for the round before (the default), 1 for the round after. */
  step?: number;
}

export interface AnswerInRoundResult extends AnswerInRound {
  /** Where that answer is, as an LSP location, for "reveal"; null when the organisation has no answer there. */
  location: Location | null;
}

/**
 * Sent by the client ("Show this organisation's answer in the previous round") to the server. Answers the same
 * organisation's answer to the same question in the neighbouring round, or null when the position is in no
 * answer or there is no such round.
 */
export const AnswerInRoundRequest = new RequestType<AnswerInRoundParams, AnswerInRoundResult | null, void>('rusSurvey/answerInRound');

export interface SurveyPositionParams {
  textDocument: { uri: string };
  position: Position;
}

/** What a position in a survey is about. */
export interface SurveyPosition {
  /** The question the position is in (its heading, text or answers); null before the first question. */
  question: { number: number | null; text: string; part: string } | null;
  /** The organisation whose answer (or roster entry) the position is in, by its roster name; null elsewhere. */
  organisation: string | null;
}

/**
 * Sent by the client ("Go to organisation's answer…", views that follow the cursor) to the server. Answers the
 * question and organisation at a position, so no client works them out from ranges itself; null when the
 * document is not a survey.
 */
export const SurveyPositionRequest = new RequestType<SurveyPositionParams, SurveyPosition | null, void>('rusSurvey/position');
