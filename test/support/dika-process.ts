/**
 * Real dika as a child process (`node --import tsx src/main.ts`), the way an operator runs it, for
 * tests about what survives the process: kill -9, restarts. Its stdout is pino JSON; the helper
 * keeps the parsed lines so a test can wait for "dika ready" and show the log when it fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/storage/database.js';
import { rowsOf } from './database.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface DikaProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Parsed JSON log lines (stdout), plus `{ raw }` for anything else (stderr, stack traces). */
  readonly logs: Array<Record<string, unknown>>;
  /** SIGKILL: no handler runs, no transaction commits, sockets are cut. Resolves once it is gone. */
  kill9: () => Promise<void>;
  /** SIGTERM (graceful stop); SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
  /** The last log lines, for a failure message. */
  tail: (lines?: number) => string;
}

/** A TCP port nobody listens on right now (the child binds it a moment later). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The URL of the PostgreSQL database `db` is connected to (TEST_DATABASE_URL runs only). */
export async function databaseUrlOf(db: Db): Promise<string> {
  const [row] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return url.toString();
}

/**
 * Starts `src/main.ts` with only the given environment (plus PATH), and resolves once it logged
 * "dika ready". Rejects, with its log, if it exits first or is not ready within `readyTimeoutMs`.
 */
export async function startDika(
  env: Record<string, string>,
  options: { readyTimeoutMs?: number } = {},
): Promise<DikaProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const exited = once(child, 'exit');
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        try {
          logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          logs.push({ raw: line });
        }
      }
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const tail = (count = 30) =>
    logs
      .slice(-count)
      .map((l) => JSON.stringify(l))
      .join('\n');
  const gone = async () => {
    if (child.exitCode === null && child.signalCode === null) await exited;
  };

  const readyTimeoutMs = options.readyTimeoutMs ?? 25_000;
  const deadline = Date.now() + readyTimeoutMs;
  while (!logs.some((l) => typeof l.msg === 'string' && l.msg.startsWith('dika ready'))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`dika exited before it was ready (${child.exitCode ?? child.signalCode}):\n${tail()}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`dika was not ready within ${readyTimeoutMs} ms:\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    child,
    pid: child.pid!,
    logs,
    tail,
    kill9: async () => {
      child.kill('SIGKILL');
      await gone();
    },
    stop: async (graceMs = 10_000) => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await gone();
      clearTimeout(timer);
    },
  };
}
