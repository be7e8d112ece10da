/**
 * Who a viewer may see in a rekap. A supervisor: their direct reports; an appraiser: also those
 * they appraise (employees.appraiser_id); a unit head (org_units.head_id): everyone in the unit
 * and every unit below it; an admin (roles contains `admin`): everyone. Only active employees.
 *
 * A scope is kept as a description and turned into a SQL subquery (`scopeMembers`), never into a
 * list of ids with one bind parameter per person: a deputy's 15,000 people stay one statement.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { likeContaining } from '../like-pattern.js';

export type RekapScope =
  /** Direct reports and those the viewer appraises. */
  | { kind: 'line'; viewerId: number }
  /** Every unit at or below one of these paths. */
  | { kind: 'units'; paths: readonly string[] }
  | { kind: 'person'; employeeId: number }
  | { kind: 'all' };

export type ScopeRefusal = 'not-allowed' | 'not-found' | 'empty';

export interface PersonCandidate {
  employeeId: number;
  name: string;
  nip: string;
  unitPath: string | null;
}

export type ScopeAnswer =
  | { ok: true; scope: RekapScope; admin: boolean }
  | { ok: false; reason: ScopeRefusal }
  | { ok: false; reason: 'ambiguous'; candidates: PersonCandidate[] };

/** What the viewer is: the facts every scope decision reads, in one statement. */
export interface ViewerRights {
  admin: boolean;
  /** Someone active reports to them or is appraised by them. */
  hasLine: boolean;
  /** Paths of the units they head. */
  heads: string[];
}

/** Candidates listed for an ambiguous name; one more is read to know the list is cut. */
export const MAX_CANDIDATES = 20;

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The audit key of a scope: what was looked at, never a row of it. */
export function scopeKey(scope: RekapScope): string {
  switch (scope.kind) {
    case 'line':
      return `line:${scope.viewerId}`;
    case 'units':
      return `unit:${scope.paths.join('|')}`;
    case 'person':
      return `person:${scope.employeeId}`;
    case 'all':
      return 'all';
  }
}

/**
 * Units at or below the paths in `paths` (a SQL expression yielding one path per row). A prefix
 * search written as a range of the text_pattern_ops operators (`~>=~`, `~<~`) is what the index
 * org_units_path_prefix_idx serves, also when the path comes from a join or a generic plan, where
 * `LIKE $1 || '/%'` cannot use it (and a LIKE pattern would need `%` and `_` escaped). The range
 * [X, X || '0') holds X and everything starting with X followed by a byte below '0' (the byte
 * after '/'); `starts_with` then keeps X itself and X/…, so `Biro A B` and `Biro AB` stay out.
 */
function unitsBelow(paths: SQL): SQL {
  return sql`select u.id from (${paths}) p(path)
    join org_units u on u.path ~>=~ p.path and u.path ~<~ (p.path || '0')
      and (u.path = p.path or starts_with(u.path, p.path || '/'))`;
}

const jsonPaths = (paths: readonly string[]) =>
  sql`select json_array_elements_text(${JSON.stringify(paths)}::json)`;

/**
 * `select e.id from employees e …`: the active people of a scope, each once, for `in (…)` in every
 * rekap query; `columns` selects more of `e` where the rows are joined instead (a big read then
 * takes the time zone with the id rather than looking each person up again per row).
 */
export function scopeMembers(scope: RekapScope, columns: SQL = sql`e.id`): SQL {
  switch (scope.kind) {
    case 'line':
      return sql`select ${columns} from employees e where e.active
        and (e.supervisor_id = ${scope.viewerId} or e.appraiser_id = ${scope.viewerId})`;
    case 'units':
      return sql`select ${columns} from employees e where e.active
        and e.unit_id in (${unitsBelow(jsonPaths(scope.paths))})`;
    case 'person':
      return sql`select ${columns} from employees e where e.active and e.id = ${scope.employeeId}`;
    case 'all':
      return sql`select ${columns} from employees e where e.active`;
  }
}

/** Everyone the viewer may look up by name: their line and the subtrees of the units they head. */
function visibleTo(viewerId: number, rights: ViewerRights): SQL {
  if (rights.admin) return scopeMembers({ kind: 'all' });
  const headed = sql`select h.path from org_units h where h.head_id = ${viewerId}`;
  return sql`${scopeMembers({ kind: 'line', viewerId })}
    union select e.id from employees e where e.active and e.unit_id in (${unitsBelow(headed)})`;
}

/** The viewer's rights; undefined when the viewer is not an active employee. */
export async function viewerRights(db: DbOrTx, viewerId: number): Promise<ViewerRights | undefined> {
  const [row] = rowsOf<{ admin: boolean; has_line: boolean; heads: string[] | string | null }>(
    await db.execute(sql`
      select 'admin' = any(v.roles) as admin,
        exists (select 1 from employees r where r.active
                and (r.supervisor_id = v.id or r.appraiser_id = v.id)) as has_line,
        (select json_agg(u.path order by u.path) from org_units u where u.head_id = v.id) as heads
      from employees v where v.id = ${viewerId} and v.active`),
  );
  if (!row) return undefined;
  const heads = typeof row.heads === 'string' ? (JSON.parse(row.heads) as string[]) : (row.heads ?? []);
  return { admin: row.admin, hasLine: row.has_line, heads };
}

const mayLook = (rights: ViewerRights | undefined): rights is ViewerRights =>
  rights !== undefined && (rights.admin || rights.hasLine || rights.heads.length > 0);

/** `/rekap`: the viewer's own line. Someone with no line but other rights gets `empty`. */
export async function lineScope(db: DbOrTx, viewerId: number): Promise<ScopeAnswer> {
  const rights = await viewerRights(db, viewerId);
  if (!mayLook(rights)) return { ok: false, reason: 'not-allowed' };
  if (!rights.hasLine) return { ok: false, reason: 'empty' };
  return { ok: true, scope: { kind: 'line', viewerId }, admin: rights.admin };
}

/** `A/B/` and ` A/B ` name the unit `A/B`. */
const cleanPath = (path: string) => path.trim().replace(/\/+$/, '');

const within = (path: string, head: string) => path === head || path.startsWith(`${head}/`);

/**
 * `/rekap unit [path]`: without a path, the subtrees of the units the viewer heads (an admin who
 * heads none: everyone). With one, that unit's subtree when it is one of them or below one (an
 * admin: any unit). A path outside them gets the same `not-found` as a path that does not exist.
 */
export async function unitScope(db: DbOrTx, viewerId: number, path?: string): Promise<ScopeAnswer> {
  const rights = await viewerRights(db, viewerId);
  if (!rights || !(rights.admin || rights.heads.length > 0)) return { ok: false, reason: 'not-allowed' };
  const wanted = path === undefined ? '' : cleanPath(path);
  if (wanted === '') {
    if (rights.heads.length > 0)
      return { ok: true, scope: { kind: 'units', paths: rights.heads }, admin: rights.admin };
    return { ok: true, scope: { kind: 'all' }, admin: rights.admin };
  }
  if (!rights.admin && !rights.heads.some((head) => within(wanted, head)))
    return { ok: false, reason: 'not-found' };
  const [unit] = rowsOf<{ path: string }>(
    await db.execute(sql`select path from org_units where path = ${wanted}`),
  );
  if (!unit) return { ok: false, reason: 'not-found' };
  return { ok: true, scope: { kind: 'units', paths: [unit.path] }, admin: rights.admin };
}

const NIP = /^\d{18}$/;

/**
 * `/rekap <name or NIP>`: one person within what the viewer may see. A NIP matches exactly; a
 * name case-insensitively, a full-name match before partial ones. Someone outside the viewer's
 * scope is looked for only inside it, so the answer is the `not-found` of an unknown name.
 */
export async function personScope(db: DbOrTx, viewerId: number, query: string): Promise<ScopeAnswer> {
  const rights = await viewerRights(db, viewerId);
  if (!mayLook(rights)) return { ok: false, reason: 'not-allowed' };
  const wanted = query.trim().replace(/\s+/g, ' ');
  if (wanted === '') return { ok: false, reason: 'not-found' };
  const match = NIP.test(wanted)
    ? sql`e.nip = ${wanted}`
    : sql`e.name ilike ${likeContaining(wanted)} escape '\\'`;
  const rows = rowsOf<{ id: number; name: string; nip: string; unit_path: string | null; exact: boolean }>(
    await db.execute(sql`
      select e.id, e.name, e.nip, u.path as unit_path,
        (e.nip = ${wanted} or lower(e.name) = lower(${wanted})) as exact
      from employees e left join org_units u on u.id = e.unit_id
      where e.id in (${visibleTo(viewerId, rights)}) and ${match}
      order by exact desc, e.name, e.id
      limit ${MAX_CANDIDATES + 1}`),
  );
  const exact = rows.filter((r) => r.exact);
  const found = exact.length > 0 ? exact : rows;
  if (found.length === 0) return { ok: false, reason: 'not-found' };
  if (found.length === 1)
    return { ok: true, scope: { kind: 'person', employeeId: Number(found[0]!.id) }, admin: rights.admin };
  return {
    ok: false,
    reason: 'ambiguous',
    candidates: found.slice(0, MAX_CANDIDATES).map((r) => ({
      employeeId: Number(r.id),
      name: r.name,
      nip: r.nip,
      unitPath: r.unit_path,
    })),
  };
}
