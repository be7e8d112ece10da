import { sql } from 'drizzle-orm';
import type { Tx } from '../storage/database.js';
import { columns, inBatches } from './write-batches.js';

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
}

/**
 * Writes one audit_log row per created or updated entity of an import, in the import's
 * transaction and in file order, and returns the created/updated/unchanged counts the summary reports.
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
      action: r.existed ? 'import.update' : 'import.create',
      key: r.key,
      before: r.change!.before,
      after: r.change!.after,
    }));
    return tx.execute(sql`
      insert into audit_log (actor, action, entity, entity_key, before, after)
      select ${input.actor}, x.action, ${input.entity}, x.key, x.before, x.after
      from ${columns('x(i int, action text, key text, before jsonb, after jsonb)', rows)}
      order by x.i`);
  });
  const created = audited.filter((r) => !r.existed).length;
  const updated = audited.length - created;
  return { created, updated, unchanged: input.rows.length - audited.length };
}
