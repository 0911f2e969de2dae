#!/usr/bin/env node
// The executable: a connection over --stdio, --node-ipc or --socket=N (vscode-languageserver reads argv).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

const transports = ['--stdio', '--node-ipc', '--socket=', '--pipe=', '--clientProcessId'];
if (!process.argv.some((arg) => transports.some((transport) => arg.startsWith(transport)))) {
  process.stderr.write('Usage: rus-survey-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// The server must outlive any one bad request or file; log what escaped and keep serving.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
startServer(connection);
connection.listen();
