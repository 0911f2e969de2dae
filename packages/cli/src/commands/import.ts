import { extname } from 'node:path';
import {
  importNoteMessage,
  importSeedText,
  serializeSurveyContent,
  summariseImport,
  type ImportOptions,
  type PartRange,
  type SurveyImport,
} from '@rus-survey/core';
import type { CliContext } from '../context.js';
import { CliError, EXIT_OK } from '../errors.js';
import { t } from '../i18n.js';
import { outputPath, writeOutput } from '../io/output.js';
import { bytesOfMegabytes, readNamedFile } from '../io/load-surveys.js';
import { parsePartFlag, parseRosterFlag } from '../office/import-flags.js';
import { readOfficeFile } from '../office/office-files.js';

export const IMPORT_FORMATS = ['docx', 'csv', 'xlsx', 'text'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportCommandOptions {
  output?: string;
  from?: ImportFormat;
  orgColumn?: string;
  title?: string;
  part?: string[];
  roster?: string;
  /** `--max-file-size`, in MB. */
  maxFileSize?: number;
}

/** The format a file's extension names; anything else is the Word text export. */
export function importFormatOf(file: string): ImportFormat {
  const extension = extname(file).toLowerCase();
  return extension === '.docx' ? 'docx' : extension === '.xlsx' ? 'xlsx' : extension === '.csv' || extension === '.tsv' ? 'csv' : 'text';
}

/** The seed's text export, through core's seed importer; --title and --roster still apply. */
function importText(context: CliContext, file: string, options: ImportOptions, maxBytes?: number): { import: SurveyImport; markdown: string; notes: string[] } {
  const read = readNamedFile(file, context, maxBytes);
  const seed = importSeedText(read.text);
  const content = { ...seed.content };
  if (options.title) content.title = options.title;
  if (options.roster?.length) content.frontMatter = { ...content.frontMatter, organisations: [...options.roster] };
  const changed = content.title !== seed.content.title || content.frontMatter !== seed.content.frontMatter;
  return {
    import: { content, summary: summariseImport(content), notes: [], failure: null },
    markdown: changed ? serializeSurveyContent(content) : seed.markdown,
    notes: seed.notes,
  };
}

/**
 * A Word document, a web form's export (.csv, .xlsx) or the seed's text export → canonical survey Markdown. What
 * was recognised and every note go to stderr, for a person to check; the office readers load only when needed.
 */
export async function runImport(file: string, options: ImportCommandOptions, context: CliContext): Promise<number> {
  const { locale } = context;
  // Refused before anything is read or reported: -o must not name the file being imported.
  if (options.output) outputPath(context, options.output, [file]);
  const format = options.from ?? importFormatOf(file);
  const parts: PartRange[] = (options.part ?? []).map((value) => parsePartFlag(value, locale));
  const importOptions: ImportOptions = {
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(parts.length ? { parts } : {}),
    ...(options.roster !== undefined ? { roster: parseRosterFlag(options.roster) } : {}),
    ...(options.orgColumn !== undefined ? { organisationColumn: options.orgColumn } : {}),
  };

  let result: SurveyImport;
  let markdown: string;
  if (format === 'text') {
    const text = importText(context, file, importOptions, bytesOfMegabytes(options.maxFileSize));
    for (const note of text.notes) context.stderr.write(`${t(locale, 'importNote', { note })}\n`);
    result = text.import;
    markdown = text.markdown;
  } else {
    const bytes = readOfficeFile(context, file, bytesOfMegabytes(options.maxFileSize));
    const office = await import('@rus-survey/office');
    result =
      format === 'docx'
        ? await office.importDocx(bytes, importOptions)
        : format === 'xlsx'
          ? await office.importXlsx(bytes, importOptions)
          : office.importCsv(bytes, importOptions);
    if (result.failure) throw new CliError(`${file}: ${importNoteMessage(result.failure, locale)}`);
    markdown = serializeSurveyContent(result.content);
  }

  const { summary } = result;
  context.stderr.write(
    `${t(locale, 'importRecognised', { file, parts: summary.parts, questions: summary.questions, organisations: summary.organisations.length, answers: summary.answers })}\n`,
  );
  if (summary.organisations.length) context.stderr.write(`${t(locale, 'importOrganisations', { names: summary.organisations.join(', ') })}\n`);
  if (summary.skippedColumns.length) context.stderr.write(`${t(locale, 'importSkippedColumns', { columns: summary.skippedColumns.map((c) => `"${c}"`).join(', ') })}\n`);
  for (const note of result.notes) context.stderr.write(`${t(locale, 'importNote', { note: importNoteMessage(note, locale) })}\n`);
  writeOutput(context, options.output, markdown, [file]);
  return EXIT_OK;
}
