// Which client messages are still waiting to be handled, so background work (validation) can step aside:
// vscode-jsonrpc queues what it reads and handles one message per turn of the event loop, and a validation
// started in between would make every queued request wait for it. Counted at the reader (LifecycleGate)
// and at dispatch (the connection's messageStrategy).
import { Message } from 'vscode-languageserver/node.js';

// vscode-jsonrpc may handle a cancellation without queueing it, so it is not counted at either end.
const counts = (message: Message): boolean => !(Message.isNotification(message) && message.method === '$/cancelRequest');

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ClientActivity {
  private received = 0;
  private dispatched = 0;

  messageReceived(message: Message): void {
    if (counts(message)) this.received++;
  }

  messageDispatched(message: Message): void {
    if (counts(message)) this.dispatched++;
  }

  /**
   * Resolves, at least two turns of the event loop later, once every message read so far has been handed to
   * its handler. Two turns without any dispatch while messages seem pending mean the counts drifted (a
   * message the connection dropped): then it resolves too, rather than starve the work that waits.
   */
  async idle(): Promise<void> {
    // vscode-jsonrpc's reader hands a message over one turn after reading its bytes (its read semaphore), so a
    // message read during a turn is counted only in the next: one turn more than the loop takes.
    await turn();
    let quietTurns = 0;
    for (;;) {
      const before = this.dispatched;
      await turn();
      if (this.received <= this.dispatched) return;
      quietTurns = this.dispatched === before ? quietTurns + 1 : 0;
      if (quietTurns >= 2) {
        this.received = this.dispatched;
        return;
      }
    }
  }
}
