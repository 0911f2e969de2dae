import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runCompare, COMPARE_FORMATS, type CompareOptions } from './commands/compare.js';
import { runExport, EXPORT_FORMATS, type ExportOptions } from './commands/export.js';
import { runImport, IMPORT_FORMATS, type ImportCommandOptions } from './commands/import.js';
import { runLint, type LintOptions } from './commands/lint.js';
import { runStats } from './commands/stats.js';
import type { CliContext } from './context.js';
import { CliError, EXIT_FAILURE, EXIT_OK } from './errors.js';
import { FORMAT_NAMES } from './formatters/index.js';
import { localeFrom, t, type Locale } from './i18n.js';

export interface MainEnvironment {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: CliContext['stdout'];
  stderr: CliContext['stderr'];
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** `--locale` is needed before commander runs, for the help texts; commander still validates it. */
function localeOption(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (index < 0) return undefined;
  return argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
}

const wholeNumber = (locale: Locale, option: string) => (value: string): number => {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(t(locale, 'badNumber', { option, value }));
  return Number(value);
};

function buildProgram(context: CliContext, setExit: (code: number) => void): Command {
  const { locale } = context;
  const localeChoice = (): Option => new Option('--locale <locale>', t(locale, 'optLocale')).choices(['en', 'sv']);
  const configOption = (): Option => new Option('-c, --config <file>', t(locale, 'optConfig'));
  const maxFileSizeOption = (text: 'optMaxFileSizeRead' | 'optMaxFileSizeImport' = 'optMaxFileSizeRead'): Option =>
    new Option('--max-file-size <MB>', t(locale, text)).argParser(wholeNumber(locale, '--max-file-size'));

  // Commander's own usage errors get the same one-line form as ours, with a pointer to --help.
  const output = {
    writeOut: (text: string) => context.stdout.write(text),
    writeErr: (text: string) => context.stderr.write(text),
    outputError: (text: string, write: (text: string) => void) => write(`rus-survey: ${text.replace(/^error: /, '').trimEnd()} (--help)\n`),
  };
  const program = new Command('rus-survey')
    .description(t(locale, 'programDescription'))
    .version(context.version, '-v, --version')
    .exitOverride()
    .configureOutput(output);

  program
    .command('lint')
    .description(t(locale, 'lintDescription'))
    .argument('[paths...]', t(locale, 'argPaths'))
    .addOption(new Option('-f, --format <format>', t(locale, 'optFormat')).choices(FORMAT_NAMES).default('stylish'))
    .option('--fix', t(locale, 'optFix'))
    .option('--fix-dry-run', t(locale, 'optFixDryRun'))
    .option('--max-warnings <n>', t(locale, 'optMaxWarnings'), wholeNumber(locale, '--max-warnings'))
    .option('--max-file-size <MB>', t(locale, 'optMaxFileSize'), wholeNumber(locale, '--max-file-size'))
    .option('-q, --quiet', t(locale, 'optQuiet'))
    .addOption(configOption())
    .option('--rule <id=severity>', t(locale, 'optRule'), (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .addOption(localeChoice())
    .option('-o, --output <file>', t(locale, 'optOutput'))
    .action(async (paths: string[], options: LintOptions) => setExit(await runLint(paths, options, context)));

  program
    .command('import')
    .description(t(locale, 'importDescription'))
    .argument('<file>', t(locale, 'argImportFile'))
    .option('-o, --output <file>', t(locale, 'optOutput'))
    .addOption(new Option('--from <format>', t(locale, 'optFrom')).choices(IMPORT_FORMATS))
    .option('--org-column <name>', t(locale, 'optOrgColumn'))
    .option('--title <title>', t(locale, 'optTitle'))
    .option('--part <name=from-to>', t(locale, 'optPart'), (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--roster <presets-or-names>', t(locale, 'optRoster'))
    .addOption(maxFileSizeOption('optMaxFileSizeImport'))
    .addOption(localeChoice())
    .action(async (file: string, options: ImportCommandOptions) => setExit(await runImport(file, options, context)));

  program
    .command('export')
    .description(t(locale, 'exportDescription'))
    .argument('<file>', t(locale, 'argSurveyFile'))
    .addOption(new Option('-f, --format <format>', t(locale, 'optFormat')).choices(EXPORT_FORMATS).default('docx'))
    .option('-o, --output <file>', t(locale, 'optOutputOffice'))
    .option('--coverage', t(locale, 'optCoverage'))
    .addOption(maxFileSizeOption())
    .addOption(configOption())
    .addOption(localeChoice())
    .action(async (file: string, options: ExportOptions) => setExit(await runExport(file, options, context)));

  program
    .command('compare')
    .description(t(locale, 'compareDescription'))
    .argument('<files...>', t(locale, 'argSurveyFiles'))
    .addOption(new Option('-f, --format <format>', t(locale, 'optFormat')).choices(COMPARE_FORMATS).default('csv'))
    .option('--orgs <names>', t(locale, 'optOrgs'))
    .option('--questions <numbers>', t(locale, 'optQuestions'))
    .addOption(new Option('--by <what>', t(locale, 'optBy')).choices(['question', 'organisation']).default('question'))
    .addOption(maxFileSizeOption())
    .option('-o, --output <file>', t(locale, 'optOutputOffice'))
    .addOption(configOption())
    .addOption(localeChoice())
    .action(async (files: string[], options: CompareOptions) => setExit(await runCompare(files, options, context)));

  program
    .command('stats')
    .description(t(locale, 'statsDescription'))
    .argument('<file>', t(locale, 'argSurveyFile'))
    .addOption(configOption())
    .addOption(maxFileSizeOption())
    .addOption(localeChoice())
    .action((file: string, options: { config?: string; maxFileSize?: number }) => setExit(runStats(file, options, context)));

  for (const command of program.commands) {
    command.exitOverride().configureOutput(output);
  }
  return program;
}

/**
 * Runs the CLI and returns the exit code: 0 clean, 1 lint errors or too many warnings, 2 usage, config or
 * I/O failure. Never throws and never prints a stack trace (unless RUS_SURVEY_DEBUG is set).
 */
export async function main(argv: readonly string[], environment: MainEnvironment): Promise<number> {
  const locale = localeFrom(localeOption(argv), environment.env);
  const context: CliContext = { ...environment, locale, version: readVersion() };
  let exitCode = EXIT_OK;
  try {
    const program = buildProgram(context, (code) => {
      exitCode = code;
    });
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_FAILURE;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with code 0; every other commander error is a usage error, already printed.
      return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    }
    if (error instanceof CliError) {
      for (const line of error.message.split('\n')) context.stderr.write(`${t(locale, 'errorPrefix', { message: line })}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.stderr.write(`${t(locale, 'errorPrefix', { message: t(locale, 'internalError', { message }) })}\n`);
    if (environment.env.RUS_SURVEY_DEBUG && error instanceof Error && error.stack) context.stderr.write(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
}
