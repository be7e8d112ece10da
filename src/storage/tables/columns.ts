import { integer, numeric, timestamp } from 'drizzle-orm/pg-core';

/** Integer identities, not UUIDs: ids travel in Telegram callback data, which holds 64 bytes. */
export const id = () => integer().primaryKey().generatedAlwaysAsIdentity();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
/**
 * Realisation values can be money (Rp 1.500.000.000) or percentages with decimals. Input is bounded
 * to what this holds by MAX_MEASURE (src/core/numbers/measure.ts): change both together.
 */
export const measure = () => numeric({ precision: 20, scale: 4, mode: 'number' });
