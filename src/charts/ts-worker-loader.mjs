// Starts the TypeScript chart worker when dika runs from source (tsx, vitest). On Node 20 a worker does
// not inherit tsx's loader (`--import` hooks stay on the parent thread), so this plain module loads the
// .ts entry through tsx's API. Compiled dika (dist/) starts render-worker.js directly and never needs it.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
