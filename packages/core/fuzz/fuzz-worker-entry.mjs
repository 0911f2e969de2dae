// Worker threads do not inherit tsx's loader on Node 20; the worker registers it, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./fuzz-worker.ts');
