// The custom requests between the rus-survey language server and its clients, typed once and imported by
// both sides so the method names and shapes cannot drift. No logic lives here.
import { RequestType, type Location, type Position } from 'vscode-languageserver-protocol';
import type { CompareMatrix } from '@rus-survey/core';

export type { CompareMatrix };

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
