import type { Diagnostic } from '@rus-survey/core';
import type { FileProblemKind } from '@rus-survey/node';

/** Rule-like names for what went wrong with a file itself; the report shows them where a rule would be. */
export type FileErrorName =
  | 'file-missing'
  | 'not-a-file'
  | 'not-a-regular-file'
  | 'file-too-large'
  | 'binary-file'
  | 'file-unreadable'
  | 'link-loop'
  | 'file-read-only'
  | 'file-unwritable'
  | 'encoding-guessed'
  | 'encoding-cannot-hold-fix'
  | 'changed-while-fixing';

export const FILE_ERROR_NAMES: Record<FileProblemKind, FileErrorName> = {
  missing: 'file-missing',
  folder: 'not-a-file',
  'not-regular': 'not-a-regular-file',
  'too-large': 'file-too-large',
  binary: 'binary-file',
  unreadable: 'file-unreadable',
  'link-loop': 'link-loop',
  'read-only': 'file-read-only',
  unwritable: 'file-unwritable',
};

/** The rule id of every file error, as ESLint marks a file it could not parse `fatal`. */
export const FILE_ERROR_RULE_ID = 'fatal';

/**
 * A problem with the file itself (it could not be read, decoded for certain, or written back) as one error
 * at its line 1, column 1: every formatter shows it in the file's place, and the other files are still linted.
 */
export function fileError(name: FileErrorName, message: string): Diagnostic {
  const at = { line: 1, column: 1, offset: 0 };
  return { ruleId: FILE_ERROR_RULE_ID, ruleName: name, severity: 'error', message, range: { start: at, end: at }, data: { fatal: true } };
}
