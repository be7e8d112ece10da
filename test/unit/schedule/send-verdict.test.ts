/**
 * Whether a planned send may go out now (src/core/schedule/plan-week.ts, `sendVerdict`): on time,
 * caught up once after downtime on its own day, held in the early quiet hours, dropped after 20.00
 * and on any later day. The clock is injected: `now` is a parameter.
 */
import { describe, expect, it } from 'vitest';
import { sendVerdict } from '../../../src/core/schedule/plan-week.js';

// Monday 2 March 2026, 09.00 WIB (UTC+7).
const prompt = { localDate: '2026-03-02', dueAt: new Date('2026-03-02T02:00:00Z') };
const wib = (local: string) => new Date(`${local}+07:00`);

describe('sendVerdict: a 09.00 prompt in Jakarta', () => {
  it.each([
    ['at 09.00 sharp', '2026-03-02T09:00:00'],
    ['caught up at 09.40 after downtime 09.00–09.30', '2026-03-02T09:40:00'],
    ['caught up at 19.59', '2026-03-02T19:59:59'],
  ])('%s: send', (_, local) => {
    expect(sendVerdict({ send: prompt, now: wib(local), timeZone: 'Asia/Jakarta' })).toEqual({ send: true });
  });

  it.each([
    ['at 20.00, the evening of its day', '2026-03-02T20:00:00'],
    ['at 23.59 of its day', '2026-03-02T23:59:00'],
    ['just after midnight', '2026-03-03T00:00:00'],
    ['the next morning at 09.00', '2026-03-03T09:00:00'],
    ['a week later', '2026-03-09T10:00:00'],
  ])('%s: stale', (_, local) => {
    expect(sendVerdict({ send: prompt, now: wib(local), timeZone: 'Asia/Jakarta' })).toEqual({
      send: false,
      reason: 'stale',
    });
  });

  it('a minute early: not yet, retry at the due moment', () => {
    expect(sendVerdict({ send: prompt, now: wib('2026-03-02T08:59:00'), timeZone: 'Asia/Jakarta' })).toEqual({
      send: false,
      reason: 'not-yet',
      retryAt: prompt.dueAt,
    });
  });
});

describe('sendVerdict: quiet hours before 07.00', () => {
  // A 06.00 time refused by validation today but stored earlier: due before the quiet hours end.
  const early = { localDate: '2026-03-02', dueAt: wib('2026-03-02T06:00:00') };

  it.each([
    ['06.00', '2026-03-02T06:00:00'],
    ['06.59', '2026-03-02T06:59:59'],
  ])('at %s: held until 07.00 the same day', (_, local) => {
    expect(sendVerdict({ send: early, now: wib(local), timeZone: 'Asia/Jakarta' })).toEqual({
      send: false,
      reason: 'quiet-hours',
      retryAt: wib('2026-03-02T07:00:00'),
    });
  });

  it('at 07.00: send', () => {
    expect(sendVerdict({ send: early, now: wib('2026-03-02T07:00:00'), timeZone: 'Asia/Jakarta' })).toEqual({
      send: true,
    });
  });
});

describe('sendVerdict: in each person’s own zone', () => {
  it.each([
    // 21.30 WIB is 22.30 WITA and 23.30 WIT: quiet in all three, stale on the send's day.
    ['Asia/Jakarta', '2026-03-02T14:30:00Z', 'stale'],
    ['Asia/Jayapura', '2026-03-02T14:30:00Z', 'stale'],
    // 12.30 UTC is 19.30 WIB (send) but 21.30 WIT (stale) for a send due earlier that day.
    ['Asia/Jakarta', '2026-03-02T12:30:00Z', 'send'],
    ['Asia/Jayapura', '2026-03-02T12:30:00Z', 'stale'],
  ])('%s at %s: %s', (zone, now, expected) => {
    const send = { localDate: '2026-03-02', dueAt: new Date('2026-03-02T00:00:00Z') };
    const verdict = sendVerdict({ send, now: new Date(now), timeZone: zone });
    expect(verdict.send ? 'send' : verdict.reason).toBe(expected);
  });

  it('a person abroad after the clocks changed: 07.00 is read on the new offset', () => {
    // Sunday 29 March 2026 in Amsterdam: at 06.30 CEST (04.30 UTC) a send due at 06.00 waits for 07.00 CEST.
    const send = { localDate: '2026-03-29', dueAt: new Date('2026-03-29T04:00:00Z') };
    expect(
      sendVerdict({ send, now: new Date('2026-03-29T04:30:00Z'), timeZone: 'Europe/Amsterdam' }),
    ).toEqual({
      send: false,
      reason: 'quiet-hours',
      retryAt: new Date('2026-03-29T05:00:00Z'),
    });
  });

  it('a person who moved west since planning is not prompted on the day before: wait for 07.00 of the day', () => {
    // Planned Monday 09.00 WIB (02.00 UTC); now in New York it is still Sunday 21.00.
    const verdict = sendVerdict({
      send: prompt,
      now: new Date('2026-03-02T02:00:00Z'),
      timeZone: 'America/New_York',
    });
    expect(verdict).toEqual({ send: false, reason: 'not-yet', retryAt: new Date('2026-03-02T12:00:00Z') });
  });
});
