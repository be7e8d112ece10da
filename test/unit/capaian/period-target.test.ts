import { describe, expect, it } from 'vitest';
import {
  defaultAccumulation,
  quarterOf,
  quarterTarget,
  realisasiOf,
} from '../../../src/core/capaian/period-target.js';

describe('period targets', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ])('%s lies in quarter %i', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('takes the quarter target when given, else null (the year applies)', () => {
    const targets = { target: 100, quarterTargets: [20, null, 70, 100] };
    expect(quarterTarget(targets, 1)).toBe(20);
    expect(quarterTarget(targets, 2)).toBeNull();
    expect(quarterTarget({ target: 100, quarterTargets: [] }, 3)).toBeNull();
  });

  it('reads realisasi by the accumulation rule', () => {
    expect(realisasiOf('cumulative', [3, 7, 12])).toBe(12);
    expect(realisasiOf('latest', [80, 78])).toBe(78);
    expect(realisasiOf('average', [80, 90, 70])).toBe(80);
    expect(realisasiOf('average', [])).toBeUndefined();
  });

  it('defaults counts to cumulative and levels to latest', () => {
    expect(defaultAccumulation('dokumen')).toBe('cumulative');
    expect(defaultAccumulation('%')).toBe('latest');
    expect(defaultAccumulation('Indeks')).toBe('latest');
    expect(defaultAccumulation('nilai SAKIP')).toBe('latest');
    expect(defaultAccumulation('hari')).toBe('latest'); // a duration is a level, not a count
    expect(defaultAccumulation('jam kerja')).toBe('latest');
    expect(defaultAccumulation('kegiatan')).toBe('cumulative');
    expect(defaultAccumulation('harian')).toBe('cumulative'); // a word boundary, not a prefix
  });
});
