/** Zone names people type and the labels they read back (src/core/time/time-zone.ts). */
import { describe, expect, it } from 'vitest';
import {
  INDONESIAN_ZONES,
  isValidTimeZone,
  resolveTimeZone,
  zoneLabel,
} from '../../../src/core/time/time-zone.js';

describe('resolveTimeZone', () => {
  it.each([
    ['WIB', 'Asia/Jakarta'],
    ['wita', 'Asia/Makassar'],
    [' Wit ', 'Asia/Jayapura'],
    ['Asia/Jayapura', 'Asia/Jayapura'],
    [' Asia/Makassar ', 'Asia/Makassar'],
    ['Europe/Amsterdam', 'Europe/Amsterdam'],
    ['UTC', 'UTC'],
  ])('%j → %s', (input, zone) => {
    expect(resolveTimeZone(input)).toBe(zone);
  });

  it.each([
    '',
    'Jakarta',
    'GMT', // a name Intl knows, but not an IANA area/location: refused like any bare word
    'EST',
    'utc', // only the exact IANA spelling
    'Asia/Atlantis',
    'Asia/',
    'toString', // a property every object has, not a zone
    'constructor',
  ])('refuses %j', (input) => {
    expect(resolveTimeZone(input)).toBeUndefined();
    expect(isValidTimeZone(input)).toBe(false);
  });

  it('accepts what it resolves', () => {
    expect(isValidTimeZone('WITA')).toBe(true);
    expect(isValidTimeZone('Asia/Jakarta')).toBe(true);
  });
});

describe('zoneLabel', () => {
  it.each(Object.entries(INDONESIAN_ZONES))('%s for %s', (abbreviation, zone) => {
    expect(zoneLabel(zone)).toBe(abbreviation);
  });

  it('keeps any other zone’s IANA name', () => {
    expect(zoneLabel('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(zoneLabel('UTC')).toBe('UTC');
  });
});
