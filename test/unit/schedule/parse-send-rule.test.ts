/**
 * The admin's wording for `schedule set` (src/core/schedule/parse-send-rule.ts) and the words
 * `schedule show` prints back (src/core/schedule/format-send-rule.ts, locales/{id,en}/schedule.ftl),
 * including the round trip: what dika prints, an admin can paste back.
 */
import { describe, expect, it } from 'vitest';
import type { IsoWeekday } from '../../../src/core/calendar/working-calendar.js';
import {
  formatOffReason,
  formatSendKind,
  formatSendRule,
  formatWorkWeek,
} from '../../../src/core/schedule/format-send-rule.js';
import { parseSendRule, parseWeekday, parseWorkWeek } from '../../../src/core/schedule/parse-send-rule.js';
import type { SendRule } from '../../../src/core/schedule/schedule-settings.js';
import { sendsInQuietHours, validateSendRule } from '../../../src/core/schedule/validate-send-rule.js';
import { LOCALES, Translator } from '../../../src/i18n/translator.js';
import { sendRuleSchema } from '../../../src/storage/repositories/schedule-settings-schema.js';

describe('parseSendRule', () => {
  it.each<[string, SendRule | null]>([
    ['senin 09.00', { day: 1, time: '09:00' }],
    ['Senin 9.00', { day: 1, time: '09:00' }],
    ['setiap Senin, pukul 09.00', { day: 1, time: '09:00' }],
    ["jum'at 14.30", { day: 5, time: '14:30' }],
    ['Jumat jam 14:30', { day: 5, time: '14:30' }],
    ['minggu 10.00', { day: 7, time: '10:00' }],
    ['hari kerja pertama 09.00', { day: 'first', time: '09:00' }],
    ['  Hari   Kerja  Pertama,  pukul 09.00 ', { day: 'first', time: '09:00' }],
    ['hari kerja terakhir 14.00', { day: 'last', time: '14:00' }],
    ['hari kerja ketiga 09.00', { day: 'first+2', time: '09:00' }],
    ['hari kerja ke-3 09.00', { day: 'first+2', time: '09:00' }],
    ['hari kerja ke-1 09.00', { day: 'first', time: '09:00' }],
    ['hari kerja kedua 07.00', { day: 'first+1', time: '07:00' }],
    ['hari kerja pertama + 2 09.00', { day: 'first+2', time: '09:00' }],
    ['first 09:00', { day: 'first', time: '09:00' }],
    ['first+2 09:00', { day: 'first+2', time: '09:00' }],
    ['last 14:00', { day: 'last', time: '14:00' }],
    ['last working day at 16:00', { day: 'last', time: '16:00' }],
    ['the third working day at 09:00', { day: 'first+2', time: '09:00' }],
    ['3rd working day 09:00', { day: 'first+2', time: '09:00' }],
    ['Monday 09:00', { day: 1, time: '09:00' }],
    ['every wed at 19:59', { day: 3, time: '19:59' }],
    ['sat @ 08.15', { day: 6, time: '08:15' }],
    ['off', null],
    ['Mati', null],
    ['nonaktif', null],
  ])('%j → %j', (text, rule) => {
    const parsed = parseSendRule(text);
    expect(parsed).toEqual({ ok: true, rule });
    if (rule) expect(sendRuleSchema.parse(rule)).toEqual(rule);
  });

  it.each([
    ['', 'empty', 'schedule-rule-empty', {}],
    ['senin', 'time', 'schedule-rule-invalid-time', { text: 'senin' }],
    ['senin 9', 'time', 'schedule-rule-invalid-time', { text: 'senin 9' }],
    ['senin 24.00', 'time', 'schedule-rule-invalid-time', { text: 'senin 24.00' }],
    ['senin 09.60', 'time', 'schedule-rule-invalid-time', { text: 'senin 09.60' }],
    ['senin 09.00 WIB', 'time', 'schedule-rule-invalid-time', { text: 'senin 09.00 WIB' }],
    ['besok 09.00', 'day', 'schedule-rule-invalid-day', { text: 'besok' }],
    ['hari kerja kedelapan 09.00', 'day', 'schedule-rule-invalid-day', { text: 'hari kerja kedelapan' }],
    ['hari kerja ke-8 09.00', 'day', 'schedule-rule-invalid-day', { text: 'hari kerja ke-8' }],
    ['first+7 09:00', 'day', 'schedule-rule-invalid-day', { text: 'first+7' }],
    ['09.00', 'day', 'schedule-rule-invalid-day', { text: '' }],
    ['senin 20.00', 'quiet-hours', 'schedule-rule-quiet-hours', { hour: '20', minute: '00' }],
    ['senin 06.59', 'quiet-hours', 'schedule-rule-quiet-hours', { hour: '06', minute: '59' }],
    ['last 23:30', 'quiet-hours', 'schedule-rule-quiet-hours', { hour: '23', minute: '30' }],
  ])('%j is refused (%s)', (text, reason, key, args) => {
    expect(parseSendRule(text)).toEqual({ ok: false, reason, key, args });
  });
});

describe('parseWorkWeek', () => {
  it.each<[string, IsoWeekday[]]>([
    ['senin-jumat', [1, 2, 3, 4, 5]],
    ['senin-sabtu', [1, 2, 3, 4, 5, 6]],
    ['senin,selasa,rabu,kamis,jumat', [1, 2, 3, 4, 5]],
    ['Senin – Jumat', [1, 2, 3, 4, 5]],
    ['senin s.d. jumat', [1, 2, 3, 4, 5]],
    ['senin sampai sabtu', [1, 2, 3, 4, 5, 6]],
    ['senin-rabu, jumat', [1, 2, 3, 5]],
    ['jumat, senin', [1, 5]],
    ['sabtu-selasa', [1, 2, 6, 7]],
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['monday to saturday', [1, 2, 3, 4, 5, 6]],
    ['Tuesday, Wednesday and Thursday', [2, 3, 4]],
    ['senin-minggu', [1, 2, 3, 4, 5, 6, 7]],
    ['rabu', [3]],
  ])('%j → %j', (text, days) => {
    expect(parseWorkWeek(text)).toEqual({ ok: true, days });
  });

  it.each(['senin-', 'senin-jumat-sabtu', 'libur', 'senin,,jumat', '1-5'])('%j is refused', (text) => {
    expect(parseWorkWeek(text)).toEqual({
      ok: false,
      reason: 'day',
      key: 'schedule-rule-invalid-work-week',
      args: { text },
    });
  });

  it('refuses an empty working week with its own message', () => {
    expect(parseWorkWeek('  ')).toMatchObject({
      ok: false,
      reason: 'empty',
      key: 'schedule-rule-work-week-empty',
    });
  });

  it.each([
    ['Kamis', 4],
    ['thu', 4],
    ['Ahad', 7],
    ['jum’at', 5],
    ['someday', undefined],
  ])('parseWeekday(%j) → %s', (text, day) => {
    expect(parseWeekday(text)).toBe(day);
  });
});

describe('validateSendRule', () => {
  it.each([
    ['06:59', false],
    ['07:00', true],
    ['19:59', true],
    ['20:00', false],
    ['00:00', false],
  ])('%s allowed: %s', (time, ok) => {
    expect(validateSendRule({ time }).ok).toBe(ok);
  });

  it('names the sends of a settings object that fall in quiet hours', () => {
    const settings = {
      prompt: { day: 'first' as const, time: '21:00' },
      reminder: null,
      lastCall: { day: 'last' as const, time: '14:00' },
      digest: { day: 'last' as const, time: '06:00' },
    };
    expect(sendsInQuietHours(settings)).toEqual(['prompt', 'digest']);
    expect(sendsInQuietHours({ prompt: { day: 1, time: '09:00' }, reminder: null })).toEqual([]);
  });
});

const t = new Translator();

describe('formatting for schedule show', () => {
  it.each<[SendRule | null, string, string]>([
    [{ day: 'first', time: '09:00' }, 'hari kerja pertama, pukul 09.00', 'first working day at 09:00'],
    [{ day: 'first+2', time: '09:00' }, 'hari kerja ketiga, pukul 09.00', 'third working day at 09:00'],
    [{ day: 'first+1', time: '10:15' }, 'hari kerja kedua, pukul 10.15', 'second working day at 10:15'],
    [{ day: 'first+6', time: '09:00' }, 'hari kerja ketujuh, pukul 09.00', 'seventh working day at 09:00'],
    [{ day: 'last', time: '14:00' }, 'hari kerja terakhir, pukul 14.00', 'last working day at 14:00'],
    [{ day: 1, time: '09:00' }, 'Senin, pukul 09.00', 'Monday at 09:00'],
    [{ day: 7, time: '07:30' }, 'Minggu, pukul 07.30', 'Sunday at 07:30'],
    [null, 'tidak dikirim', 'not sent'],
  ])('%j → %j / %j, and back', (rule, id, en) => {
    const { key, args } = formatSendRule(rule);
    expect(t.t('id', key, args)).toBe(id);
    expect(t.t('en', key, args)).toBe(en);
    // What dika prints is what an admin may type.
    if (rule) {
      expect(parseSendRule(id)).toEqual({ ok: true, rule });
      expect(parseSendRule(en)).toEqual({ ok: true, rule });
    }
  });

  it.each<[IsoWeekday[], string, string]>([
    [[1, 2, 3, 4, 5], 'Senin–Jumat', 'Monday–Friday'],
    [[1, 2, 3, 4, 5, 6], 'Senin–Sabtu', 'Monday–Saturday'],
    [[1, 2, 3, 5], 'Senin–Rabu, Jumat', 'Monday–Wednesday, Friday'],
    [[1, 2, 6, 7], 'Senin, Selasa, Sabtu, Minggu', 'Monday, Tuesday, Saturday, Sunday'],
    [[3], 'Rabu', 'Wednesday'],
  ])('working week %j → %j / %j, and back', (days, id, en) => {
    const parts = formatWorkWeek(days);
    expect(parts.map((p) => t.t('id', p.key, p.args)).join(', ')).toBe(id);
    expect(parts.map((p) => t.t('en', p.key, p.args)).join(', ')).toBe(en);
    expect(parseWorkWeek(id)).toEqual({ ok: true, days });
  });

  it('names each send and each reason a day is off, in both languages', () => {
    for (const locale of LOCALES) {
      const kinds = (['prompt', 'reminder', 'lastCall', 'digest'] as const).map((kind) => {
        const ref = formatSendKind(kind);
        return t.t(locale, ref.key, ref.args);
      });
      expect(new Set(kinds).size, locale).toBe(4);
    }
    const nyepi = formatOffReason({ kind: 'holiday', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' });
    expect(t.t('id', nyepi.key, nyepi.args)).toBe('libur nasional: Hari Suci Nyepi (Tahun Baru Saka 1948)');
    const cuti = formatOffReason({ kind: 'collective-leave', name: 'Cuti bersama Idulfitri 1447 Hijriah' });
    expect(t.t('id', cuti.key, cuti.args)).toBe('cuti bersama: Cuti bersama Idulfitri 1447 Hijriah');
    const weekend = formatOffReason({ kind: 'weekend' });
    expect(t.t('en', weekend.key, weekend.args)).toBe('weekend');
  });

  it('every refusal of the parsers has a message in both languages', () => {
    const refusals = [
      parseSendRule(''),
      parseSendRule('senin'),
      parseSendRule('besok 09.00'),
      parseSendRule('senin 21.00'),
      parseWorkWeek(''),
      parseWorkWeek('libur'),
    ];
    for (const refusal of refusals) {
      if (refusal.ok) throw new Error('expected a refusal');
      for (const locale of LOCALES) expect(t.t(locale, refusal.key, refusal.args)).not.toMatch(/\{|\$/);
    }
    expect(t.t('id', 'schedule-rule-quiet-hours', { hour: '21', minute: '00' })).toMatch(
      /^Pukul 21\.00 termasuk jam tenang/,
    );
  });
});
