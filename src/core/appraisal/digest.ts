/**
 * The daily bundle for appraisers who chose "ringkasan harian": one message at 16.00 their time
 * on working days, listing the check-ins they were not told of yet, each with a button that
 * opens its full report.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format, isWeekend } from 'date-fns';
import type { Choice, Prompt } from '../conversation/types.js';
import { workWeek } from './checkin-report.js';
import { DIGEST_SEQ, NOTICE_KIND, noticeChoice } from './notice-button.js';

export const DIGEST_HOUR = 16;
/** Check-ins listed in one message (Telegram holds 4,096 characters and 100 buttons). */
export const DIGEST_ITEMS_PER_MESSAGE = 20;

/** When the next bundle is due: 16.00 local on this or the next working day, and that local date. */
export function digestDue(now: Date, timeZone: string): { dueAt: Date; localDate: string } {
  let day = new TZDate(now.getTime(), timeZone);
  day = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), DIGEST_HOUR, 0, 0, 0, timeZone);
  while (isWeekend(day) || day.getTime() <= now.getTime()) {
    const next = addDays(day, 1);
    day = new TZDate(next.getFullYear(), next.getMonth(), next.getDate(), DIGEST_HOUR, 0, 0, 0, timeZone);
  }
  return { dueAt: new Date(day.getTime()), localDate: format(day, 'yyyy-MM-dd') };
}

export interface DigestItem {
  checkinId: number;
  employeeName: string;
  weekStart: string;
  revision: number;
  indicatorsReported: number;
  blockers: number;
  wantsDialog: boolean;
}

/** One message of the bundle (`part` of `parts`, when there are more items than fit in one). */
export function digestPrompt(
  items: DigestItem[],
  part: number,
  parts: number,
): { prompt: Prompt; buttons: { kind: string; nonce: string; seq: number } } {
  const choices: Choice[][] = items.map((item) => [
    {
      id: noticeChoice({ type: 'open', checkinId: item.checkinId }),
      label: 'appraisal-btn-open',
      args: { name: item.employeeName },
    },
  ]);
  return {
    prompt: {
      key: 'appraisal-digest',
      args: { count: items.length, part, parts },
      lines: items.map((item) => ({
        key: 'appraisal-digest-item',
        args: {
          name: item.employeeName,
          ...workWeek(item.weekStart),
          revision: item.revision,
          indicators: item.indicatorsReported,
          blockers: item.blockers,
          dialog: item.wantsDialog ? 'yes' : 'no',
        },
      })),
      choices,
      expects: 'none',
    },
    buttons: { kind: NOTICE_KIND, nonce: '0', seq: DIGEST_SEQ },
  };
}
