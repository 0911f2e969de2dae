export const DEFAULT_NO_ANSWER_MARKERS = ['Inget svar', 'No answer'] as const;
export const DEFAULT_PLACEHOLDERS = ['-', '–', '—', '?', 'TBD', 'TODO', 'N/A', '...', '…'] as const;

export interface ParseOptions {
  /** Whole-answer texts that record an explicit non-response (emphasis allowed around them). */
  noAnswer?: readonly string[];
  /** Whole-answer texts that are placeholders, not answers. */
  placeholders?: readonly string[];
}

export interface ResolvedParseOptions {
  noAnswer: readonly string[];
  placeholders: readonly string[];
}

export function resolveParseOptions(options: ParseOptions = {}): ResolvedParseOptions {
  return {
    noAnswer: options.noAnswer ?? DEFAULT_NO_ANSWER_MARKERS,
    placeholders: options.placeholders ?? DEFAULT_PLACEHOLDERS,
  };
}

/** The parse options a config sets (`noAnswer`, `placeholders`). */
export function parseOptionsOfConfig(config: { noAnswer?: readonly string[] | undefined; placeholders?: readonly string[] | undefined } | undefined): ParseOptions {
  return { ...(config?.noAnswer ? { noAnswer: config.noAnswer } : {}), ...(config?.placeholders ? { placeholders: config.placeholders } : {}) };
}
