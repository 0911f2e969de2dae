// The server collects garbage once the client has been quiet for a while after the heap grew, and not otherwise.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compactingCollection, exposedGc, IdleCollection } from '../src/idle-collection.js';

const MiB = 2 ** 20;

describe('IdleCollection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function collection(heap: { committed: number }) {
    const collected: number[] = [];
    const idle = new IdleCollection(
      () => {
        collected.push(heap.committed);
        heap.committed -= 40 * MiB;
      },
      1000,
      32 * MiB,
      () => heap.committed,
    );
    return { idle, collected };
  }

  it('collects after a quiet second once the heap grew past the threshold, and waits while activity goes on', () => {
    const heap = { committed: 60 * MiB };
    const { idle, collected } = collection(heap);
    heap.committed = 120 * MiB;
    idle.activity();
    vi.advanceTimersByTime(900);
    idle.activity();
    vi.advanceTimersByTime(900);
    expect(collected).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(collected).toEqual([120 * MiB]);
  });

  it('does not collect when the heap grew less than the threshold since the last collection', () => {
    const heap = { committed: 60 * MiB };
    const { idle, collected } = collection(heap);
    heap.committed = 91 * MiB;
    idle.activity();
    vi.advanceTimersByTime(5000);
    expect(collected).toEqual([]);
    heap.committed = 130 * MiB;
    idle.activity();
    vi.advanceTimersByTime(1000);
    expect(collected).toEqual([130 * MiB]);
    // 90 MiB now settled: quiet again without growth collects nothing.
    idle.activity();
    vi.advanceTimersByTime(5000);
    expect(collected).toEqual([130 * MiB]);
  });

  it('waits while validations are running, then collects after a quiet second', () => {
    const heap = { committed: 60 * MiB };
    const { idle, collected } = collection(heap);
    let validating = true;
    idle.busy = () => validating;
    heap.committed = 120 * MiB;
    idle.activity();
    vi.advanceTimersByTime(5000);
    expect(collected).toEqual([]);
    validating = false;
    vi.advanceTimersByTime(1000);
    expect(collected).toEqual([120 * MiB]);
  });
});

describe('exposedGc', () => {
  it('gives V8\'s collector without --expose-gc, and the compacting collection runs it', async () => {
    const gc = exposedGc();
    expect(typeof gc).toBe('function');
    let held: object | null = { big: new Array(100_000).fill(1) };
    const ref = new WeakRef(held);
    held = null;
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    compactingCollection(gc!)();
    expect(ref.deref()).toBeUndefined();
  });
});
