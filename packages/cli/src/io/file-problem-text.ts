import type { DecodedText, FileProblem } from '@rus-survey/node';
import { t, type Locale } from '../i18n.js';

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1).replace(/\.0+$/, '');

const FILE_TYPES: Record<string, { en: string; sv: string }> = {
  FIFO: { en: 'FIFO (named pipe)', sv: 'FIFO (namngiven pipe)' },
  socket: { en: 'socket', sv: 'socket' },
  'character device': { en: 'character device', sv: 'teckenenhet' },
  'block device': { en: 'block device', sv: 'blockenhet' },
};

/** The node layer's FileProblem in the CLI's words. */
export function fileProblemText(problem: FileProblem, locale: Locale, file: string): string {
  const { details } = problem;
  switch (problem.kind) {
    case 'missing':
      return t(locale, 'fileMissing', { file });
    case 'folder':
      return t(locale, 'fileIsFolder', { file });
    case 'not-regular':
      return t(locale, 'fileNotRegular', { file, type: FILE_TYPES[details.fileType ?? '']?.[locale] ?? (locale === 'sv' ? 'specialfil' : 'special file') });
    case 'too-large':
      return t(locale, 'fileTooLarge', { file, size: megabytes(details.size ?? 0), limit: megabytes(details.limit ?? 0) });
    case 'binary':
      return t(locale, 'fileBinary', { file });
    case 'link-loop':
      return t(locale, 'fileLinkLoop', { file });
    case 'read-only':
      return t(locale, 'fileReadOnly', { file });
    case 'unwritable':
      return t(locale, 'writeFailed', { file, reason: details.code ?? problem.kind });
    case 'unreadable':
      return t(locale, 'fileUnreadable', { file, reason: details.code ?? problem.kind });
  }
}

/** The notice for a file that was not plain UTF-8 (undefined for plain UTF-8, with or without a BOM). */
export function decodingNotice(decoded: DecodedText, locale: Locale, file: string): string | undefined {
  const line = decoded.firstBadLine ?? 1;
  const order = decoded.encoding === 'utf-16be' ? 'big-endian' : 'little-endian';
  switch (decoded.encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return decoded.certainty === 'guess' ? t(locale, 'noticeBrokenUtf8', { file, line }) : undefined;
    case 'utf-16le':
    case 'utf-16be':
      return decoded.certainty === 'guess' ? t(locale, 'noticeBrokenUtf16', { file, order, line }) : t(locale, 'noticeUtf16', { file, order });
    case 'windows-1252':
      return decoded.certainty === 'guess' ? t(locale, 'noticeGuessWindows1252', { file, line }) : t(locale, 'noticeWindows1252', { file });
  }
}
