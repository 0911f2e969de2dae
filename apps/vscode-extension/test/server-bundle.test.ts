// The bundled server (dist/server.js, made by `build`) starts over Node IPC and answers initialize: bundling
// mistakes (a dependency esbuild cannot follow) show here rather than in a VS Code window.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('answers initialize over --node-ipc', async () => {
  const server = fork(fileURLToPath(new URL('../dist/server.js', import.meta.url)), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  try {
    const reply = await new Promise<{ result?: { serverInfo?: { name: string } } }>((resolve, reject) => {
      server.once('message', resolve);
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      server.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    });
    expect(reply.result?.serverInfo?.name).toBe('rus-survey-language-server');
  } finally {
    server.kill();
  }
}, 15000);
