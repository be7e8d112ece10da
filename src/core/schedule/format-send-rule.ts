/**
 * A schedule in words for `schedule show`, as message keys and arguments (locales/{id,en}/
 * schedule.ftl): `hari kerja pertama, pukul 09.00` / `first working day at 09:00`. Times travel as
 * `hour` and `minute` so each language writes its own separator (PUEBI 09.00, English 09:00).
 */
import type { IsoWeekday } from '../calendar/working-calendar.js';
import type { PromptArgs } from '../conversation/types.js';
import type { OffReason } from './next-sends.js';
import type { SendKind, SendRule } from './schedule-settings.js';

export interface MessageRef {
  key: string;
  args: PromptArgs;
}

export function formatSendRule(rule: SendRule | null): MessageRef {
  if (!rule) return { key: 'schedule-rule-off', args: {} };
  const time = { hour: rule.time.slice(0, 2), minute: rule.time.slice(3, 5) };
  if (rule.day === 'first') return { key: 'schedule-rule-first', args: time };
  if (rule.day === 'last') return { key: 'schedule-rule-last', args: time };
  if (typeof rule.day === 'number') return { key: 'schedule-rule-weekday', args: { day: rule.day, ...time } };
  return { key: 'schedule-rule-nth', args: { n: Number(rule.day.slice('first+'.length)) + 1, ...time } };
}

/** A send's name: `prompt` → "ajakan mengisi laporan progres" / "weekly prompt". */
export function formatSendKind(kind: SendKind): MessageRef {
  return { key: 'schedule-rule-kind', args: { kind } };
}

/**
 * A working week as parts to join with ", ": runs of three days or more as a range
 * (`Senin–Jumat`), other days by name (`Senin–Rabu, Jumat`, `Sabtu, Minggu`).
 */
export function formatWorkWeek(days: readonly IsoWeekday[]): MessageRef[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const parts: MessageRef[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push({ key: 'schedule-day-range', args: { from: sorted[i]!, to: sorted[j]! } });
    else for (let k = i; k <= j; k++) parts.push({ key: 'schedule-day-name', args: { day: sorted[k]! } });
    i = j + 1;
  }
  return parts;
}

/** Why a day is off: the weekend, or a holiday / cuti bersama by its name. */
export function formatOffReason(reason: OffReason): MessageRef {
  if (reason.kind === 'weekend') return { key: 'schedule-day-off-weekend', args: {} };
  return {
    key: reason.kind === 'holiday' ? 'schedule-day-off-holiday' : 'schedule-day-off-collective-leave',
    args: { name: reason.name },
  };
}
