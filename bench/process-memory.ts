/**
 * Memory of a process tree from /proc (Linux): VmRSS (resident now) and VmHWM (the most it was
 * resident at any moment). `npm start` is tsx's CLI, which runs dika in a child node process (and
 * an esbuild service beside it): dika's own process is the deepest one running main.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcessMemory {
  pid: number;
  command: string;
  rssMb: number;
  hwmMb: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended meanwhile
  }
}

export function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) =>
    (read(`/proc/${pid}/task/${tid}/children`) ?? '')
      .split(' ')
      .filter((s) => s.trim() !== '')
      .map(Number),
  );
}

/** The process and all its descendants, parents before children, with their depth. */
export function treeOf(pid: number, depth = 0): Array<{ pid: number; depth: number }> {
  return [{ pid, depth }, ...childrenOf(pid).flatMap((child) => treeOf(child, depth + 1))];
}

function kilobytesToMb(status: string, field: string): number {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

export function memoryOf(pid: number): ProcessMemory | undefined {
  const status = read(`/proc/${pid}/status`);
  if (!status) return undefined;
  const command = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean).join(' ');
  return { pid, command, rssMb: kilobytesToMb(status, 'VmRSS'), hwmMb: kilobytesToMb(status, 'VmHWM') };
}

function isNode(pid: number): boolean {
  try {
    return readlinkSync(`/proc/${pid}/exe`) === process.execPath;
  } catch {
    return false;
  }
}

/** The deepest node process of the tree whose command line names dika's entry point. */
export function dikaProcessOf(rootPid: number, entry: RegExp): number | undefined {
  const candidates = treeOf(rootPid).filter(
    ({ pid }) => isNode(pid) && entry.test((read(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ')),
  );
  return candidates.sort((a, b) => b.depth - a.depth)[0]?.pid;
}

/** Resident memory of the whole tree (tsx's CLI and esbuild included), in MB. */
export function treeRssMb(rootPid: number): number {
  return treeOf(rootPid).reduce((sum, { pid }) => sum + (memoryOf(pid)?.rssMb ?? 0), 0);
}
