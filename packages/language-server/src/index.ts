// For embedding: start the server on a connection you created (the bin does this for stdio and IPC).
export { startServer } from './server.js';
