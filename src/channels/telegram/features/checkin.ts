import { Composer } from 'grammy';
import type { DikaContext, TelegramDeps } from '../context.js';

/**
 * The weekly check-in, /checkin /status /riwayat /batal and their `ck|…` buttons.
 * (Placeholder: the check-in work fills it.)
 */
export function checkinFeature(_deps: TelegramDeps): Composer<DikaContext> {
  return new Composer<DikaContext>();
}
