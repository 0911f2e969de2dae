// V8 keeps the heap pages a burst of work committed: after 200 surveys are opened the server stayed at 150–200
// MiB resident for as long as nobody typed (V8's memory reducer did not bring it down within 20 s). A plain full
// collection frees the garbage but leaves the old generation's pages as fragmented as they were (committed heap
// 112 → 99 MiB, resident 159); a compacting one moves the live objects together and gives the pages back
// (114 → 78 MiB, resident 138–140). So once the client has been quiet for a second after the committed heap
// grew by more than `growth`, the server collects once, compacting. It blocks for its length (0.8–1.0 s at
// load average 13–18 on 2 cores after 201 documents were opened), so it runs only after such growth: typing
// with pauses does not pay for it on every pause.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8's `gc()`, without the process having been started with --expose-gc: the flag, set now, gives new
 * contexts the function. Undefined where that does not work.
 */
export function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** A full collection that also compacts the old generation (the flag is read by each full collection). */
export function compactingCollection(gc: () => void): () => void {
  return () => {
    setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      setFlagsFromString('--no-compact-on-every-full-gc');
    }
  };
}

const committedHeap = (): number => getHeapStatistics().total_heap_size;

export class IdleCollection {
  private timer: NodeJS.Timeout | undefined;
  /** The committed heap after the last collection (or at start). */
  private settled: number;
  /** Told what each collection cost and left (for the log). */
  onCollected: (report: { pauseMs: number; committedBefore: number; committedAfter: number }) => void = () => undefined;
  /** Work in progress (validations between their pauses): the collection waits for another quiet period. */
  busy: () => boolean = () => false;

  constructor(
    private readonly collect: () => void,
    private readonly quietMs = 1000,
    private readonly growth = 32 * 2 ** 20,
    /** The heap V8 has committed, in bytes. */
    private readonly committed: () => number = committedHeap,
  ) {
    this.settled = committed();
  }

  /** Something happened (a client message, a validation ended): the quiet period starts again. */
  activity(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collectIfGrown(), this.quietMs);
    // A quiet server must still exit when its client goes.
    this.timer.unref();
  }

  private collectIfGrown(): void {
    this.timer = undefined;
    if (this.busy()) {
      this.activity();
      return;
    }
    const committedBefore = this.committed();
    if (committedBefore - this.settled < this.growth) return;
    const start = performance.now();
    this.collect();
    const pauseMs = performance.now() - start;
    this.settled = this.committed();
    this.onCollected({ pauseMs, committedBefore, committedAfter: this.settled });
  }
}
