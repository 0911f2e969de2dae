import mammoth from 'mammoth';
import type { ImportNote, ImportOptions, SurveyImport } from '@rus-survey/core';
import { importDocxHtml } from '@rus-survey/core/docx-html';

/** Word's Title style reads as the document's H1; mammoth maps Heading 1–6 itself. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/** A Word document → survey content, through mammoth's HTML; mammoth's own warnings become notes. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<SurveyImport> {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  const result = importDocxHtml(html, options);
  const readerNotes: ImportNote[] = messages
    .filter((message) => message.type === 'error' || !/^Unrecognised (paragraph|run) style/.test(message.message))
    .map((message) => ({ id: 'readerMessage', data: { message: message.message } }));
  return { ...result, notes: [...readerNotes, ...result.notes] };
}
