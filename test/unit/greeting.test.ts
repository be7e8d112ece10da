import { describe, expect, it } from 'vitest';
import { dayPart, greetingPrompt, shortName } from '../../src/core/people/greeting.js';
import { renderPrompts } from '../../src/i18n/render-prompt.js';
import { Translator } from '../../src/i18n/translator.js';

const translator = new Translator();

describe('shortName', () => {
  it.each([
    ['Dr. Ir. Hendra Wijaya, M.Si.', 'Hendra'],
    ['Hendra Wijaya', 'Hendra'],
    ['Hj. Siti Rahmawati, S.E., M.M.', 'Siti'],
    ['Prof. Dr. drg. Ratna Dewi, Sp.KG.', 'Ratna'],
    ['Drs. H. Ahmad Fauzi', 'Ahmad'],
    ['dr. Maya Sari', 'Maya'],
    ['Ns. Yohanes Kaize, S.Kep.', 'Yohanes'],
    ['RINA MARLINA, S.H.', 'Rina'],
    ['Sukarno', 'Sukarno'],
    ['Sukarno, S.H.', 'Sukarno'],
    ['Hj Siti Aminah', 'Siti'],
    ['Ir Budi Santoso, MT', 'Budi'],
    ['  Made   Wirawan ', 'Made'],
    ['Ir. Budi', 'Budi'],
  ])('%s → %s', (full, short) => {
    expect(shortName(full)).toBe(short);
  });
});

describe('dayPart in the person’s zone', () => {
  it.each([
    // 23:30 UTC is 06:30 in Jakarta, 07:30 in Makassar, 08:30 in Jayapura (next day).
    ['2026-11-30T23:30:00Z', 'Asia/Jakarta', 'morning'],
    ['2026-12-01T03:59:00Z', 'Asia/Jakarta', 'morning'], // 10.59 WIB
    ['2026-12-01T04:00:00Z', 'Asia/Jakarta', 'midday'], // 11.00 WIB
    ['2026-12-01T04:00:00Z', 'Asia/Jayapura', 'midday'], // 13.00 WIT
    ['2026-12-01T07:00:00Z', 'Asia/Jakarta', 'midday'], // 14.00 WIB
    ['2026-12-01T07:00:00Z', 'Asia/Makassar', 'afternoon'], // 15.00 WITA
    ['2026-12-01T10:59:00Z', 'Asia/Jakarta', 'afternoon'], // 17.59 WIB
    ['2026-12-01T11:00:00Z', 'Asia/Jakarta', 'evening'], // 18.00 WIB
    ['2026-12-01T20:30:00Z', 'Asia/Jakarta', 'evening'], // 03.30 WIB
    ['2026-12-01T21:00:00Z', 'Asia/Jakarta', 'morning'], // 04.00 WIB
  ] as const)('%s in %s is %s', (at, zone, part) => {
    expect(dayPart(new Date(at), zone)).toBe(part);
  });
});

describe('the check-in greeting', () => {
  const hendra = { name: 'Dr. Ir. Hendra Wijaya, M.Si.', salutation: 'Bapak' as const };
  const render = (
    locale: 'id' | 'en',
    person: Parameters<typeof greetingPrompt>[0],
    at: string,
    zone: string,
  ) => renderPrompts(translator, locale, [greetingPrompt(person, new Date(at), zone)]).text;

  it.each([
    ['id', hendra, '2026-12-01T00:30:00Z', 'Asia/Makassar', 'Selamat pagi, Bapak Hendra.'],
    ['id', hendra, '2026-12-01T05:00:00Z', 'Asia/Jakarta', 'Selamat siang, Bapak Hendra.'],
    [
      'id',
      { name: 'Siti Rahmawati, S.E.', salutation: 'Ibu' },
      '2026-12-01T08:00:00Z',
      'Asia/Makassar',
      'Selamat sore, Ibu Siti.',
    ],
    [
      'id',
      { name: 'Yohanes Kaize', salutation: null },
      '2026-12-01T11:00:00Z',
      'Asia/Jayapura',
      'Selamat malam, Yohanes.',
    ],
    ['en', hendra, '2026-12-01T00:30:00Z', 'Asia/Makassar', 'Good morning, Mr Hendra.'],
    [
      'en',
      { name: 'Siti Rahmawati', salutation: 'Ibu' },
      '2026-12-01T12:00:00Z',
      'Asia/Jakarta',
      'Good evening, Ms Siti.',
    ],
    [
      'en',
      { name: 'Yohanes Kaize', salutation: null },
      '2026-12-01T05:00:00Z',
      'Asia/Jakarta',
      'Good day, Yohanes.',
    ],
  ] as const)('%s: %o at %s (%s)', (locale, person, at, zone, text) => {
    expect(render(locale, person, at, zone)).toBe(text);
  });
});
