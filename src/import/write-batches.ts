/**
 * Set-based writes for the imports. A batch of rows travels as one parameter per column, an array
 * that the statement unpacks with `unnest` (`columns`): a multi-row VALUES list needs a parameter per
 * cell and PostgreSQL refuses more than 65,535 of them (an employee file failed at ≈ 7,300 new
 * rows). Arrays rather than one JSON document: PostgreSQL reads an array of 40,000 values several
 * times faster than the same rows through `json_to_recordset`, above all the audit rows' JSON
 * documents (a nested object is parsed twice there; as an array element it is parsed once). The same
 * SQL runs on PGlite and on PostgreSQL, and every batch is one round trip.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../storage/database.js';
import { ImportFailedError } from './import-failure.js';

/**
 * Rows per statement. Large enough that round trips do not matter (50 for 100,000 rows), small enough
 * that one batch's JSON stays around a megabyte.
 */
export const DEFAULT_BATCH_SIZE = 4_000;

/**
 * `(select … from unnest(<column arrays>)) as x`: the rows as one array parameter per column, for
 * `from ${columns('x(i int, nip text, roles text[])', rows)}`. Each parameter is written as an
 * array literal and cast by the statement, so no driver has to guess its type. An array-typed
 * column (`text[]`) travels as the text of its own literal and is cast back.
 */
export function columns(spec: string, rows: readonly Record<string, unknown>[]): SQL {
  const { alias, fields } = parseSpec(spec);
  const arrays = fields.map(({ name, type }) =>
    type.endsWith('[]')
      ? sql`${arrayLiteral(rows.map((row) => nestedLiteral(row[name])))}::text[]`
      : sql`${arrayLiteral(rows.map((row) => row[name]))}::${sql.raw(castBack.has(type) ? 'text' : type)}[]`,
  );
  const names = fields.map(({ name }) => name).join(', ');
  const picked = fields.map(({ name, type }) =>
    type.endsWith('[]') || castBack.has(type) ? `u.${name}::${type} as ${name}` : `u.${name}`,
  );
  return sql`(select ${sql.raw(picked.join(', '))} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(names)})) as ${sql.raw(alias)}`;
}

/**
 * Types that travel as text and are cast element by element: PostgreSQL reads a `jsonb[]` literal
 * 2–3 times slower than the same documents as a `text[]` cast one by one (20,000 audit documents:
 * 1.2 s against 0.5 s).
 */
const castBack = new Set(['json', 'jsonb']);

const specs = new Map<string, { alias: string; fields: { name: string; type: string }[] }>();

function parseSpec(spec: string) {
  let parsed = specs.get(spec);
  if (!parsed) {
    const match = /^\s*(\w+)\s*\(([^)]*)\)\s*$/.exec(spec);
    if (!match) throw new Error(`columns: cannot read ${spec}`);
    const fields = match[2]!.split(',').map((field) => {
      const [name, ...type] = field.trim().split(/\s+/);
      if (!name || !/^\w+$/.test(name) || !/^[\w[\]]+$/.test(type.join(''))) {
        throw new Error(`columns: cannot read ${spec}`);
      }
      return { name, type: type.join(' ') };
    });
    parsed = { alias: match[1]!, fields };
    specs.set(spec, parsed);
  }
  return parsed;
}

/** `{"a","b \\"c\\"",NULL,1.5,t}`: every text quoted (a quoted element is never read as NULL). */
function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) parts[i] = element(values[i]);
  return `{${parts.join(',')}}`;
}

function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/** A value of an array-typed column as the text of its own array literal (null stays null). */
function nestedLiteral(value: unknown): string | null {
  return Array.isArray(value) ? arrayLiteral(value) : null;
}

/**
 * `<column> = any(array(select x.<key> from x))`, beside the join on the key, for an UPDATE that
 * finds its rows by the batch's keys (the batch as the CTE `x`). With the join alone the planner
 * reads the whole table into a hash for every batch (400,000 changed key results: a scan of 400,000
 * rows per batch of 4,000, 23 s in all); an array it cannot see into at planning time makes it probe
 * the unique index instead.
 */
export const keyedByBatch = (column: string, key: string): SQL =>
  sql.raw(`${column} = any(array(select x.${key} from x))`);

/** `json_to_recordset(<rows>)`: the rows as one JSON parameter. */
export const recordset = (rows: readonly unknown[]): SQL =>
  sql`json_to_recordset(${JSON.stringify(rows)}::json)`;

/** Rows of a `returning` clause run with `execute` (postgres.js gives an array, PGlite `{ rows }`). */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** `(select json_array_elements_text(<values>))`: a list of keys as one JSON parameter. */
export const keyList = (values: readonly string[]): SQL =>
  sql`(select json_array_elements_text(${JSON.stringify(values)}::json))`;

export interface Batching<T> {
  /** Rows per statement (tests pass a small one to cover the batch boundaries). */
  size: number;
  /** What is being written, for the error a failed batch turns into (never row data). */
  step: string;
  /** The spreadsheet row an item came from, so a failed batch can be located in the file. */
  rowOf: (item: T) => number;
  /** The item's NIP or code, to find the one row the database names in a refusal's detail. */
  keyOf?: (item: T) => string;
}

/**
 * Runs `work` on consecutive slices of `items`, one statement each. The next batch is built and
 * sent while the database still works on the previous one (postgres.js pipelines statements on a
 * connection; the database runs them in order), so building a batch's JSON costs no wall time.
 * A failure becomes an ImportFailedError that names the step and the rows of the first batch that
 * failed, and drops the driver's message, which quotes the parameters; the batch sent behind it
 * fails too (the transaction is aborted) and is ignored.
 */
export async function inBatches<T>(
  items: readonly T[],
  batching: Batching<T>,
  work: (batch: readonly T[]) => PromiseLike<unknown>,
): Promise<void> {
  let sent: { batch: readonly T[]; done: Promise<unknown> } | undefined;
  for (let start = 0; start < items.length; start += batching.size) {
    const batch = items.slice(start, start + batching.size);
    // `then` starts drizzle's lazy query now; the catch keeps its failure from going unhandled
    // while the previous batch is awaited (it is awaited itself on the next turn).
    const done = Promise.resolve().then(() => work(batch));
    done.catch(() => {});
    if (sent) await settled(sent, batching);
    sent = { batch, done };
  }
  if (sent) await settled(sent, batching);
}

async function settled<T>(sent: { batch: readonly T[]; done: Promise<unknown> }, batching: Batching<T>) {
  try {
    await sent.done;
  } catch (error) {
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    for (const item of sent.batch) {
      const row = batching.rowOf(item);
      if (row < first) first = row;
      if (row > last) last = row;
    }
    const culprit = refusedItem(error, sent.batch, batching);
    const row = culprit === undefined ? undefined : batching.rowOf(culprit);
    throw new ImportFailedError(batching.step, error, { first, last, count: sent.batch.length, row });
  }
}

/**
 * The item a refusal is about, when the database says: its detail quotes the row ("Failing row
 * contains (…)", "Key (nip)=(…) already exists"). The detail is only searched for the batch's keys,
 * never kept or shown. The key found first wins (the row's own key comes before any NIP or code it
 * refers to), the longest on a tie (`KR-10` over `KR-1`).
 */
function refusedItem<T>(error: unknown, batch: readonly T[], batching: Batching<T>): T | undefined {
  if (!batching.keyOf) return undefined;
  let detail: string | undefined;
  for (let e: unknown = error; e instanceof Error && detail === undefined; e = e.cause) {
    const value = (e as { detail?: unknown }).detail;
    if (typeof value === 'string' && value !== '') detail = value;
  }
  if (detail === undefined) return undefined;
  let found: { item: T; at: number; length: number } | undefined;
  for (const item of batch) {
    const key = batching.keyOf(item);
    const at = key === '' ? -1 : detail.indexOf(key);
    if (at < 0) continue;
    if (!found || at < found.at || (at === found.at && key.length > found.length)) {
      found = { item, at, length: key.length };
    }
  }
  return found?.item;
}

/** Rows in a table now, to choose how to read the stored rows a file names. */
export async function countRows(tx: Tx, table: PgTable): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

/** Slices of a list, for reads keyed by the file's codes or NIPs. */
export function* slices<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * The stored rows for a file's keys. Slice by slice through the unique index when the file names a
 * small part of the table; when it names much of it (a re-import), the whole table in one statement:
 * one scan with hash joins instead of an index probe per row and per join (400,000 key results with
 * their owner, period, objective and parent: 1.1 s instead of 8.5 s in the database).
 */
export async function readByKeys<R>(
  keys: readonly string[],
  options: { batchSize: number; tableRows: () => Promise<number>; keyOf: (row: R) => string },
  read: (keys: readonly string[] | undefined) => Promise<R[]>,
): Promise<R[]> {
  if (keys.length === 0) return [];
  if ((await options.tableRows()) <= 2 * keys.length) {
    const wanted = new Set(keys);
    return (await read(undefined)).filter((row) => wanted.has(options.keyOf(row)));
  }
  const rows: R[] = [];
  for (const slice of slices(keys, options.batchSize)) rows.push(...(await read(slice)));
  return rows;
}

/**
 * Orders new rows so that a row comes after the row it points to (its supervisor, its parent key
 * result) when that one is new as well: inserted level by level, every link can be resolved by a
 * join on the natural key in the same INSERT, instead of an UPDATE per link afterwards. Within a
 * level the file's order is kept. Validation has already refused cycles; one here is a bug.
 */
export function dependencyLevels<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  pointsTo: (item: T) => string | null | undefined,
): T[][] {
  const indexOf = new Map(items.map((item, i) => [keyOf(item), i]));
  const UNKNOWN = -1;
  const ON_PATH = -2;
  const level = new Int32Array(items.length).fill(UNKNOWN);
  const path: number[] = [];
  for (let i = 0; i < items.length; i++) {
    // Walks up iteratively: a chain of tens of thousands must not overflow the stack.
    let j = i;
    let base = -1;
    while (level[j] === UNKNOWN) {
      level[j] = ON_PATH;
      path.push(j);
      const target = pointsTo(items[j]!);
      const next = target == null ? undefined : indexOf.get(target);
      if (next === undefined) break;
      if (level[next] === ON_PATH) throw new Error('dependencyLevels: cycle among new rows');
      j = next;
    }
    if (level[j]! >= 0) base = level[j]!;
    while (path.length > 0) level[path.pop()!] = ++base;
  }
  const levels: T[][] = [];
  items.forEach((item, i) => {
    const l = level[i]!;
    while (levels.length <= l) levels.push([]);
    levels[l]!.push(item);
  });
  return levels;
}
