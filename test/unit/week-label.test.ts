import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../src/core/conversation/types.js';
import { isoWeekOf } from '../../src/core/time/iso-week.js';
import { zoneLabel } from '../../src/core/time/time-zone.js';
import { revisionDeadlineArgs, weekLabelArgs } from '../../src/core/time/week-label.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { Translator } from '../../src/i18n/translator.js';

const translator = new Translator();
const week = (monday: string) => isoWeekOf(new Date(`${monday}T05:00:00Z`), 'Asia/Jakarta');
const render = (locale: 'id' | 'en', prompt: Prompt) => renderPrompts(translator, locale, [prompt]).text;

describe('a week is named by its working days', () => {
  it.each([
    // Within a month, across a month, across a year (2026 has ISO week 53), the first week of 2027.
    ['2026-11-02', 'month', '2 – 6 Nov 2026', '2 – 6 Nov 2026'],
    ['2026-11-30', 'year', '30 Nov – 4 Des 2026', '30 Nov – 4 Dec 2026'],
    ['2026-08-17', 'month', '17 – 21 Agu 2026', '17 – 21 Aug 2026'],
    ['2026-12-28', 'years', '28 Des 2026 – 1 Jan 2027', '28 Dec 2026 – 1 Jan 2027'],
    ['2027-01-04', 'month', '4 – 8 Jan 2027', '4 – 8 Jan 2027'],
    // Saturday and Sunday in the next month do not count: Mon 23 – Fri 27 Feb.
    ['2026-02-23', 'month', '23 – 27 Feb 2026', '23 – 27 Feb 2026'],
    ['2026-03-30', 'year', '30 Mar – 3 Apr 2026', '30 Mar – 3 Apr 2026'],
  ] as const)('the week of %s (%s)', (monday, span, id, en) => {
    const args = weekLabelArgs(week(monday));
    expect(args.weekSpan).toBe(span);
    expect(render('id', { key: 'checkin-summary-sent', args, expects: 'none' })).toBe(
      `📋 Laporan progres pekan ${id}`,
    );
    expect(render('en', { key: 'checkin-summary-sent', args, expects: 'none' })).toBe(
      `📋 Progress report, week of ${en}`,
    );
  });

  it('never names an ISO week number', () => {
    const args = {
      ...weekLabelArgs(week('2026-11-30')),
      ...revisionDeadlineArgs(week('2026-11-30'), 'Asia/Jakarta'),
    };
    for (const key of ['checkin-summary', 'checkin-revise-offer', 'checkin-week-closed'])
      for (const locale of ['id', 'en'] as const)
        expect(render(locale, { key, args, expects: 'none' })).not.toMatch(/ke-49|week 49|W49/);
  });
});

describe('until when a check-in can be changed', () => {
  it.each([
    ['Asia/Jakarta', 'WIB', 'Minggu, 6 Des 2026 pukul 23.59 WIB', 'Sunday, 6 Dec 2026 at 23:59 WIB'],
    ['Asia/Pontianak', 'WIB', 'Minggu, 6 Des 2026 pukul 23.59 WIB', 'Sunday, 6 Dec 2026 at 23:59 WIB'],
    ['Asia/Makassar', 'WITA', 'Minggu, 6 Des 2026 pukul 23.59 WITA', 'Sunday, 6 Dec 2026 at 23:59 WITA'],
    ['Asia/Jayapura', 'WIT', 'Minggu, 6 Des 2026 pukul 23.59 WIT', 'Sunday, 6 Dec 2026 at 23:59 WIT'],
    [
      'Europe/Amsterdam',
      'Europe/Amsterdam',
      'Minggu, 6 Des 2026 pukul 23.59 Europe/Amsterdam',
      'Sunday, 6 Dec 2026 at 23:59 Europe/Amsterdam',
    ],
  ])('in %s (%s)', (zone, label, id, en) => {
    expect(zoneLabel(zone)).toBe(label);
    const w = isoWeekOf(new Date('2026-12-02T05:00:00Z'), zone);
    const prompt: Prompt = { key: 'checkin-submitted', args: revisionDeadlineArgs(w, zone), expects: 'none' };
    expect(render('id', prompt)).toBe(
      `✅ Terima kasih! Laporan progres Anda sudah tersimpan. Anda dapat mengubahnya dengan /checkin sampai ${id}.`,
    );
    expect(render('en', prompt)).toContain(`until ${en}.`);
  });
});
