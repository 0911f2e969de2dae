// For programs that embed the CLI (and for tests): the entry point and the pure formatters.
export { main, type MainEnvironment } from './main.js';
export { formatters, FORMAT_NAMES, type FormatName, type Formatter, type FormatterContext, type LintFileResult } from './formatters/index.js';
