/**
 * `npm run bench:memory`: resident memory of an idle dika, started as an operator starts it, on
 * the embedded database (a fresh data folder, then the same folder again) and on PostgreSQL, the
 * baseline measured in the same run. See bench/README.md ("Idle memory").
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { startBotApiStandIn } from '../test/support/telegram-stand-in.js';
import {
  checkoutTree,
  compile,
  exportedTree,
  removeScratch,
  repoRoot,
  type SourceTree,
} from './idle-memory-trees.js';
import { dikaProcessOf, memoryOf, treeOf, treeRssMb } from './process-memory.js';

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/** The last commit before the embedded database's memory settings. */
const DEFAULT_BEFORE_REF = '2e28545';
/** The embedded default's target from issue 7, for the dika process itself. */
const TARGET_MB = 300;
const READY_TIMEOUT_MS = 240_000;

const USAGE = `npm run bench:memory -- [options]
  --idle-seconds <s>   how long dika idles after its ready line before memory is read (default 5)
  --start <list>       tsx (as npm start), compiled (as npm run start:prod), or both (default tsx,compiled)
  --before <git ref>   also measure that commit's embedded database (default ${DEFAULT_BEFORE_REF})
  --no-before          skip it
  --save               also write the report to bench/results/<yyyy-mm-dd>-idle-memory.txt
PostgreSQL (the baseline): BENCH_DATABASE_URL, TEST_DATABASE_URL or ${DEFAULT_POSTGRES_URL}; a
database of its own is created there and dropped at the end.`;

type StartMode = 'tsx' | 'compiled';
type Case = 'postgres' | 'embedded fresh' | 'embedded reopen';

interface Measurement {
  tree: SourceTree['label'];
  start: StartMode;
  case: Case;
  readyMs: number;
  /** The dika process itself: resident now, and its peak. */
  rssMb: number;
  hwmMb: number;
  /** Every process of the start (tsx's CLI and esbuild too). */
  treeRssMb: number;
  /** The dika process's resident memory each second while idle. */
  idleRssMb: number[];
}

function options() {
  const { values } = parseArgs({
    options: {
      'idle-seconds': { type: 'string', default: '5' },
      start: { type: 'string', default: 'tsx,compiled' },
      before: { type: 'string', default: DEFAULT_BEFORE_REF },
      'no-before': { type: 'boolean', default: false },
      save: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const starts = values.start.split(',').map((s) => s.trim()) as StartMode[];
  if (starts.some((s) => s !== 'tsx' && s !== 'compiled')) throw new Error(`--start: ${values.start}`);
  return {
    idleSeconds: Number(values['idle-seconds']),
    starts,
    before: values['no-before'] ? undefined : values.before,
    save: values.save,
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** A database of its own on the server, or undefined when no server answers within 2 s. */
async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_POSTGRES_URL;
  const admin = postgres(serverUrl, { max: 1, connect_timeout: 2, onnotice: () => {} });
  const name = `dika_bench_memory_${process.pid}`;
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    console.warn(`PostgreSQL at ${serverUrl} unavailable (${(error as Error).message}): no baseline`);
    await admin.end({ timeout: 1 });
    return undefined;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 1 });
    },
  };
}

function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const pids = treeOf(child.pid!).map((p) => p.pid);
    const timer = setTimeout(() => {
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {}
      }
    }, 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM'); // dika stops cleanly: PGlite checkpoints, as on a real restart
  });
}

/** Starts dika, waits for its ready line, lets it idle, reads its memory and stops it. */
async function measure(
  tree: SourceTree,
  start: StartMode,
  which: Case,
  env: NodeJS.ProcessEnv,
  idleSeconds: number,
): Promise<Measurement> {
  const cwd = start === 'tsx' ? tree.root : tree.compiledRoot!;
  const args =
    start === 'tsx'
      ? [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/main.ts']
      : ['dist/main.js'];
  const begun = performance.now();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  try {
    const readyMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no ready line')), READY_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) {
          lines.push(line);
          if (lines.length > 40) lines.shift();
          if (line.includes('dika ready')) {
            clearTimeout(timer);
            resolve(performance.now() - begun);
          }
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before its ready line`));
      });
    });
    const dika = dikaProcessOf(child.pid!, start === 'tsx' ? /src\/main\.ts/ : /dist\/main\.js/);
    if (!dika) throw new Error('dika process not found');
    const idleRssMb: number[] = [];
    for (let s = 0; s < idleSeconds; s++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      idleRssMb.push(memoryOf(dika)?.rssMb ?? 0);
    }
    const memory = memoryOf(dika);
    if (!memory) throw new Error('dika ended while idle');
    return {
      tree: tree.label,
      start,
      case: which,
      readyMs: Math.round(readyMs),
      rssMb: memory.rssMb,
      hwmMb: memory.hwmMb,
      treeRssMb: treeRssMb(child.pid!),
      idleRssMb,
    };
  } catch (error) {
    throw new Error(`${tree.label} ${start} ${which}: ${(error as Error).message}\n${lines.join('\n')}`);
  } finally {
    await stopTree(child);
  }
}

const HEADER =
  'start     tree    case              ready ms   RSS MB  ÷ pg  peak MB  tree MB  idle RSS each second';

/** One line of the table; the ratio is to the PostgreSQL baseline of the same start in `all`. */
function row(m: Measurement, all: Measurement[]): string {
  const pg = all.find((b) => b.case === 'postgres' && b.start === m.start);
  const ratio = pg ? `${(m.rssMb / pg.rssMb).toFixed(2)}x` : 'n/a';
  const mark = m.case !== 'postgres' && m.rssMb >= TARGET_MB ? '  over target' : '';
  return (
    `${m.start.padEnd(9)} ${(m.case === 'postgres' ? '-' : m.tree).padEnd(7)} ${m.case.padEnd(16)} ` +
    `${String(m.readyMs).padStart(9)} ${String(m.rssMb).padStart(8)} ${ratio.padStart(5)} ` +
    `${String(m.hwmMb).padStart(8)} ${String(m.treeRssMb).padStart(8)}  ${m.idleRssMb.join(' ')}${mark}`
  );
}

function report(
  measurements: Measurement[],
  trees: SourceTree[],
  meta: { idleSeconds: number; wallS: number; load: string },
): string {
  return [
    `# npm run bench:memory, ${new Date().toISOString().slice(0, 19)}Z, load at start: ${meta.load}, ${meta.wallS} s`,
    ...trees.map((t) => `# ${t.label}: ${t.commit}`),
    `# VmRSS of the dika process after its ready line and ${meta.idleSeconds} s idle (Telegram long polling against`,
    '# a local Bot API stand-in); peak = VmHWM; tree = every process of the start (tsx CLI, esbuild); ÷ pg = RSS',
    `# ÷ the PostgreSQL baseline of the same start in this run. Target: embedded under ${TARGET_MB} MB idle.`,
    '',
    HEADER,
    ...measurements.map((m) => row(m, measurements)),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const opts = options();
  const began = performance.now();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const standIn = await startBotApiStandIn();
  const database = await postgresDatabase();
  const trees: SourceTree[] = [];
  const dataDirs: string[] = [];
  const cleanUp = async () => {
    await database?.drop().catch((error: unknown) => console.warn(`drop: ${error}`));
    removeScratch(trees);
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    await standIn.close();
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    if (opts.before) trees.push(await exportedTree(opts.before));
    trees.push(await checkoutTree());
    if (opts.starts.includes('compiled')) for (const tree of trees) await compile(tree);
    const measurements: Measurement[] = [];
    const env = async (extra: NodeJS.ProcessEnv, start: StartMode): Promise<NodeJS.ProcessEnv> => ({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      TELEGRAM_BOT_TOKEN: '123456:bench-idle-memory-not-a-real-token',
      TELEGRAM_API_ROOT: standIn.url,
      PORT: String(await freePort()),
      LOG_LEVEL: 'info',
      // npm start leaves NODE_ENV unset (development: pretty logs); the image runs production.
      ...(start === 'compiled' ? { NODE_ENV: 'production', DIKA_SECRET: 'bench-idle-memory-secret' } : {}),
      ...extra,
    });
    console.log(HEADER);
    for (const start of opts.starts) {
      const after = trees.at(-1)!;
      if (database) {
        const env1 = await env({ DATABASE_URL: database.url }, start);
        measurements.push(await measure(after, start, 'postgres', env1, opts.idleSeconds));
        console.log(row(measurements.at(-1)!, measurements));
      }
      for (const tree of trees) {
        const dataDir = mkdtempSync(join(tmpdir(), 'dika-bench-memory-data-'));
        dataDirs.push(dataDir);
        for (const which of ['embedded fresh', 'embedded reopen'] as const) {
          const m = await measure(
            tree,
            start,
            which,
            await env({ DIKA_DATA_DIR: dataDir }, start),
            opts.idleSeconds,
          );
          measurements.push(m);
          console.log(row(m, measurements));
        }
      }
    }
    const text = report(measurements, trees, {
      idleSeconds: opts.idleSeconds,
      wallS: Math.round((performance.now() - began) / 1000),
      load,
    });
    console.log(`\n${text}`);
    const json = join(tmpdir(), 'dika-bench', 'idle-memory.json');
    mkdirSync(dirname(json), { recursive: true });
    writeFileSync(json, JSON.stringify({ trees, measurements }, null, 2));
    console.log(`JSON: ${json}`);
    if (opts.save) {
      const file = join(
        repoRoot,
        'bench',
        'results',
        `${new Date().toISOString().slice(0, 10)}-idle-memory.txt`,
      );
      writeFileSync(file, text);
      console.log(`written to ${file}`);
    }
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
