/**
 * A CSV file's bytes as text: UTF-8 with or without a byte order mark, else Windows-1252 (what Swedish Excel's
 * "CSV (semikolonavgränsad)" writes). Every byte is a character in Windows-1252, so nothing is lost either way.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/**
 * `;` or `,`: the one that splits the header line (outside quotes) into more fields. Swedish Excel writes `;`
 * because the comma is the decimal sign; forms' own exports write `,`.
 */
export function detectCsvDelimiter(text: string): ';' | ',' {
  let inQuotes = false;
  const counts = { ';': 0, ',': 0 };
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && (char === ';' || char === ',')) counts[char]++;
  }
  return counts[';'] > counts[','] ? ';' : ',';
}
