/** Who is behind a chat account or a NIP, and the settings a person changes themselves. */
import type { DbOrTx } from '../../storage/database.js';
import {
  type EmployeeRow,
  type ExternalUser,
  findEmployeeByIdentity,
  findEmployeeByNip,
  updateEmployeePreferences,
} from '../../storage/repositories/identities.js';

export type { EmployeeRow, ExternalUser };

/** The active employee linked to this account, or undefined for a stranger. */
export function identifyAccount(db: DbOrTx, user: ExternalUser): Promise<EmployeeRow | undefined> {
  return findEmployeeByIdentity(db, user);
}

/** The employee with this NIP (terminal chat, CLI), active or not. */
export function employeeByNip(db: DbOrTx, nip: string): Promise<EmployeeRow | undefined> {
  return findEmployeeByNip(db, nip);
}

export function setLanguage(db: DbOrTx, employeeId: number, locale: string, now: Date) {
  return updateEmployeePreferences(db, employeeId, { locale }, now);
}

/** Reminders and the week follow the zone, so a change applies from the next question on. */
export function setTimeZone(db: DbOrTx, employeeId: number, timeZone: string, now: Date) {
  return updateEmployeePreferences(db, employeeId, { timeZone }, now);
}
