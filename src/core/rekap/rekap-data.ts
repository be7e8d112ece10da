/**
 * The facts a rekap is computed from, as plain rows: the storage layer loads them for a whole
 * reporting line in a few set-based queries (src/storage/repositories/rekap.ts), and the pure
 * functions of this folder turn them into views. Nothing here knows SQL, a platform or a locale.
 *
 * Dates are calendar dates `yyyy-MM-dd` in the person's own zone; weeks are ISO week keys
 * (`2026-W48`).
 */
import type { Direction } from '../capaian/capaian.js';
import type { Accumulation } from '../capaian/period-target.js';

/** The period a rekap covers; every kind resolves to whole dates (inclusive). */
export type RekapPeriod =
  | { kind: 'week'; isoWeek: string; start: string; end: string }
  | { kind: 'month'; year: number; month: number; start: string; end: string }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4; start: string; end: string };

/** Whose rekap: a supervisor's line, one person in detail, or a unit head's subtree. */
export type RekapSubject =
  | { kind: 'line' }
  | { kind: 'person'; query: string }
  | { kind: 'unit'; path?: string };

export interface RekapPerson {
  employeeId: number;
  name: string;
  nip: string;
  unitId: number | null;
  unitPath: string | null;
  supervisorId: number | null;
  /** Reachable in some chat (a linked identity not marked unreachable). */
  linked: boolean;
}

/**
 * How one person's week stands: `submitted`, `leave` (cuti covering every working day, or the
 * week closed as leave), `no-workday` (libur: holidays only), `missed` (the week closed without a
 * check-in), `open` (the week is still running and nothing is submitted yet), `no-indicators`
 * (nothing recorded, and no active key result in a period overlapping the week: nothing to report).
 */
export type WeekStatus = 'submitted' | 'leave' | 'no-workday' | 'missed' | 'open' | 'no-indicators';

export interface PersonWeek {
  employeeId: number;
  isoWeek: string;
  status: WeekStatus;
}

/** One indicator of one person, with what was reported up to the end of the period. */
export interface IndicatorFacts {
  employeeId: number;
  keyResultId: number;
  code: string;
  /** Rencana hasil kerja (the objective's title). */
  rhk: string;
  /** Indikator. */
  title: string;
  unitLabel: string;
  direction: Direction;
  baseline: number;
  /** The year's target. */
  target: number;
  /** TW I … TW IV, null where none was set. */
  quarterTargets: ReadonlyArray<number | null>;
  accumulation: Accumulation;
  /** `main` (utama) or `additional` (tambahan). */
  resultKind: 'main' | 'additional';
  /** Cascading: the key result this one supports. */
  parentId: number | null;
  /**
   * Every value reported for it in the SKP year up to the end of the period, oldest first (one per
   * week: the week's latest revision). Skipped answers are not reports.
   */
  reports: ReadonlyArray<IndicatorReport>;
  /** Umpan balik berkelanjutan given on this indicator within the period, oldest first. */
  feedback: ReadonlyArray<{ authorName: string; body: string; date: string }>;
}

export interface IndicatorReport {
  isoWeek: string;
  /** The local date the check-in was submitted. */
  date: string;
  value: number;
  confidence: number | null;
  evidenceCount: number;
}

/** A kendala or a "dukungan yang dibutuhkan" answer given within the period. */
export interface TextItem {
  employeeId: number;
  isoWeek: string;
  text: string;
}

export interface OpenDialogRequest {
  requestId: number;
  employeeId: number;
  /** Local date it was asked for. */
  requestedOn: string;
  /** A time the appraiser proposed, ISO 8601 instant; null = none yet. */
  proposedFor: string | null;
}

/** Everything a rekap of one line (or one subtree) is computed from. */
export interface RekapData {
  period: RekapPeriod;
  /** The local date "today" for the viewer: weeks after it are not judged. */
  today: string;
  people: ReadonlyArray<RekapPerson>;
  /** One row per person and ISO week the period touches, up to today. */
  weeks: ReadonlyArray<PersonWeek>;
  /**
   * Added for the views: the same rows for the 11 ISO weeks before the period's first week, which
   * the 12-week trend and the "no update for 2 weeks" rule look back on (a leave week there must
   * not count against anyone). Absent: those weeks are unknown (trend statuses null, the rule
   * judges only the period's own weeks).
   */
  earlierWeeks?: ReadonlyArray<PersonWeek>;
  indicators: ReadonlyArray<IndicatorFacts>;
  blockers: ReadonlyArray<TextItem>;
  support: ReadonlyArray<TextItem>;
  dialogs: ReadonlyArray<OpenDialogRequest>;
}
