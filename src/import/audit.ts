import { sql } from 'drizzle-orm';
import type { Tx } from '../storage/database.js';
import { columns, inBatches, returnedRows } from './write-batches.js';

/** The before/after pair of an audit row: only the fields that changed, or everything on creation. */
export function changedFields<T extends Record<string, unknown>>(
  before: T | undefined,
  after: T,
): { before: Partial<T> | null; after: Partial<T> } | undefined {
  if (!before) return { before: null, after };
  const keys = (Object.keys(after) as (keyof T)[]).filter((k) => !sameValue(before[k], after[k]));
  if (keys.length === 0) return undefined;
  const pick = (source: T) => Object.fromEntries(keys.map((k) => [k, source[k]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}

/** Arrays (roles) compare as sets: order in the column carries no meaning. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}

/** One planned row of an import: what is stored now (if anything) and what changes. */
export interface AuditedChange {
  key: string;
  /** Spreadsheet row, to locate a batch the database refused. */
  row: number;
  existed: boolean;
  change?: { before: unknown; after: unknown };
  /** The audit row's id when taken up front (reserveAuditIds); else the next one when written. */
  auditId?: number;
}

/**
 * Ids for an import's audit rows, taken from audit_log's identity now, one per audited row, in file
 * order. A row whose audit is written together with the entity (a creation, in the INSERT of its
 * level) is written in level order, yet the ids keep the audit in file order. Taken as nextval one by
 * one, not as a block: another process may write audit rows at the same time.
 */
export async function reserveAuditIds(tx: Tx, count: number): Promise<number[]> {
  if (count === 0) return [];
  // The sequence is looked up once (a subquery), not per id: 400,000 lookups took a second. One
  // row holding every id as text rather than a row per id.
  const [row] = returnedRows<{ ids: string }>(
    await tx.execute(sql`
      select array_to_string(array(
        select nextval((select pg_get_serial_sequence('audit_log', 'id'))::regclass)
        from generate_series(1, ${count}::int)
      ), ',') as ids`),
  );
  return row!.ids
    .split(',')
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Writes one audit_log row per created or updated entity of an import, in the import's
 * transaction and in file order (or with the ids reserved for them), and returns the
 * created/updated/unchanged counts the summary reports.
 */
export async function writeImportAudit(
  tx: Tx,
  input: { actor: string; entity: string; rows: readonly AuditedChange[]; batchSize: number },
): Promise<{ created: number; updated: number; unchanged: number }> {
  const audited = input.rows.filter((r) => r.change);
  const batching = {
    size: input.batchSize,
    step: `writing ${input.entity} audit rows`,
    rowOf: (r: AuditedChange) => r.row,
    keyOf: (r: AuditedChange) => r.key,
  };
  await inBatches(audited, batching, (batch) => {
    const rows = batch.map((r, i) => ({
      i,
      id: r.auditId ?? null,
      action: r.existed ? 'import.update' : 'import.create',
      key: r.key,
      before: r.change!.before,
      after: r.change!.after,
    }));
    const x = columns('x(i int, id int, action text, key text, before jsonb, after jsonb)', rows);
    return tx.execute(
      batch[0]!.auditId === undefined
        ? sql`
          insert into audit_log (actor, action, entity, entity_key, before, after)
          select ${input.actor}, x.action, ${input.entity}, x.key, x.before, x.after
          from ${x}
          order by x.i`
        : sql`
          insert into audit_log (id, actor, action, entity, entity_key, before, after) overriding system value
          select x.id, ${input.actor}, x.action, ${input.entity}, x.key, x.before, x.after
          from ${x}
          order by x.i`,
    );
  });
  const created = audited.filter((r) => !r.existed).length;
  const updated = audited.length - created;
  return { created, updated, unchanged: input.rows.length - audited.length };
}
