// @rus-survey/node: what the CLI and the language server both need from the file system, written once.
export { FileProblem, problemFromError, type FileProblemKind } from './file-problem.js';
export { decodeText, encodeText, looksBinary, type DecodedText, type TextEncoding } from './text-encoding.js';
export { readRegularFile, readRegularFileHead, statRegularFile, fileTypeOf } from './regular-file.js';
export { readSurveyFile, DEFAULT_MAX_BYTES, type SurveyFileText } from './read-survey-file.js';
export { writeFileAtomic, type WriteResult } from './write-file-atomic.js';
export { findConfigFile, configFileIn } from './find-config-file.js';
export { ExtendsReader, CONFIG_MAX_BYTES, MAX_EXTENDED_FILES, describeFileProblem } from './config-extends.js';
export { ConfigResolver, loadConfigFile, type ResolvedConfig } from './config-resolver.js';
export { GitignoreFilter } from './gitignore-filter.js';
export { globMarkdownFiles, markdownFilesIn } from './markdown-files.js';
export { decideSurveyFile, isSurveyByName, readSurveyHead, SURVEY_HEAD_BYTES, type SurveyFileDecision, type SurveyFileQuery } from './survey-file-decision.js';
export { findSurveyFiles, type FoundFile, type FoundSurveyFiles } from './find-survey-files.js';
