// The protocol's edges, spoken over raw stdio: broken frames and the initialize → shutdown → exit lifecycle.
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  ResponseError,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node.js';
import { SERVER_BIN } from './lsp-client.js';

interface RawServer {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function spawnServer(): RawServer {
  const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

function connect(server: RawServer): ProtocolConnection {
  const connection = createProtocolConnection(new StreamMessageReader(server.child.stdout!), new StreamMessageWriter(server.child.stdin!));
  connection.listen();
  return connection;
}

const initializeParams = { processId: process.pid, rootUri: null, capabilities: {} };
const hoverParams = { textDocument: { uri: 'file:///nowhere/a.survey.md' }, position: { line: 0, character: 0 } };

async function errorOf(promise: Promise<unknown>): Promise<ResponseError<unknown> | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error as ResponseError<unknown>;
  }
}

/** One frame as bytes, with the Content-Length header given (or the right one). */
function frame(message: unknown, header?: string): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`${header ?? `Content-Length: ${body.length}`}\r\n\r\n`, 'ascii'), body]);
}

async function stop(server: RawServer): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill();
  await server.exited;
}

describe('malformed frames', () => {
  const hover = (id: number) => ({ jsonrpc: '2.0', id, method: HoverRequest.method, params: hoverParams });
  const body = Buffer.byteLength(JSON.stringify(hover(7)));
  const cases: Record<string, string> = {
    'a short Content-Length': `Content-Length: ${body - 5}`,
    'a long Content-Length': `Content-Length: ${body + 40}`,
    'a negative Content-Length': 'Content-Length: -5',
    'a non-numeric Content-Length': 'Content-Length: lots',
    'no Content-Length': 'Content-Type: application/vscode-jsonrpc; charset=utf-8',
  };

  for (const [name, header] of Object.entries(cases)) {
    it(`exits with a message and a non-zero code after ${name}`, async () => {
      const server = spawnServer();
      try {
        const connection = connect(server);
        await connection.sendRequest(InitializeRequest.type, initializeParams);
        connection.dispose();
        const stdin = server.child.stdin!;
        stdin.write(frame(hover(7), header));
        // What a client sends next: for the long header these bytes are what shows the body overran its frame.
        stdin.write(frame(hover(8)));
        stdin.write(frame(hover(9)));
        expect(await server.exited).toBe(1);
        expect(server.stderr()).toMatch(/malformed message/);
      } finally {
        await stop(server);
      }
    });
  }

  it('writes the message in Swedish for a Swedish client', async () => {
    const server = spawnServer();
    try {
      const connection = connect(server);
      await connection.sendRequest(InitializeRequest.type, { ...initializeParams, locale: 'sv-SE' });
      connection.dispose();
      server.child.stdin!.write(frame(hover(7), 'Content-Length: x'));
      expect(await server.exited).toBe(1);
      expect(server.stderr()).toMatch(/felaktigt meddelande/);
    } finally {
      await stop(server);
    }
  });
});

describe('lifecycle', () => {
  it('answers a request before initialize with ServerNotInitialized, then initializes normally', async () => {
    const server = spawnServer();
    try {
      const connection = connect(server);
      const error = await errorOf(connection.sendRequest(HoverRequest.type, hoverParams));
      expect(error?.code).toBe(ErrorCodes.ServerNotInitialized);
      const result = await connection.sendRequest(InitializeRequest.type, initializeParams);
      expect(result.capabilities.hoverProvider).toBe(true);
      expect(await connection.sendRequest(HoverRequest.type, hoverParams)).toBeNull();
      connection.dispose();
    } finally {
      await stop(server);
    }
  });

  it('answers requests after shutdown with InvalidRequest and exits 0 on exit', async () => {
    const server = spawnServer();
    try {
      const connection = connect(server);
      await connection.sendRequest(InitializeRequest.type, initializeParams);
      expect(await connection.sendRequest(ShutdownRequest.type)).toBeNull();
      const error = await errorOf(connection.sendRequest(HoverRequest.type, hoverParams));
      expect(error?.code).toBe(ErrorCodes.InvalidRequest);
      await connection.sendNotification(ExitNotification.type);
      expect(await server.exited).toBe(0);
      connection.dispose();
    } finally {
      await stop(server);
    }
  });

  it('exits 1 on exit without shutdown', async () => {
    const server = spawnServer();
    try {
      const connection = connect(server);
      await connection.sendRequest(InitializeRequest.type, initializeParams);
      await connection.sendNotification(ExitNotification.type);
      expect(await server.exited).toBe(1);
      connection.dispose();
    } finally {
      await stop(server);
    }
  });

  it('exits 1 when the client closes the stream without shutdown', async () => {
    const server = spawnServer();
    try {
      const connection = connect(server);
      await connection.sendRequest(InitializeRequest.type, initializeParams);
      connection.dispose();
      server.child.stdin!.end();
      expect(await server.exited).toBe(1);
    } finally {
      await stop(server);
    }
  });
});
