/**
 * CPU profile of a stretch of the bench, taken in process with the inspector (like --cpu-prof,
 * but only around the profiled pass), summarised by self time per function and per module, as
 * shares of the time the process was busy (idle = waiting for the database or the stand-in).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  file: string;
  /** Wall time of the profiled stretch. */
  totalMs: number;
  /** Sampled time the process was not idle (waiting for I/O); shares below are of this. */
  busyMs: number;
  idleMs: number;
  /** Self time by module: a package under node_modules, dika's src/, node internals, native, GC. */
  byModule: Array<{ module: string; ms: number; share: number }>;
  /**
   * The same, with node internals and native code (socket writes, timers) charged to the nearest
   * caller that is a package or dika's code: who causes the work.
   */
  byOwner: Array<{ module: string; ms: number; share: number }>;
  /** Functions with the most self time. */
  top: Array<{ function: string; module: string; ms: number; share: number }>;
}

function moduleOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inModules) return inModules[1]!;
  if (url.startsWith('node:')) return 'node internals';
  if (url.startsWith('wasm://')) return 'wasm';
  const inRepo = /\/(src|bench|test)\//.exec(url);
  if (inRepo) return `dika ${inRepo[1]}/`;
  return url;
}

function where(frame: ProfileNode['callFrame']): string {
  const url = frame.url.replace(/^file:\/\//, '');
  const short = /node_modules\/(.*)$/.exec(url)?.[1] ?? /\/((?:src|bench|test)\/.*)$/.exec(url)?.[1] ?? url;
  return `${frame.functionName || '(anonymous)'}${short ? ` ${short}:${frame.lineNumber + 1}` : ''}`;
}

/** Runs `work` under the sampling profiler; writes the .cpuprofile to `file` and summarises it. */
export async function profile<T>(
  file: string,
  work: () => Promise<T>,
): Promise<{ result: T; summary: ProfileSummary }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const start = performance.now();
    const result = await work(); // if it throws, disconnecting stops the profiler
    const totalMs = performance.now() - start;
    const { profile: raw } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(file, JSON.stringify(raw));
    return { result, summary: summarise(raw, file, totalMs) };
  } finally {
    session.disconnect();
  }
}

function summarise(raw: CpuProfile, file: string, totalMs: number): ProfileSummary {
  const byId = new Map(raw.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = raw.samples ?? [];
  const deltas = raw.timeDeltas ?? [];
  // Each sample's time is the gap to the next one.
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + us);
  }
  const sampled = [...self.values()].reduce((a, b) => a + b, 0) / 1000;
  const idleMs =
    [...self]
      .filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)')
      .reduce((a, [, us]) => a + us, 0) / 1000;
  const busyMs = sampled - idleMs;
  const parentOf = new Map<number, number>();
  for (const node of raw.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const borrowed = new Set(['node internals', '(native)', '(program)', 'wasm']);
  const ownerOf = (id: number): string => {
    const own = moduleOf(byId.get(id)!.callFrame);
    if (!borrowed.has(own)) return own;
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) {
      const module = moduleOf(byId.get(at)!.callFrame);
      if (!borrowed.has(module) && !module.startsWith('(')) return module;
    }
    return own;
  };
  const byOwner = new Map<string, number>();
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, { module: string; ms: number }>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const module = moduleOf(frame);
    byModule.set(module, (byModule.get(module) ?? 0) + us / 1000);
    const owner = ownerOf(id);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us / 1000);
    const key = where(frame);
    const entry = byFunction.get(key) ?? { module, ms: 0 };
    entry.ms += us / 1000;
    byFunction.set(key, entry);
  }
  const share = (ms: number) => ms / busyMs;
  return {
    file,
    totalMs,
    busyMs,
    idleMs,
    byModule: [...byModule]
      .filter(([module]) => module !== '(idle)')
      .map(([module, ms]) => ({ module, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    byOwner: [...byOwner]
      .filter(([module]) => module !== '(idle)')
      .map(([module, ms]) => ({ module, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms),
    top: [...byFunction]
      .filter(([, e]) => e.module !== '(idle)')
      .map(([fn, e]) => ({ function: fn, module: e.module, ms: e.ms, share: share(e.ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 25),
  };
}
