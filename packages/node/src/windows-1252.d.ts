// The package's own typings are an ambient module its package.json `exports` does not point at, so NodeNext
// resolution cannot find them; these are the same two signatures.
declare module 'windows-1252' {
  export function encode(text: string, options?: { mode: 'fatal' | 'replacement' }): Uint16Array;
  export function decode(input: Uint8Array | Uint16Array | string, options?: { mode: 'fatal' | 'replacement' }): string;
}
