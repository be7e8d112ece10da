/** `/notifikasi`: how an appraiser hears of check-ins, each at once or one daily bundle. */
import type { DbOrTx } from '../../storage/database.js';
import { type NotificationMode, setNotificationMode } from '../../storage/repositories/appraisal.js';

export type { NotificationMode };

export function setCheckinNotifications(db: DbOrTx, employeeId: number, mode: NotificationMode, now: Date) {
  return setNotificationMode(db, employeeId, mode, now);
}
