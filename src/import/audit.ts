import type { DbOrTx } from '../storage/database.js';
import { auditLog } from '../storage/schema.js';

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
  existed: boolean;
  change?: { before: unknown; after: unknown };
}

/**
 * Writes one audit_log row per created or updated entity of an import, in the import's
 * transaction, and returns the created/updated/unchanged counts the summary reports.
 */
export async function writeImportAudit(
  tx: DbOrTx,
  input: { actor: string; entity: string; rows: AuditedChange[] },
): Promise<{ created: number; updated: number; unchanged: number }> {
  const audited = input.rows.filter((r) => r.change);
  if (audited.length > 0) {
    await tx.insert(auditLog).values(
      audited.map((r) => ({
        actor: input.actor,
        action: r.existed ? 'import.update' : 'import.create',
        entity: input.entity,
        entityKey: r.key,
        before: r.change!.before,
        after: r.change!.after,
      })),
    );
  }
  const created = audited.filter((r) => !r.existed).length;
  const updated = audited.length - created;
  return { created, updated, unchanged: input.rows.length - audited.length };
}
