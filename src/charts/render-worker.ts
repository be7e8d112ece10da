/**
 * The chart worker thread: renders specs one at a time, in the order asked, so the main thread's event
 * loop keeps serving updates while vega and resvg spend their tens of milliseconds here.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { renderSpec } from './render-spec.js';

export interface RenderRequest {
  id: number;
  spec: TopLevelSpec;
}

export type RenderReply =
  | { id: number; ok: true; png: Uint8Array; width: number; height: number }
  | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread');

async function answer({ id, spec }: RenderRequest): Promise<void> {
  try {
    const chart = await renderSpec(spec);
    port!.postMessage({ id, ok: true, ...chart } satisfies RenderReply);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port!.postMessage({ id, ok: false, message } satisfies RenderReply);
  }
}

let queue = Promise.resolve();
port.on('message', (request: RenderRequest) => {
  queue = queue.then(() => answer(request));
});
