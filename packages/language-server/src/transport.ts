// The connection's two ends, chosen by the command line as vscode-languageserver would (--stdio, --node-ipc,
// --socket=N, --pipe=NAME). The bin builds them itself so it can watch the reader: a malformed frame is an
// error event there, and the server must then exit (see bin.ts) rather than wait for a frame that never comes.
import { format } from 'node:util';
import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node.js';

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
}

function argument(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** The transport the arguments ask for; undefined when they name none. */
export function openTransport(argv: readonly string[]): Transport | undefined {
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  if (argv.includes('--stdio')) {
    // stdout carries the protocol: anything a dependency logs goes to stderr instead.
    const toStderr = (...args: unknown[]): void => void process.stderr.write(`${format(...args)}\n`);
    console.log = console.info = console.debug = console.warn = console.error = console.trace = toStderr;
    return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout) };
  }
  const port = Number(argument(argv, '--socket'));
  if (Number.isInteger(port) && port > 0) {
    const [reader, writer] = createServerSocketTransport(port);
    return { reader, writer };
  }
  const pipe = argument(argv, '--pipe');
  if (pipe) {
    const [reader, writer] = createServerPipeTransport(pipe);
    return { reader, writer };
  }
  return undefined;
}
