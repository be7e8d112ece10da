/**
 * The source trees bench/idle-memory.ts starts: this checkout ("after", uncommitted changes
 * included) and, for "before", a commit exported with git archive into a temporary folder with
 * node_modules linked. Each can be started as `npm start` does (tsx on src/main.ts) or compiled
 * (`npm run build`, then node dist/main.js as `npm run start:prod` and the Docker image do). The
 * build goes to a temporary folder, never to the checkout's dist/.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { exportTree } from './before.js';

const run = promisify(execFile);

export const repoRoot = resolve(import.meta.dirname, '..');

export interface SourceTree {
  label: 'before' | 'after';
  /** Commit (before) or HEAD plus uncommitted changes (after). */
  commit: string;
  /** Folder holding src/, migrations/, locales/ and node_modules. */
  root: string;
  /** Folder holding dist/main.js with migrations/, locales/ and node_modules beside it. */
  compiledRoot?: string;
  /** Temporary folders to remove at the end. */
  scratch: string[];
}

export async function commitOf(ref: string): Promise<string> {
  const { stdout } = await run('git', ['rev-parse', '--short', '--verify', `${ref}^{commit}`], {
    cwd: repoRoot,
  });
  return stdout.trim();
}

export async function checkoutTree(): Promise<SourceTree> {
  const { stdout } = await run('git', ['status', '--porcelain', '--', 'src'], { cwd: repoRoot });
  const dirty = stdout.trim() === '' ? '' : ' + uncommitted changes under src/';
  return { label: 'after', commit: `${await commitOf('HEAD')}${dirty}`, root: repoRoot, scratch: [] };
}

export async function exportedTree(ref: string): Promise<SourceTree> {
  const commit = await commitOf(ref);
  const root = mkdtempSync(join(tmpdir(), 'dika-bench-memory-before-'));
  await exportTree(repoRoot, commit, root);
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { label: 'before', commit, root, scratch: [root] };
}

/**
 * Compiles the tree with its own tsconfig.build.json into a temporary folder laid out like the
 * Docker image (dist/ beside migrations/, locales/ and node_modules, which compiled code finds
 * relative to itself). tsc's exit code is ignored when it emitted main.js anyway: other work in
 * progress in the checkout may not typecheck, and the build is only measured here.
 */
export async function compile(tree: SourceTree): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), `dika-bench-memory-${tree.label}-build-`));
  tree.scratch.push(root);
  for (const name of ['node_modules', 'migrations', 'locales', 'package.json']) {
    symlinkSync(join(tree.root, name), join(root, name));
  }
  const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
  await run(tsc, ['-p', join(tree.root, 'tsconfig.build.json'), '--outDir', join(root, 'dist')], {
    cwd: tree.root,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: unknown) => {
    console.warn(`tsc reported errors building ${tree.label}; measuring what it emitted`);
    return error;
  });
  tree.compiledRoot = root;
}

export function removeScratch(trees: SourceTree[]): void {
  for (const dir of trees.flatMap((t) => t.scratch)) rmSync(dir, { recursive: true, force: true });
}
