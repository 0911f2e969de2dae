import { compareMatrix } from '@rus-survey/core';
import { renderStandaloneHtml } from '@rus-survey/compare-ui';
import type { CliContext } from '../context.js';
import { EXIT_OK } from '../errors.js';
import { bytesOfMegabytes, loadSurveys } from '../io/load-surveys.js';
import { writeOutput } from '../io/output.js';
import { writeBinaryOutput } from '../office/office-files.js';

export const EXPORT_FORMATS = ['docx', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  output?: string;
  coverage?: boolean;
  config?: string;
  /** `--max-file-size`, in MB. */
  maxFileSize?: number;
}

/**
 * One survey as the network circulates it: a Word document (title, notice, parts and questions as headings, a table
 * per question, optionally the coverage), or the standalone HTML report (print it to PDF from the browser).
 */
export async function runExport(file: string, options: ExportOptions, context: CliContext): Promise<number> {
  const [source] = loadSurveys([file], context, options.config, bytesOfMegabytes(options.maxFileSize));
  const inputs = [file, ...(options.config ? [options.config] : [])];
  if (options.format === 'html') {
    writeOutput(context, options.output, renderStandaloneHtml(compareMatrix([source!]), { locale: context.locale }), inputs);
    return EXIT_OK;
  }
  const { surveyDocument } = await import('@rus-survey/office');
  const bytes = await surveyDocument(source!.survey, { coverage: options.coverage === true, locale: context.locale, ...(source!.config ? { config: source!.config } : {}) });
  writeBinaryOutput(context, options.output, bytes, 'docx', inputs);
  return EXIT_OK;
}
