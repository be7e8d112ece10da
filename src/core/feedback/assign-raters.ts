/**
 * Who rates whom in a 360° cycle (issue 11): for each active employee in scope, their appraiser
 * (named), up to `peersPerRatee` colleagues with the same atasan, their direct subordinates, and
 * themself when asked. Pure and deterministic: the same people and seed give the same pairs, so
 * a rerun (or a test) sees the same assignment.
 *
 * Peers are drawn round by round (everyone gets a first peer before anyone gets a second) along a
 * seeded ring of the colleagues, skipping anyone already asked `maxPeerRequests` times: the load
 * spreads evenly and nobody is asked more than the cap.
 */

export type RaterRelation = 'appraiser' | 'peer' | 'subordinate' | 'self';

export interface AssignablePerson {
  id: number;
  supervisorId: number | null;
  /** Penilai when set apart from the atasan; null = the atasan appraises. */
  appraiserId: number | null;
  /** Whether they are rated in this cycle (the unit's subtree); others may only rate. */
  inScope: boolean;
}

export interface AssignOptions {
  peersPerRatee: number;
  maxPeerRequests: number;
  includeSelf: boolean;
  /** Any text; the period and unit, so each cycle draws its own ring. */
  seed: string;
}

export interface RaterAssignment {
  rateeId: number;
  raterId: number;
  relation: RaterRelation;
}

/** xmur3-style string hash: small, fast, stable across runs and platforms. */
function hash(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The colleagues in a seeded order: the ring peers are drawn along. */
function ring(ids: number[], seed: string): number[] {
  return ids
    .map((id) => ({ id, key: hash(`${seed}:${id}`) }))
    .sort((a, b) => a.key - b.key || a.id - b.id)
    .map((x) => x.id);
}

/** Peers for one group of colleagues (same atasan); `load` counts peer requests across groups. */
function assignPeers(
  group: number[],
  rated: Set<number>,
  options: AssignOptions,
  load: Map<number, number>,
  taken: (rateeId: number, raterId: number) => boolean,
): RaterAssignment[] {
  const out: RaterAssignment[] = [];
  const n = group.length;
  if (n < 2 || options.peersPerRatee <= 0) return out;
  const order = ring(group, options.seed);
  const wanted = Math.min(options.peersPerRatee, n - 1);
  // Where each ratee's walk along the ring stands (offset from their own place).
  const offset = new Array<number>(n).fill(1);
  const got = new Array<number>(n).fill(0);
  for (let round = 0; round < wanted; round++) {
    for (let i = 0; i < n; i++) {
      const rateeId = order[i]!;
      if (!rated.has(rateeId) || got[i]! > round) continue;
      while (offset[i]! < n) {
        const raterId = order[(i + offset[i]!) % n]!;
        offset[i]! += 1;
        if ((load.get(raterId) ?? 0) >= options.maxPeerRequests || taken(rateeId, raterId)) continue;
        load.set(raterId, (load.get(raterId) ?? 0) + 1);
        out.push({ rateeId, raterId, relation: 'peer' });
        got[i]! += 1;
        break;
      }
    }
  }
  return out;
}

export function assignRaters(people: readonly AssignablePerson[], options: AssignOptions): RaterAssignment[] {
  const out: RaterAssignment[] = [];
  // ratee → raters already asked: one person is asked about another once, in one relation.
  const pairs = new Map<number, Set<number>>();
  const taken = (rateeId: number, raterId: number) => pairs.get(rateeId)?.has(raterId) ?? false;
  const add = (a: RaterAssignment) => {
    if (a.rateeId === a.raterId && a.relation !== 'self') return;
    const raters = pairs.get(a.rateeId);
    if (raters?.has(a.raterId)) return;
    if (raters) raters.add(a.raterId);
    else pairs.set(a.rateeId, new Set([a.raterId]));
    out.push(a);
  };
  const known = new Set(people.map((p) => p.id));
  const rated = new Set(people.filter((p) => p.inScope).map((p) => p.id));
  const bySupervisor = new Map<number, number[]>();
  // Named first: when the appraiser is also a subordinate or colleague, they rate as appraiser.
  for (const p of people) {
    if (!p.inScope) continue;
    const appraiser = p.appraiserId ?? p.supervisorId;
    if (appraiser !== null && known.has(appraiser))
      add({ rateeId: p.id, raterId: appraiser, relation: 'appraiser' });
  }
  for (const p of people) {
    if (p.supervisorId === null) continue;
    if (rated.has(p.supervisorId)) add({ rateeId: p.supervisorId, raterId: p.id, relation: 'subordinate' });
    const group = bySupervisor.get(p.supervisorId);
    if (group) group.push(p.id);
    else bySupervisor.set(p.supervisorId, [p.id]);
  }
  const load = new Map<number, number>();
  const groups = [...bySupervisor.entries()].sort((a, b) => a[0] - b[0]);
  for (const [, group] of groups) for (const a of assignPeers(group, rated, options, load, taken)) add(a);
  if (options.includeSelf) for (const id of rated) add({ rateeId: id, raterId: id, relation: 'self' });
  return out;
}
