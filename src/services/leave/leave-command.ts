/**
 * `/cuti <dari> <sampai>` and `/cuti batal`, channel-neutral: the person records their own leave
 * so that no prompt or reminder reaches them on those days and the week shows as cuti, not missed.
 * Runs in the caller's transaction (the update's), so a redelivered update records nothing twice.
 */
import { dayBefore, type LeaveRange, parseLeaveRange } from '../../core/leave/parse-leave-dates.js';
import { localDate } from '../../core/time/iso-week.js';
import type { Tx } from '../../storage/database.js';
import { cancelCommandLeave, recordLeavePeriod, upcomingLeave } from '../../storage/repositories/leave.js';

export type LeaveCommandOutcome =
  | { kind: 'recorded'; from: string; to: string; alreadyRecorded: boolean }
  | { kind: 'cancelled'; count: number }
  | { kind: 'shown'; periods: Array<{ startsOn: string; endsOn: string }> }
  | { kind: 'refused'; problem: Exclude<LeaveRange, { ok: true }> };

const CANCEL_WORDS = new Set(['batal', 'batalkan', 'cancel']);

export async function runLeaveCommand(
  tx: Tx,
  input: { employeeId: number; timeZone: string; text: string; now: Date },
): Promise<LeaveCommandOutcome> {
  const today = localDate(input.now, input.timeZone);
  const text = input.text.trim();
  if (CANCEL_WORDS.has(text.toLowerCase())) {
    return {
      kind: 'cancelled',
      count: await cancelCommandLeave(tx, input.employeeId, today, dayBefore(today)),
    };
  }
  if (text === '') return { kind: 'shown', periods: await upcomingLeave(tx, input.employeeId, today) };
  const range = parseLeaveRange(text, today);
  if (!range.ok) return { kind: 'refused', problem: range };
  const created = await recordLeavePeriod(tx, {
    employeeId: input.employeeId,
    startsOn: range.from,
    endsOn: range.to,
    source: 'command',
  });
  return { kind: 'recorded', from: range.from, to: range.to, alreadyRecorded: !created };
}
