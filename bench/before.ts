/**
 * "Before": the bench of an earlier commit, run in the same invocation against the same server.
 * The commit's tree is exported (git archive, so the repository's worktree list is not touched)
 * into a temporary folder with node_modules linked to this checkout's, and its own bench/run.ts
 * runs there as a subprocess (options of the first bench: --postgres --people --concurrency --out).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The last commit before the platform layer (every update through handleEvent, outbound rows). */
export const DEFAULT_BEFORE_REF = 'b386059';

export interface Figures {
  sequentialMeanMs: number;
  sequentialP50Ms: number;
  sequentialP95Ms: number;
  sequentialUpdatesPerSecond: number;
  concurrentUpdatesPerSecond: number;
  concurrentP50Ms: number;
}

export interface BeforeResult {
  ref: string;
  commit: string;
  subject: string;
  people: number;
  concurrency: number;
  wallMs: number;
  before: Figures;
  after: Figures;
  /** after ÷ before: below 1 is faster for latencies, above 1 is faster for updates/s. */
  afterOverBefore: Record<keyof Figures, number>;
  /**
   * The two-statement baseline (x1, same pool) just before and after the old bench ran, and in
   * this run: if they differ much, the machine's speed changed between the two benches.
   */
  machineSpeed: {
    /** This run's x1 two-statement rate ÷ the probes' mean: 1 = the same speed. */
    speedRatio?: number | null;
    /** speedRatio within the tolerance: the before/after ratios can be trusted. */
    comparable: boolean;
    twoStatementX1AroundBefore: Array<{ transactionsPerSecond: number; p50Ms: number }>;
    twoStatementX1ThisRun: { transactionsPerSecond: number; p50Ms: number } | null;
  };
}

interface PhaseLike {
  phase: string;
  concurrency: number;
  updatesPerSecond: number;
  latencyMs: { mean: number; p50: number; p95: number };
}

/** The PostgreSQL figures of a bench JSON (this bench's or the first one's: same phase fields). */
export function figuresOf(json: unknown, concurrency: number): Figures {
  const results = (json as { results?: Array<{ backend: string; phases: PhaseLike[] }> }).results ?? [];
  const result = results.find((r) => r.backend === 'postgres');
  if (!result) throw new Error('no PostgreSQL result in the JSON');
  const seq = result.phases.find((p) => p.phase === 'sequential');
  const par =
    result.phases.find((p) => p.phase === 'concurrent' && p.concurrency === concurrency) ??
    result.phases.find((p) => p.phase === 'concurrent');
  if (!seq || !par) throw new Error('the JSON lacks a sequential or concurrent phase');
  return {
    sequentialMeanMs: seq.latencyMs.mean,
    sequentialP50Ms: seq.latencyMs.p50,
    sequentialP95Ms: seq.latencyMs.p95,
    sequentialUpdatesPerSecond: seq.updatesPerSecond,
    concurrentUpdatesPerSecond: par.updatesPerSecond,
    concurrentP50Ms: par.latencyMs.p50,
  };
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let out = '';
    let err = '';
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      out += text;
      if (!options.onLine) return;
      partial += text;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onLine(line);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${err.slice(-2000)}`));
    });
  });
}

/** Exports `commit` of the repository at `repo` into `dir` (git archive | tar -x). */
export function exportTree(repo: string, commit: string, dir: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', commit], { cwd: repo });
    const untar = spawn('tar', ['-x', '-C', dir]);
    archive.stdout.pipe(untar.stdin);
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    archive.on('error', fail);
    untar.on('error', fail);
    archive.on('close', (code) => {
      if (code !== 0) fail(new Error(`git archive ${commit} exited with ${code}`));
    });
    untar.on('close', (code) => {
      if (code !== 0) fail(new Error(`tar -x exited with ${code}`));
      else if (!failed) resolvePromise();
    });
  });
}

/**
 * Runs the bench of `ref` on PostgreSQL at `serverUrl` and returns its figures. `after` is filled
 * in by the caller once this run's own figures are known.
 */
export async function runBefore(
  ref: string,
  options: { serverUrl: string; people: number; concurrency: number; onLine?: (line: string) => void },
): Promise<{ commit: string; subject: string; wallMs: number; figures: Figures; raw: unknown }> {
  const repo = resolve(import.meta.dirname, '..');
  const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: repo })).trim();
  const subject = (await run('git', ['log', '-1', '--format=%s', commit], { cwd: repo })).trim();
  const dir = mkdtempSync(join(tmpdir(), 'dika-bench-before-'));
  try {
    await exportTree(repo, commit, dir);
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const out = join(dir, 'before.json');
    const start = performance.now();
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/run.ts',
        '--postgres',
        '--people',
        String(options.people),
        '--concurrency',
        String(options.concurrency),
        '--out',
        out,
      ],
      {
        cwd: dir,
        env: { ...process.env, BENCH_DATABASE_URL: options.serverUrl, TEST_DATABASE_URL: '' },
        ...(options.onLine ? { onLine: options.onLine } : {}),
      },
    );
    const wallMs = performance.now() - start;
    const raw: unknown = JSON.parse(readFileSync(out, 'utf8'));
    return { commit, subject, wallMs, figures: figuresOf(raw, options.concurrency), raw };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function compare(before: Figures, after: Figures): BeforeResult['afterOverBefore'] {
  const ratio = {} as BeforeResult['afterOverBefore'];
  for (const key of Object.keys(before) as Array<keyof Figures>) ratio[key] = after[key] / before[key];
  return ratio;
}
