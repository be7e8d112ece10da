/** Indonesia's three zones by the names people use; anything else must be an IANA zone. */
export const INDONESIAN_ZONES = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
} as const;

export type ZoneAbbreviation = keyof typeof INDONESIAN_ZONES;

function isIanaZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `WIB`/`wita`/`Asia/Jayapura` → IANA zone, or undefined when it is not a zone. */
export function resolveTimeZone(input: string): string | undefined {
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (upper in INDONESIAN_ZONES) return INDONESIAN_ZONES[upper as ZoneAbbreviation];
  return isIanaZone(trimmed) ? trimmed : undefined;
}

export function isValidTimeZone(input: string): boolean {
  return resolveTimeZone(input) !== undefined;
}

/** Zones that share an abbreviation with one of `INDONESIAN_ZONES` (Pontianak keeps Jakarta's time). */
const ZONE_ALIASES: Readonly<Record<string, ZoneAbbreviation>> = { 'Asia/Pontianak': 'WIB' };

/** The label a person recognises: WIB/WITA/WIT for Indonesia's zones, the IANA name otherwise. */
export function zoneLabel(zone: string): string {
  for (const [abbr, iana] of Object.entries(INDONESIAN_ZONES)) if (iana === zone) return abbr;
  return ZONE_ALIASES[zone] ?? zone;
}
