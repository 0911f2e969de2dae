// @rus-survey/office: Word and Excel in and out. Node only (mammoth, exceljs, csv-parse, docx); every survey fact
// (what a column means, coverage, escaping) comes from @rus-survey/core.
export { importDocx } from './read-docx.js';
export { importXlsx } from './read-xlsx.js';
export { importCsv, type CsvImport } from './read-csv.js';
export { decodeCsvBytes, detectCsvDelimiter } from './csv-text.js';
export { matrixWorkbook, type MatrixWorkbookOptions } from './write-xlsx.js';
export { roundsWorkbook } from './write-rounds-xlsx.js';
export { surveyDocument, type SurveyDocumentOptions } from './write-docx.js';
export { STATUS_COLOURS } from './status-colours.js';
