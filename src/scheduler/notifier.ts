import type { DialogReply } from '../services/checkin-service.js';

/** How a scheduled job reaches a person: one implementation per channel (Telegram, later Slack). */
export interface Notifier {
  /** The channel names this notifier serves (`telegram`). */
  readonly channel: string;
  /** Sends the reply to the person; throws when it could not be delivered. */
  deliver(employeeId: number, reply: DialogReply): Promise<void>;
}
