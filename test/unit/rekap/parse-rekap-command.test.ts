import { describe, expect, it } from 'vitest';
import { parseRekapCommand } from '../../../src/core/rekap/parse-rekap-command.js';
import { resolveRekapPeriod } from '../../../src/core/rekap/resolve-rekap-period.js';

const ok = (text: string) => {
  const r = parseRekapCommand(text);
  if (!r.ok) throw new Error(`refused: ${text}`);
  return r.command;
};

describe('parseRekapCommand', () => {
  it.each([
    ['', { kind: 'this-week' }],
    ['pekan ini', { kind: 'this-week' }],
    ['this week', { kind: 'this-week' }],
    ['pekan lalu', { kind: 'last-week' }],
    ['  Minggu   LALU ', { kind: 'last-week' }],
    ['last week', { kind: 'last-week' }],
    ['bulan', { kind: 'this-month' }],
    ['bulan ini', { kind: 'this-month' }],
    ['Month', { kind: 'this-month' }],
    ['triwulan', { kind: 'this-quarter' }],
    ['triwulan ini', { kind: 'this-quarter' }],
    ['quarter', { kind: 'this-quarter' }],
    ['2026-TW3', { kind: 'quarter', year: 2026, quarter: 3 }],
    ['2026-q3', { kind: 'quarter', year: 2026, quarter: 3 }],
    ['TW3 2026', { kind: 'quarter', year: 2026, quarter: 3 }],
    ['Q3', { kind: 'quarter', year: null, quarter: 3 }],
    ['tw1', { kind: 'quarter', year: null, quarter: 1 }],
  ])('reads the period in %j (Indonesian and English)', (text, period) => {
    expect(ok(text)).toEqual({ period, subject: { kind: 'line' }, format: 'chat' });
  });

  it('reads the subject: a unit, a sub-unit path, a name, a NIP (also written in groups)', () => {
    expect(ok('unit').subject).toEqual({ kind: 'unit' });
    expect(ok('UNIT  Biro Umum/Bagian TU').subject).toEqual({ kind: 'unit', path: 'Biro Umum/Bagian TU' });
    expect(ok('Budi  Santoso').subject).toEqual({ kind: 'person', query: 'Budi Santoso' });
    expect(ok('199107082015031002').subject).toEqual({ kind: 'person', query: '199107082015031002' });
    expect(ok('19910708 201503 1 002').subject).toEqual({ kind: 'person', query: '199107082015031002' });
  });

  it('takes the period before or after the subject, and a trailing format', () => {
    expect(ok('Budi Santoso pekan lalu')).toEqual({
      period: { kind: 'last-week' },
      subject: { kind: 'person', query: 'Budi Santoso' },
      format: 'chat',
    });
    expect(ok('last week Budi')).toEqual({
      period: { kind: 'last-week' },
      subject: { kind: 'person', query: 'Budi' },
      format: 'chat',
    });
    expect(ok('triwulan unit XLSX')).toEqual({
      period: { kind: 'this-quarter' },
      subject: { kind: 'unit' },
      format: 'xlsx',
    });
    expect(ok('2026-Q4 csv').format).toBe('csv');
    expect(ok('unit Biro Umum Q2 2026')).toEqual({
      period: { kind: 'quarter', year: 2026, quarter: 2 },
      subject: { kind: 'unit', path: 'Biro Umum' },
      format: 'chat',
    });
  });

  it.each(['2026-TW5', '2026-Q0', 'Q5', 'tw0', '2026-W60', '2026', 'Budi 2026-tw9'])(
    'refuses %j as an unknown period, quoting it',
    (text) => {
      const r = parseRekapCommand(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('unknown-period');
        expect(text).toContain(r.error.input);
      }
    },
  );
});

describe('resolveRekapPeriod', () => {
  const today = '2026-07-15';
  it('resolves weeks Monday–Sunday, months and quarters from today', () => {
    expect(resolveRekapPeriod({ kind: 'this-week' }, today)).toEqual({
      ok: true,
      period: { kind: 'week', isoWeek: '2026-W29', start: '2026-07-13', end: '2026-07-19' },
    });
    expect(resolveRekapPeriod({ kind: 'last-week' }, today)).toEqual({
      ok: true,
      period: { kind: 'week', isoWeek: '2026-W28', start: '2026-07-06', end: '2026-07-12' },
    });
    expect(resolveRekapPeriod({ kind: 'this-month' }, '2026-02-10')).toEqual({
      ok: true,
      period: { kind: 'month', year: 2026, month: 2, start: '2026-02-01', end: '2026-02-28' },
    });
    expect(resolveRekapPeriod({ kind: 'this-quarter' }, today)).toEqual({
      ok: true,
      period: { kind: 'quarter', year: 2026, quarter: 3, start: '2026-07-01', end: '2026-09-30' },
    });
    expect(resolveRekapPeriod({ kind: 'quarter', year: null, quarter: 4 }, '2026-12-01')).toEqual({
      ok: true,
      period: { kind: 'quarter', year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' },
    });
  });

  it('crosses the year: last week on 1 January 2027 is ISO week 2026-W53', () => {
    expect(resolveRekapPeriod({ kind: 'last-week' }, '2027-01-06')).toEqual({
      ok: true,
      period: { kind: 'week', isoWeek: '2026-W53', start: '2026-12-28', end: '2027-01-03' },
    });
  });

  it('refuses a period wholly in the future, and takes one that begins today', () => {
    const future = resolveRekapPeriod({ kind: 'quarter', year: 2026, quarter: 4 }, today);
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.code).toBe('future-period');
    expect(resolveRekapPeriod({ kind: 'quarter', year: 2026, quarter: 4 }, '2026-10-01').ok).toBe(true);
    expect(resolveRekapPeriod({ kind: 'quarter', year: 2026, quarter: 4 }, '2026-09-30').ok).toBe(false);
  });
});
