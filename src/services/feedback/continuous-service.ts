/**
 * /umpanbalik as the channels use it: open (or resume) the dialog, search the giver's circle for
 * a typed name (the one step the pure flow cannot do), and store a submission. The submission
 * re-checks the recipient against the circle and the relation the giver was shown, so a draft
 * left open while someone moved units or changed atasan cannot send a name the giver did not
 * expect (or hide one they were told would show). Nothing of the text is logged.
 */
import { randomBytes } from 'node:crypto';
import type { Inbound, Prompt } from '../../core/conversation/types.js';
import {
  beginContinuous,
  CONTINUOUS_KIND,
  type ContinuousEffect,
  type ContinuousState,
  continuousFlow,
  MAX_MATCHES,
  searchQuery,
  wantsSearch,
  withMatches,
} from '../../core/feedback/continuous-flow.js';
import { localDate } from '../../core/time/iso-week.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  colleagueInCircle,
  insertContinuousFeedback,
  searchCircle,
} from '../../storage/repositories/continuous-feedback.js';
import type { StoredConversation } from '../../storage/repositories/conversations.js';
import { lockLatestConversation } from '../../storage/repositories/conversations.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import type { DialogRunner, DialogService } from '../dialogs/dialog-runner.js';
import type { Person } from '../people/person.js';
import { ensureBundlePlan } from './continuous-bundle.js';

const newNonce = () => randomBytes(3).toString('base64url');
const end = (key: string): { end: Prompt[] } => ({ end: [{ key, expects: 'none' }] });

export const continuousDialog: DialogService<ContinuousState, ContinuousEffect> = {
  flow: continuousFlow,
  async applyEffect(tx, giver, _channel, effect, now) {
    if (effect.recipientId === giver.id) return end('cf-self');
    const recipient = await colleagueInCircle(tx, giver.id, effect.recipientId);
    if (!recipient) return end('cf-gone');
    if ((recipient.relation === null) !== (effect.relation === null)) return end('cf-changed');
    await insertContinuousFeedback(tx, {
      recipientId: recipient.id,
      giverId: giver.id,
      named: effect.named || recipient.relation !== null,
      kind: effect.feedbackKind,
      values: effect.values,
      body: effect.body,
      today: localDate(now, recipient.timeZone),
    });
    await ensureBundlePlan(tx, recipient.timeZone, now);
    return undefined;
  },
};

/** `/umpanbalik`: the open draft where it was, or a new one. */
export async function openContinuous(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  channel: string,
): Promise<DialogReply> {
  const open = await dialogs.lock<ContinuousState>(tx, person, CONTINUOUS_KIND);
  if (open) return dialogs.resume(tx, person, open, channel);
  return dialogs.begin(
    tx,
    person,
    channel,
    CONTINUOUS_KIND,
    beginContinuous({ nonce: newNonce(), giverId: person.id }),
  );
}

/** Whether this open dialog takes typed text as a name to search (see `searchColleague`). */
export function isSearching(open: StoredConversation<unknown> | null | undefined): boolean {
  return open?.kind === CONTINUOUS_KIND && wantsSearch(open.state as ContinuousState);
}

/** A typed name while the dialog asks for a colleague: up to 8 matches as buttons, or "not found". */
export async function searchColleague(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  open: StoredConversation<unknown>,
  text: string,
): Promise<DialogReply> {
  const state = open.state as ContinuousState;
  const query = searchQuery(text);
  const matches =
    query === undefined ? [] : await searchCircle(tx, { giverId: person.id, query, limit: MAX_MATCHES + 1 });
  const result = withMatches(
    state,
    query,
    matches.map(({ timeZone: _zone, ...colleague }) => colleague),
  );
  return dialogs.begin(tx, person, open.channel, CONTINUOUS_KIND, {
    state: result.state,
    prompts: result.prompts,
  });
}

/**
 * Typed text from a channel that routes it here (the terminal): a name while the dialog searches,
 * otherwise whatever dialog asked last gets it, as usual.
 */
export async function answerWithSearch(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  input: Inbound,
  now: Date,
): Promise<DialogReply> {
  const noDialog: Prompt = { key: 'checkin-no-dialog', expects: 'none' };
  // A button goes to the dialog that drew it: the runner looks that up itself.
  if (input.type === 'choice') return dialogs.answer(tx, person, input, now, noDialog);
  const open = await lockLatestConversation<unknown>(tx, person.id, dialogs.kinds);
  if (input.type === 'text' && open && isSearching(open))
    return searchColleague(tx, dialogs, person, open, input.text);
  return dialogs.answer(tx, person, input, now, noDialog, open ?? null);
}

/** `/batal` while the draft is open; undefined when none is (the next /batal handler runs). */
export async function cancelContinuous(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
): Promise<DialogReply | undefined> {
  if (!(await dialogs.cancel(tx, person, CONTINUOUS_KIND))) return undefined;
  return noteReply([{ key: 'cf-cancelled', expects: 'none' }]);
}

/** The dialog that asked last (locked), for a typed name that may be a colleague search. */
export function latestOpenDialog(tx: DbOrTx, dialogs: DialogRunner, employeeId: number) {
  return lockLatestConversation<unknown>(tx, employeeId, dialogs.kinds);
}
