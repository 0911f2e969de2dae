// A minimal LSP client over stdio (Content-Length framing), enough to time the server as an editor sees it:
// requests with their latency, notifications, and answers to the server's own requests.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function startServer(serverPath, { settings = {}, execArgv = [] } = {}) {
  const child = spawn(process.execPath, [...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();

  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const answerServer = (message) => {
    // workspace/configuration: one item per section asked for; everything else gets null.
    const result = message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => settings) : null;
    send({ id: message.id, result });
  };
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method) answerServer(message);
      else if (message.id !== undefined) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      } else for (const listener of listeners) listener(message);
    }
  });

  return {
    pid: child.pid,
    request(method, params) {
      const id = nextId++;
      send({ id, method, params });
      return new Promise((resolve) => pending.set(id, resolve));
    },
    notify(method, params) {
      send({ method, params });
    },
    /** Resolves with the first notification `accept` takes. */
    waitFor(method, accept = () => true) {
      return new Promise((resolve) => {
        const listener = (message) => {
          if (message.method === method && accept(message.params)) {
            listeners.delete(listener);
            resolve(message.params);
          }
        };
        listeners.add(listener);
      });
    },
    /** Resident set size now and at its peak, in MiB (Linux /proc). */
    memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kib = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
      return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
    },
    async stop() {
      await this.request('shutdown', null);
      this.notify('exit', null);
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
