// Analyses kept by URI, least recently used dropped first once their texts together pass a number of characters.
// A survey's model, roster and line index take about ten times its text's size in memory (issue 11: 200 small
// surveys open held 50 MB), so the bound is on characters, not on entries. The entry used last always stays,
// however large, so the document being edited keeps its incremental linter.

export interface CacheEntry<T> {
  key: string;
  value: T;
  /** What the entry counts against the bound: its text's length. */
  characters: number;
}

export class AnalysisCache<T> {
  /** In order of use, least recent first (a Map keeps insertion order; a use re-inserts). */
  private readonly entries = new Map<string, CacheEntry<T>>();
  private total = 0;

  constructor(
    private readonly maxCharacters: number,
    /** Told about each entry the bound drops (not about `delete`), so its owner can drop what goes with it. */
    private readonly onEvict: (uri: string) => void = () => undefined,
  ) {}

  /** The entry for `uri` when its key is `key`, marked as used. */
  get(uri: string, key: string): T | undefined {
    const entry = this.entries.get(uri);
    if (!entry || entry.key !== key) return undefined;
    this.entries.delete(uri);
    this.entries.set(uri, entry);
    return entry.value;
  }

  set(uri: string, key: string, value: T, characters: number): void {
    this.delete(uri);
    this.entries.set(uri, { key, value, characters });
    this.total += characters;
    for (const oldest of this.entries.keys()) {
      if (this.total <= this.maxCharacters || oldest === uri) break;
      this.delete(oldest);
      this.onEvict(oldest);
    }
  }

  delete(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    this.total -= entry.characters;
  }
}
