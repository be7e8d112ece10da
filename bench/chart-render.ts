/**
 * `npm run bench:chart`: the cost of one /rekap chart (src/charts/), warm: render time p50/p95 for a
 * 10-bar and a 60-bar capaian chart and a 12-week trend, on the main thread and through the chart
 * worker; and what a stream of renders does to the main thread's event loop
 * (perf_hooks.monitorEventLoopDelay) on the main thread vs in the worker, beside the delay of the same
 * loop idle, measured in the same run. The machine is shared: read the ratios, and the load average
 * printed beside them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { TopLevelSpec } from 'vega-lite';
import { capaianChartSpec } from '../src/charts/capaian-chart-spec.js';
import { closeChartRenderer, renderInWorker } from '../src/charts/chart-renderer.js';
import type { RenderedChart } from '../src/charts/render-spec.js';
import { renderSpec } from '../src/charts/render-spec.js';
import { trendChartSpec } from '../src/charts/trend-chart-spec.js';
import { ms, summarize, table } from './stats.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    'loop-renders': { type: 'string', default: '20' },
    out: { type: 'string', default: 'bench/results/2026-12-01-chart.json' },
  },
});
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
const LOOP_RENDERS = Number(values['loop-renders']);

const bars = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    label: `Pegawai ${i + 1} ${'Kusumawardhana '.repeat(i % 3)}`.trim(),
    capaian: i % 9 === 4 ? null : ((i * 37) % 130) + 0.5,
    group: i % 2 ? 'Subbagian Perencanaan' : 'Subbagian Keuangan',
  }));
const weeks = Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10),
);

const charts: Record<string, TopLevelSpec> = {
  'capaian 10 bars': capaianChartSpec({
    title: 'Capaian kinerja pekan 30 Nov – 4 Des 2026',
    subtitle: 'Tim Perencanaan',
    bars: bars(10),
    axisLabel: 'Capaian (%)',
    locale: 'id',
  }).spec,
  'capaian 60 bars': capaianChartSpec({
    title: 'Capaian kinerja pekan 30 Nov – 4 Des 2026',
    bars: bars(60),
    axisLabel: 'Capaian (%)',
    locale: 'id',
  }).spec,
  'trend 12 weeks': trendChartSpec({
    title: 'Tren capaian 12 pekan',
    series: [1, 2, 3].map((s) => ({
      name: `Indikator ${s}`,
      points: weeks.map((week, i) => ({ week, capaian: i === 5 ? null : i * 9 + s * 4 })),
    })),
    axisLabel: 'Capaian (%)',
    locale: 'id',
  }).spec,
};

type Renderer = (spec: TopLevelSpec) => Promise<RenderedChart>;
const renderers: Record<string, Renderer> = { main: renderSpec, worker: renderInWorker };

async function timeRenders(render: Renderer, spec: TopLevelSpec) {
  for (let i = 0; i < WARMUP; i++) await render(spec);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await render(spec);
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/** Event-loop delay (ms) while `work` runs; a 10 ms resolution, as perf_hooks suggests. */
async function loopDelay(work: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  histogram.disable();
  const toMs = (ns: number) => ns / 1e6;
  return {
    seconds,
    p50: toMs(histogram.percentile(50)),
    p99: toMs(histogram.percentile(99)),
    max: toMs(histogram.max),
  };
}

const load: { before: number[]; after?: number[] } = { before: loadavg() };
const timings: Record<string, Record<string, ReturnType<typeof summarize>>> = {};
for (const [where, render] of Object.entries(renderers)) {
  for (const [name, spec] of Object.entries(charts)) {
    timings[name] ??= {};
    timings[name][where] = await timeRenders(render, spec);
    console.error(`${where} ${name}: p50 ${ms(timings[name][where].p50)} ms`);
  }
}

/**
 * The 10-bar chart is what a team's /rekap draws; the 60-bar chart is the worst case. Each render
 * starts from its own turn of the loop, as one per update would: on the main thread a render resolves
 * through promises alone, so renders chained without a yield would make one block of them all.
 */
const stream = (render: Renderer) => async () => {
  for (let i = 0; i < LOOP_RENDERS; i++) {
    for (const spec of [charts['capaian 10 bars']!, charts['capaian 60 bars']!]) {
      await setImmediate();
      await render(spec);
    }
  }
};
const idleFor = (seconds: number) => () => sleep(seconds * 1000);
const onMain = await loopDelay(stream(renderSpec));
const inWorker = await loopDelay(stream(renderInWorker));
const idle = await loopDelay(idleFor(Math.max(2, Math.min(10, inWorker.seconds))));
load.after = loadavg();
await closeChartRenderer();

const ratio = (value: number, base: number) => Number((value / base).toFixed(2));
const result = {
  date: new Date().toISOString(),
  node: process.version,
  loadAverage: load,
  runs: RUNS,
  warmup: WARMUP,
  renderMs: timings,
  eventLoopDelayMs: {
    note: `${LOOP_RENDERS} × (10-bar + 60-bar) renders back to back; baseline = the same loop idle`,
    idle,
    mainThread: onMain,
    worker: inWorker,
    maxRatioToIdle: { mainThread: ratio(onMain.max, idle.max), worker: ratio(inWorker.max, idle.max) },
    p99RatioToIdle: { mainThread: ratio(onMain.p99, idle.p99), worker: ratio(inWorker.p99, idle.p99) },
  },
};

console.log(
  table([
    ['chart', 'main p50', 'main p95', 'worker p50', 'worker p95'],
    ...Object.entries(timings).map(([name, t]) => [
      name,
      ms(t.main!.p50),
      ms(t.main!.p95),
      ms(t.worker!.p50),
      ms(t.worker!.p95),
    ]),
  ]),
);
console.log();
console.log(
  table([
    ['event-loop delay (ms)', 'p50', 'p99', 'max', 'max ÷ idle'],
    ['idle (baseline)', ms(idle.p50), ms(idle.p99), ms(idle.max), '1'],
    [
      'renders on main thread',
      ms(onMain.p50),
      ms(onMain.p99),
      ms(onMain.max),
      String(result.eventLoopDelayMs.maxRatioToIdle.mainThread),
    ],
    [
      'renders in worker',
      ms(inWorker.p50),
      ms(inWorker.p99),
      ms(inWorker.max),
      String(result.eventLoopDelayMs.maxRatioToIdle.worker),
    ],
  ]),
);
console.log(
  `load average before ${load.before.map((l) => l.toFixed(2)).join(' ')}, after ${(load.after ?? []).map((l) => l.toFixed(2)).join(' ')}`,
);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`written to ${values.out}`);
