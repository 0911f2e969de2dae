// Background validation, one document at a time and only while no client message waits (ClientActivity),
// so a long lint of one document never holds up requests already sent about another. A document scheduled
// again before its turn keeps one place in the queue: the job runs once, on the text current then, so a
// superseded version is never validated.
import type { ClientActivity } from './client-activity.js';

export class ValidationQueue {
  private readonly waiting = new Map<string, () => Promise<void>>();
  private draining = false;

  constructor(
    private readonly activity: ClientActivity,
    private readonly onError: (uri: string, error: unknown) => void,
    /** Told when the queue starts working (true) and when it has run dry (false). */
    private readonly onBusy: (busy: boolean) => void = () => undefined,
  ) {}

  schedule(uri: string, job: () => Promise<void>): void {
    this.waiting.delete(uri);
    this.waiting.set(uri, job);
    void this.drain();
  }

  cancel(uri: string): void {
    this.waiting.delete(uri);
  }

  /** Waits for its turn like a validation, for work a request needs (a pulled diagnostic report). */
  async turn(): Promise<void> {
    await this.activity.idle();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    this.onBusy(true);
    try {
      while (this.waiting.size > 0) {
        await this.activity.idle();
        const next = this.waiting.entries().next().value;
        if (!next) break;
        const [uri, job] = next;
        this.waiting.delete(uri);
        try {
          await job();
        } catch (error) {
          this.onError(uri, error);
        }
      }
    } finally {
      this.draining = false;
      this.onBusy(false);
    }
  }
}
