/**
 * One runner for every dialog (check-in, feedback questionnaire, …): it locks the person's
 * conversation row, steps the flow, applies the flow's effects through its service, saves or
 * deletes the state and returns a neutral reply. Channels call it; flows never see storage.
 */
import { type DialogState, type Flow, isStaleButton } from '../../core/conversation/flow.js';
import type { Inbound, Prompt, Refusal } from '../../core/conversation/types.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  deleteConversation,
  lockConversation,
  lockLatestConversation,
  type StoredConversation,
  saveConversation,
} from '../../storage/repositories/conversations.js';
import { atCommit } from '../../storage/transaction.js';
import { type Notifier, unreachableNotifier } from '../outbound/notifier.js';
import type { Person } from '../people/person.js';
import type { DialogReply } from './dialog-reply.js';

/** What an effect may do beyond its own tables: tell other people (an appraiser, an employee). */
export interface EffectContext {
  notifier: Notifier;
}

/**
 * An effect storage refused (an evaluation period an admin closed meanwhile): the dialog ends
 * with these prompts instead of the flow's, which would claim the write happened.
 */
export interface EffectRefused {
  end: Prompt[];
}

/** A flow plus what only storage can do for it: applying its effects. */
export interface DialogService<S extends DialogState = DialogState, E = unknown> {
  flow: Flow<S, E>;
  applyEffect(
    tx: DbOrTx,
    person: Person,
    channel: string,
    effect: E,
    now: Date,
    context: EffectContext,
    // biome-ignore lint/suspicious/noConfusingVoidType: most effects are `Promise<void>`; only some are refused
  ): Promise<void | EffectRefused>;
}

export function replyOf(state: DialogState | null, prompts: Prompt[], refusal?: Refusal): DialogReply {
  const withButtons = state && prompts.some((p) => p.choices?.length);
  return {
    prompts,
    open: state !== null,
    ...(withButtons ? { buttons: { kind: state.kind, nonce: state.nonce, seq: state.seq } } : {}),
    ...(refusal ? { refusal } : {}),
  };
}

const stale = (open: boolean): DialogReply => ({ prompts: [], open, refusal: 'stale-button' });

export class DialogRunner {
  private readonly services = new Map<string, DialogService<any, any>>();
  private readonly context: EffectContext;

  constructor(services: ReadonlyArray<DialogService<any, any>> = [], options: { notifier?: Notifier } = {}) {
    for (const s of services) this.register(s);
    this.context = { notifier: options.notifier ?? unreachableNotifier };
  }

  register(service: DialogService<any, any>): this {
    if (this.services.has(service.flow.kind)) throw new Error(`dialog ${service.flow.kind} registered twice`);
    this.services.set(service.flow.kind, service);
    return this;
  }

  get kinds(): string[] {
    return [...this.services.keys()];
  }

  /** Which open dialogs an input may be for (the event pipeline locks it ahead of time). */
  targetOf(input: Inbound): { kinds: string[] } | undefined {
    if (input.type !== 'choice') return { kinds: this.kinds };
    return input.kind && this.services.has(input.kind) ? { kinds: [input.kind] } : undefined;
  }

  /** The open dialog of one kind, locked for this transaction. */
  lock<S extends DialogState>(tx: DbOrTx, person: Person, kind: string) {
    return lockConversation<S>(tx, person.id, kind);
  }

  /** Stores a dialog just begun (or drops the old one when there is nothing to ask). */
  async begin<S extends DialogState>(
    tx: DbOrTx,
    person: Person,
    channel: string,
    kind: string,
    begun: { state: S | null; prompts: Prompt[] },
    hadOpen = false,
  ): Promise<DialogReply> {
    const state = begun.state;
    if (state)
      await atCommit(tx, () => saveConversation(tx, { employeeId: person.id, kind, channel, state }));
    else if (hadOpen) await atCommit(tx, () => deleteConversation(tx, person.id, kind));
    return replyOf(begun.state, begun.prompts);
  }

  /** Shows an open dialog again where the person was (its command typed while it is open). */
  async resume<S extends DialogState>(
    tx: DbOrTx,
    person: Person,
    open: StoredConversation<S>,
    channel: string = open.channel,
  ): Promise<DialogReply> {
    const resumed = this.service(open.kind).flow.resume(open.state);
    const save = { employeeId: person.id, kind: open.kind, channel, state: resumed.state };
    await atCommit(tx, () => saveConversation(tx, save));
    return replyOf(resumed.state, resumed.prompts);
  }

  /**
   * Anything the person sends: a button goes to the dialog it was drawn for (its kind is in the
   * payload), text and files to the dialog that asked last. `noDialog` is what to say to text
   * when nothing is open. `preloaded` is that dialog when the event pipeline already locked it
   * (null: none open), for the same person and `targetOf(input)`.
   */
  async answer(
    tx: DbOrTx,
    person: Person,
    input: Inbound,
    now: Date,
    noDialog: Prompt,
    preloaded?: StoredConversation<unknown> | null,
  ): Promise<DialogReply> {
    const target = this.targetOf(input);
    if (!target) return stale(false);
    const open =
      preloaded !== undefined
        ? ((preloaded as StoredConversation<DialogState> | null) ?? undefined)
        : // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent: a button targets one kind, whose latest dialog is its only one
          input.type === 'choice'
          ? await lockConversation<DialogState>(tx, person.id, target.kinds[0]!)
          : await lockLatestConversation<DialogState>(tx, person.id, target.kinds);
    if (!open) return input.type === 'choice' ? stale(false) : replyOf(null, [noDialog]);
    if (isStaleButton(open.state, input)) return stale(true);
    const service = this.service(open.kind);
    const result = service.flow.step(open.state, input, now);
    if (result.refusal === 'stale-button') return stale(true);
    for (const effect of result.effects) {
      const refused = await service.applyEffect(tx, person, open.channel, effect, now, this.context);
      if (refused) {
        await atCommit(tx, () => deleteConversation(tx, person.id, open.kind));
        return replyOf(null, refused.end);
      }
    }
    // The state travels with COMMIT: nothing in this transaction reads it again.
    const { kind, channel } = open;
    const state = result.state;
    if (state)
      await atCommit(tx, () => saveConversation(tx, { employeeId: person.id, kind, channel, state }));
    else await atCommit(tx, () => deleteConversation(tx, person.id, kind));
    return replyOf(result.state, result.prompts, result.refusal);
  }

  /** Drops an open dialog's unsent answers; true when there was one. */
  cancel(tx: DbOrTx, person: Person, kind: string): Promise<boolean> {
    return deleteConversation(tx, person.id, kind);
  }

  private service(kind: string): DialogService<any, any> {
    const service = this.services.get(kind);
    if (!service) throw new Error(`no dialog registered for ${kind}`);
    return service;
  }
}
