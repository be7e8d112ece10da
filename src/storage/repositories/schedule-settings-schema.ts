/**
 * The stored form of a unit's schedule settings (unit_schedules.settings, jsonb), validated with
 * zod where it enters and leaves the database; the core works with the plain types.
 */
import { z } from 'zod';
import type { PartialScheduleSettings, SendRule } from '../../core/schedule/schedule-settings.js';

export const sendDaySchema = z.union([
  z.literal('first'),
  z.literal('last'),
  z.custom<`first+${number}`>((v) => typeof v === 'string' && /^first\+[1-6]$/.test(v)),
  z.number().int().min(1).max(7),
]);

/** Local wall-clock time `HH:mm` (24 h). */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const sendRuleSchema: z.ZodType<SendRule> = z.object({ day: sendDaySchema, time: localTimeSchema });

export const partialScheduleSettingsSchema = z
  .object({
    prompt: sendRuleSchema.nullable(),
    reminder: sendRuleSchema.nullable(),
    lastCall: sendRuleSchema.nullable(),
    digest: sendRuleSchema.nullable(),
    workWeek: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  })
  .partial()
  .strict() as unknown as z.ZodType<PartialScheduleSettings>;
