/** Every distribution warning of every guideline row reads right in both locales. */
import { describe, expect, it } from 'vitest';
import { checkDistribution } from '../../../src/core/evaluation/distribution-check.js';
import { warningLine } from '../../../src/core/evaluation/evaluation-prompts.js';
import { Translator } from '../../../src/i18n/translator.js';

const translator = new Translator('id');
const lines = (check: ReturnType<typeof checkDistribution>, locale: 'id' | 'en') =>
  check.warnings.map((w) => {
    const line = warningLine(w);
    return translator.t(locale, line.key, line.args as Record<string, string | number>);
  });

describe('distribution warnings as text', () => {
  it('Sangat Kurang row: all three, "none" for Sangat Baik', () => {
    const check = checkDistribution({ 'sangat-kurang': 5, baik: 4, 'sangat-baik': 1 }, 'sangat-kurang');
    expect(lines(check, 'id')).toEqual([
      '⚠️ Predikat Sangat Kurang sebaiknya sedikitnya 60%; saat ini 5 orang (50%).',
      '⚠️ Predikat Kurang/Misconduct dan/atau Butuh Perbaikan sebaiknya sedikitnya 10%; saat ini 0 orang (0%).',
      '⚠️ Predikat Sangat Baik sebaiknya tidak ada; saat ini 1 orang (10%).',
    ]);
    expect(lines(check, 'en')[2]).toBe('⚠️ Sangat Baik should be none; now 1 (10%).');
  });

  it('Kurang, Butuh Perbaikan, Istimewa and Baik rows', () => {
    expect(lines(checkDistribution({ kurang: 5, baik: 3, 'sangat-baik': 2 }, 'kurang'), 'id')).toEqual([
      '⚠️ Predikat Kurang/Misconduct sebaiknya sedikitnya 60%; saat ini 5 orang (50%).',
      '⚠️ Predikat Butuh Perbaikan sebaiknya sedikitnya 10%; saat ini 0 orang (0%).',
      '⚠️ Predikat Sangat Baik sebaiknya paling banyak 10%; saat ini 2 orang (20%).',
    ]);
    expect(lines(checkDistribution({ 'sangat-baik': 3, baik: 3 }, 'istimewa'), 'id')).toEqual([
      '⚠️ Pola menyarankan sebagian besar pegawai berpredikat Sangat Baik; saat ini 3 orang (50%).',
    ]);
    expect(lines(checkDistribution({ baik: 8, 'sangat-baik': 2 }, 'baik'), 'en')).toEqual([
      '⚠️ Baik should be at most 70%; now 8 (80%).',
      '⚠️ The "Baik" pattern includes some people rated Butuh Perbaikan and/or Kurang/Misconduct; there are none now.',
    ]);
    expect(lines(checkDistribution({ 'butuh-perbaikan': 1, baik: 2 }, 'butuh-perbaikan'), 'id')).toEqual([
      '⚠️ Predikat Butuh Perbaikan sebaiknya sedikitnya 60%; saat ini 1 orang (33,3%).',
    ]);
  });
});
