import { Composer } from 'grammy';
import type { DikaContext } from '../context.js';
import { pushReply } from '../outbox.js';

/**
 * /privasi (and /privacy): what dika stores about the person, who sees it, for how long, and how
 * to ask for a copy or for erasure (UU 27/2022, the right to information). Requests go to the
 * performance administrator, who runs `person export` / `person erase`.
 */
export function privacyFeature(): Composer<DikaContext> {
  const composer = new Composer<DikaContext>();
  composer.command(['privasi', 'privacy'], (ctx) => {
    pushReply(ctx, ctx.t('privacy-text'));
  });
  return composer;
}
