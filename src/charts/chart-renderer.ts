/**
 * One long-lived worker thread renders every chart (render-worker.ts). Measured (bench/chart-render.ts):
 * a render blocks the thread that runs it for well over 50 ms, too long for the thread serving updates.
 * The worker starts with the first chart, takes requests in order, and does not keep the process alive
 * while idle; a worker that dies or hangs is replaced at the next chart.
 */
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { RenderedChart } from './render-spec.js';
import type { RenderReply, RenderRequest } from './render-worker.js';

/** A render takes well under a second; one that takes this long has wedged the worker. */
const RENDER_TIMEOUT_MS = 30_000;

/** Under tsx or vitest this module is the .ts source, from dist it is compiled .js: pick the twin. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** From source the .ts worker is loaded through tsx (ts-worker-loader.mjs says why). */
function spawnWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(new URL('./render-worker.js', import.meta.url));
  const entry = new URL('./render-worker.ts', import.meta.url).href;
  return new Worker(new URL('./ts-worker-loader.mjs', import.meta.url), { workerData: { entry } });
}

interface Pending {
  resolve: (chart: RenderedChart) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(error: Error): void {
  for (const [id, request] of pending) {
    clearTimeout(request.timer);
    pending.delete(id);
    request.reject(error);
  }
}

function settle(reply: RenderReply): void {
  const request = pending.get(reply.id);
  if (!request) return;
  clearTimeout(request.timer);
  pending.delete(reply.id);
  if (pending.size === 0) worker?.unref();
  if (reply.ok) request.resolve({ png: reply.png, width: reply.width, height: reply.height });
  else request.reject(new Error(`chart render failed: ${reply.message}`));
}

function startWorker(): Worker {
  const started = spawnWorker();
  started.on('message', settle);
  started.on('error', (error) => {
    if (worker === started) worker = undefined;
    failAll(error);
  });
  started.on('exit', (code) => {
    if (worker === started) worker = undefined;
    failAll(new Error(`chart worker stopped (exit code ${code})`));
  });
  started.unref();
  return started;
}

/** Renders a vega-lite spec to PNG in the chart worker. */
export function renderInWorker(spec: TopLevelSpec): Promise<RenderedChart> {
  worker ??= startWorker();
  const current = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // A wedged worker would fail every later chart too: replace it.
      if (worker === current) worker = undefined;
      void current.terminate();
      failAll(new Error(`chart render timed out after ${RENDER_TIMEOUT_MS} ms`));
    }, RENDER_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    current.ref();
    current.postMessage({ id, spec } satisfies RenderRequest);
  });
}

/** Stops the worker (shutdown, tests); charts still waiting are refused. The next chart starts a new one. */
export async function closeChartRenderer(): Promise<void> {
  const current = worker;
  worker = undefined;
  failAll(new Error('chart renderer closed'));
  if (current) await current.terminate();
}
