/** Who rates whom: appraiser, peers (balanced, capped, stable), subordinates, self. */
import { describe, expect, it } from 'vitest';
import {
  type AssignablePerson,
  assignRaters,
  type RaterAssignment,
} from '../../../src/core/feedback/assign-raters.js';

const OPTIONS = { peersPerRatee: 4, maxPeerRequests: 6, includeSelf: false, seed: '2026-Q4:0' };

/** A head (1) with `n` reports (2 … n+1), all in scope. */
function team(n: number, extra: Partial<AssignablePerson> = {}): AssignablePerson[] {
  const head: AssignablePerson = { id: 1, supervisorId: null, appraiserId: null, inScope: true };
  const members = Array.from({ length: n }, (_, i) => ({
    id: i + 2,
    supervisorId: 1,
    appraiserId: null,
    inScope: true,
    ...extra,
  }));
  return [head, ...members];
}

const of = (rows: RaterAssignment[], relation: string) => rows.filter((r) => r.relation === relation);
const countBy = (rows: RaterAssignment[], key: 'raterId' | 'rateeId') => {
  const m = new Map<number, number>();
  for (const r of rows) m.set(r[key], (m.get(r[key]) ?? 0) + 1);
  return m;
};

describe('assignRaters', () => {
  it('asks the atasan as appraiser, the reports as subordinates of the head, never oneself', () => {
    const rows = assignRaters(team(3), OPTIONS);
    expect(
      of(rows, 'appraiser')
        .map((r) => [r.rateeId, r.raterId])
        .sort(),
    ).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    expect(
      of(rows, 'subordinate')
        .map((r) => [r.rateeId, r.raterId])
        .sort(),
    ).toEqual([
      [1, 2],
      [1, 3],
      [1, 4],
    ]);
    expect(rows.some((r) => r.rateeId === r.raterId)).toBe(false);
    // Three colleagues: each gets the other two as peers (4 wanted, only 2 exist).
    for (const [, n] of countBy(of(rows, 'peer'), 'rateeId')) expect(n).toBe(2);
  });

  it('uses the penilai when set apart from the atasan', () => {
    const people = team(2, { appraiserId: 99 });
    people.push({ id: 99, supervisorId: null, appraiserId: null, inScope: false });
    const rows = assignRaters(people, OPTIONS);
    expect(of(rows, 'appraiser').every((r) => r.rateeId === 1 || r.raterId === 99)).toBe(true);
    expect(rows.some((r) => r.rateeId === 99)).toBe(false); // out of scope: rates, is not rated
  });

  it('gives everyone the peers asked for and nobody more than the cap, evenly spread', () => {
    const rows = of(assignRaters(team(40), OPTIONS), 'peer');
    const perRatee = countBy(rows, 'rateeId');
    const perRater = countBy(rows, 'raterId');
    expect([...perRatee.values()].every((n) => n === 4)).toBe(true);
    expect(Math.max(...perRater.values())).toBeLessThanOrEqual(6);
    // 160 requests over 40 people: balanced means 4 each.
    expect(Math.min(...perRater.values())).toBe(4);
    expect(new Set(rows.map((r) => `${r.rateeId}:${r.raterId}`)).size).toBe(rows.length);
  });

  it('caps requests when more peers are wanted than the cap allows, still evenly', () => {
    const rows = of(assignRaters(team(20), { ...OPTIONS, peersPerRatee: 8, maxPeerRequests: 3 }), 'peer');
    const perRater = countBy(rows, 'raterId');
    const perRatee = countBy(rows, 'rateeId');
    expect(Math.max(...perRater.values())).toBe(3);
    expect(rows).toHaveLength(60);
    // Round by round: every ratee ends with 3 peers, none with 8 while others have 0.
    expect(Math.min(...perRatee.values())).toBe(3);
  });

  it('is stable for one seed and differs for another', () => {
    const a = assignRaters(team(30), OPTIONS);
    expect(assignRaters(team(30), OPTIONS)).toEqual(a);
    expect(assignRaters(team(30), { ...OPTIONS, seed: '2027-Q1:0' })).not.toEqual(a);
  });

  it('adds self-assessment only when asked, for people in scope', () => {
    const people = team(2);
    people[2]!.inScope = false;
    const rows = of(assignRaters(people, { ...OPTIONS, includeSelf: true }), 'self');
    expect(rows.map((r) => r.rateeId).sort()).toEqual([1, 2]);
    expect(of(assignRaters(people, OPTIONS), 'self')).toHaveLength(0);
  });

  it('asks the appraiser once, as appraiser, even when they are also a colleague', () => {
    // 3's penilai is 2, a colleague under the same atasan.
    const people = team(3);
    people[2]!.appraiserId = 2;
    const rows = assignRaters(people, OPTIONS).filter((r) => r.rateeId === 3 && r.raterId === 2);
    expect(rows).toEqual([{ rateeId: 3, raterId: 2, relation: 'appraiser' }]);
  });

  it('keeps the cap across many teams of uneven size', () => {
    const people: AssignablePerson[] = [];
    for (let id = 1; id <= 20_000; id++)
      people.push({
        id,
        supervisorId: id <= 200 ? null : ((id * id) % 200) + 1,
        appraiserId: null,
        inScope: true,
      });
    const rows = assignRaters(people, OPTIONS);
    const perRater = countBy(of(rows, 'peer'), 'raterId');
    expect(Math.max(...perRater.values())).toBeLessThanOrEqual(6);
  });
});
