#!/usr/bin/env node
// The executable: a connection over --stdio, --node-ipc, --socket=N or --pipe=NAME.
import { resolveLocale } from '@rus-survey/core';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { ClientActivity } from './client-activity.js';
import { LifecycleGate } from './lifecycle-gate.js';
import { startServer } from './server.js';
import { openTransport } from './transport.js';
import { fatalText } from './fatal-text.js';
import { compactingCollection, exposedGc, IdleCollection } from './idle-collection.js';

const transport = openTransport(process.argv.slice(2));
if (!transport) {
  process.stderr.write('Usage: rus-survey-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(2);
}

const activity = new ClientActivity();
const gc = exposedGc();
const idle = gc ? new IdleCollection(compactingCollection(gc)) : undefined;
const gate = new LifecycleGate(transport.reader, transport.writer, (message) => {
  activity.messageReceived(message);
  idle?.activity();
});
// A malformed frame (a Content-Length that is missing, not a number, or does not match the body) leaves the
// reader out of step with the stream: no later frame can be trusted. vscode-jsonrpc reports it and reads on,
// silently; exiting instead lets the client notice and restart the server.
transport.reader.onError((error) => {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  process.stderr.write(`${fatalText(resolveLocale(gate.clientLocale), 'malformedMessage', { detail })}\n`);
  process.exit(1);
});
// The client went away: exit as `exit` would (0 after shutdown, 1 without).
transport.reader.onClose(() => process.exit(gate.state === 'shut-down' ? 0 : 1));

const connection = createConnection(ProposedFeatures.all, gate, transport.writer, {
  messageStrategy: {
    handleMessage(message, next) {
      activity.messageDispatched(message);
      next(message);
    },
  },
});
// The server must outlive any one bad request or file; log what escaped and keep serving.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
if (idle) {
  const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
  idle.onCollected = ({ pauseMs, committedBefore, committedAfter }) =>
    connection.console.log(`Quiet after the heap grew: collected garbage in ${pauseMs.toFixed(0)} ms (heap ${mib(committedBefore)} → ${mib(committedAfter)} MiB).`);
}
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
let validating = false;
if (idle) idle.busy = () => validating;
startServer(connection, {
  activity,
  onValidating: (busy) => {
    validating = busy;
    if (!busy) idle?.activity();
  },
});
connection.listen();
