/**
 * How the embedded database (PGlite) is started. Its defaults suit a browser tab that opens a
 * database for a moment; dika keeps one open for weeks, and idle memory is what a small office
 * pays for it (bench/idle-memory.ts measures it).
 */
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';

/**
 * PostgreSQL settings passed at start (`-c name=value`), so they hold for folders made by older
 * versions too and leave postgresql.conf untouched.
 *
 * shared_buffers: with PostgreSQL's default of 128 MB, PGlite's shared memory (inside its WebAssembly
 * memory) is resident in full from the start. The data files are read through the operating
 * system's page cache, so a page that falls out of 16 MB costs a system call, not a disk read.
 * Measured on PGlite alone, a reopened folder: 128 MB → 16 MB is about −145 MB resident (the whole
 * of dika: bench/results/2026-12-01-idle-memory.txt).
 */
export const EMBEDDED_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
};

/** PGlite's own start parameters (single-user mode, no fsync, …) followed by dika's settings. */
export function embeddedStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams,
    ...Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];
}

/**
 * V8 flags for the process that runs PGlite: compile its WebAssembly (9 MB of PostgreSQL) with
 * the baseline compiler only. By default V8 recompiles hot functions with its optimizing compiler
 * in background threads; those threads keep about 50–60 MB of malloc arenas after they finish.
 * Measured on 2 cores: idle memory −60 MB, opening and migrating faster (no compilation competing
 * for the CPU), but once warm a statement costs about 20 % more (a check-in update on PGlite: p50
 * 5.9 ms instead of 4.8 ms; bench/README.md, "Idle memory").
 */
export const BASELINE_WASM_FLAGS = ['--no-wasm-tier-up', '--no-wasm-dynamic-tiering'] as const;

/**
 * Whether to set BASELINE_WASM_FLAGS: not when node was started with a WebAssembly tiering flag
 * of its own (`node --wasm-dynamic-tiering dist/main.js` keeps V8's optimizing compiler: more
 * memory, faster statements).
 */
export function wantsBaselineWasmCompiler(execArgv: readonly string[]): boolean {
  return !execArgv.some((arg) =>
    /^--(no[-_])?(wasm[-_]tier[-_]up|wasm[-_]dynamic[-_]tiering|liftoff[-_]only)\b/.test(arg),
  );
}

let flagsSet = false;

/**
 * Sets BASELINE_WASM_FLAGS for this process. V8 reads them when a WebAssembly module is compiled,
 * so this must run before the first PGlite instance is created (it does: openDatabase calls it).
 */
export function useBaselineWasmCompiler(): void {
  if (flagsSet) return;
  flagsSet = true;
  if (!wantsBaselineWasmCompiler(process.execArgv)) return;
  for (const flag of BASELINE_WASM_FLAGS) setFlagsFromString(flag);
}
