/**
 * The 360° questionnaire as the channels use it: a press on an invitation button (or `/360`)
 * opens the questionnaire for one ratee after checking the participation record, and the
 * submission writes, in the runner's one transaction, the participation flip, the anonymous
 * pending row (or the named ratings) and (through the runner) the draft's deletion. Whoever has
 * no assignment gets the one refusal every unknown button gets. Nothing of an answer is logged.
 */
import { randomBytes } from 'node:crypto';
import type { Inbound, Prompt } from '../../core/conversation/types.js';
import type { BerakhlakValue } from '../../core/feedback/berakhlak.js';
import {
  INVITE_KIND,
  INVITE_SEQ,
  inviteChoice,
  inviteNonce,
  readInviteButton,
} from '../../core/feedback/invitation-button.js';
import {
  beginQuestionnaire,
  QUESTIONNAIRE_KIND,
  type QuestionnaireState,
  questionnaireFlow,
  type SubmitEffect,
} from '../../core/feedback/questionnaire-flow.js';
import type { DbOrTx } from '../../storage/database.js';
import {
  flushPending,
  insertNamedRatings,
  insertPending,
  type NamedRating,
} from '../../storage/repositories/feedback-answers.js';
import {
  type AskedRating,
  askedOf,
  expectationsOf,
  findCycle,
  markSubmitted,
} from '../../storage/repositories/feedback-cycles.js';
import { type DialogReply, noteReply } from '../dialogs/dialog-reply.js';
import type { DialogRunner, DialogService } from '../dialogs/dialog-runner.js';
import type { Person } from '../people/person.js';

const newNonce = () => randomBytes(3).toString('base64url');
export const REFUSED = 'refused' as const;
const note = (key: string, args?: Prompt['args']): DialogReply =>
  noteReply([{ key, ...(args ? { args } : {}), expects: 'none' }]);

function namedRatings(effect: SubmitEffect): NamedRating[] {
  const comments = new Map(effect.comments.map((c) => [c.value ?? 'overall', c.body]));
  const out: NamedRating[] = [];
  if (effect.relation === 'appraiser')
    for (const r of effect.ratings)
      out.push({ value: r.value, rating: r.rating, score: null, comment: comments.get(r.value) ?? null });
  else {
    // The schema keeps one self score per value: the rounded mean of the indicators judged.
    const byValue = new Map<BerakhlakValue, number[]>();
    for (const a of effect.answers) {
      const list = byValue.get(a.value) ?? [];
      if (a.score !== null) list.push(a.score);
      byValue.set(a.value, list);
    }
    for (const [value, scores] of byValue) {
      const score = scores.length ? Math.round(scores.reduce((s, x) => s + x, 0) / scores.length) : null;
      out.push({ value, rating: null, score, comment: comments.get(value) ?? null });
    }
  }
  const overall = comments.get('overall');
  if (overall) out.push({ value: 'overall', rating: null, score: null, comment: overall });
  return out;
}

export const questionnaireDialog: DialogService<QuestionnaireState, SubmitEffect> = {
  flow: questionnaireFlow,
  async applyEffect(tx, rater, _channel, effect, now) {
    const marked = await markSubmitted(tx, {
      cycleId: effect.cycleId,
      rateeId: effect.rateeId,
      raterId: rater.id,
    });
    if (!marked || marked.relation !== effect.relation)
      return { end: [{ key: 'fb360-not-saved', args: { name: effect.rateeName }, expects: 'none' }] };
    if (effect.relation === 'peer' || effect.relation === 'subordinate') {
      await insertPending(tx, {
        cycleId: effect.cycleId,
        rateeId: effect.rateeId,
        category: effect.relation,
        body: {
          answers: effect.answers.map((a) => [a.value, a.indicator, a.score]),
          comments: effect.comments.map((c) => [c.value, c.body]),
        },
      });
      await flushPending(tx, effect.cycleId, { rateeId: effect.rateeId, force: false });
      return;
    }
    await insertNamedRatings(tx, {
      cycleId: effect.cycleId,
      rateeId: effect.rateeId,
      raterId: rater.id,
      relation: effect.relation,
      ratings: namedRatings(effect),
      now,
    });
  },
};

/** The invitation (or reminder, or `/360` list): whom to rate, who sees what, a button per ratee. */
export function invitationReply(
  asked: readonly AskedRating[],
  mode: 'invite' | 'remind' | 'list',
): DialogReply {
  const first = asked[0]!;
  const anonymous = asked.some((a) => a.relation === 'peer' || a.relation === 'subordinate');
  const named = asked.some((a) => a.relation === 'appraiser');
  const prompts: Prompt[] = [
    {
      key: `fb360-${mode}`,
      args: { count: asked.length, closes: { date: first.closesOn } },
      lines: [
        ...asked.map((a) => ({
          key: 'fb360-invite-ratee',
          args: { name: a.rateeName, relation: a.relation },
        })),
        // Who will see what, told before anyone starts (domain.md §14).
        ...(anonymous ? [{ key: 'fb360-invite-anonymous', args: { k: first.minRaters } }] : []),
        ...(named ? [{ key: 'fb360-invite-named' }] : []),
      ],
      expects: 'none',
    },
    {
      key: 'fb360-invite-choose',
      choices: asked.map((a) => [
        {
          id: inviteChoice(a.rateeId),
          label: 'fb360-btn-ratee',
          args: { name: a.rateeName, relation: a.relation },
        },
      ]),
      expects: 'choice',
    },
  ];
  return {
    prompts,
    open: false,
    buttons: { kind: INVITE_KIND, nonce: inviteNonce(first.cycleId), seq: INVITE_SEQ },
  };
}

/** Resumes the open questionnaire, or says so first when it is about someone else than asked. */
async function resumeOpen(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  channel: string,
  open: NonNullable<Awaited<ReturnType<DialogRunner['lock']>>>,
  other: boolean,
): Promise<DialogReply> {
  const resumed = await dialogs.resume(tx, person, open as never, channel);
  if (!other) return resumed;
  const state = open.state as QuestionnaireState;
  return {
    ...resumed,
    prompts: [
      { key: 'fb360-finish-open-first', args: { name: state.rateeName }, expects: 'none' },
      ...resumed.prompts,
    ],
  };
}

/** A pressed invitation button: open (or resume) the questionnaire about that ratee. */
export async function pressInvitation(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  channel: string,
  pressed: { cycleId: number; rateeId: number },
): Promise<DialogReply | typeof REFUSED> {
  const asked = (await askedOf(tx, person.id, pressed.cycleId)).find((a) => a.rateeId === pressed.rateeId);
  const open = await dialogs.lock<QuestionnaireState>(tx, person, QUESTIONNAIRE_KIND);
  if (open && open.state.cycleId === pressed.cycleId && open.state.rateeId === pressed.rateeId && asked)
    return dialogs.resume(tx, person, open, channel);
  if (!asked) return REFUSED;
  if (open) return resumeOpen(tx, dialogs, person, channel, open, true);
  const cycle = await findCycle(tx, { id: asked.cycleId });
  if (!cycle) return REFUSED;
  const expectations =
    asked.relation === 'appraiser' ? await expectationsOf(tx, asked.rateeId, cycle.periodId) : {};
  const begun = beginQuestionnaire({
    nonce: newNonce(),
    cycleId: asked.cycleId,
    rateeId: asked.rateeId,
    rateeName: asked.rateeName,
    relation: asked.relation,
    minRaters: asked.minRaters,
    expectations,
  });
  return dialogs.begin(tx, person, channel, QUESTIONNAIRE_KIND, begun);
}

/** `/360`: the questionnaire left open, else the list of those still to fill in (newest cycle). */
export async function listQuestionnaires(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  channel: string,
): Promise<DialogReply> {
  const open = await dialogs.lock<QuestionnaireState>(tx, person, QUESTIONNAIRE_KIND);
  if (open) return dialogs.resume(tx, person, open, channel);
  const asked = await askedOf(tx, person.id);
  if (asked.length === 0) return note('fb360-nothing-asked');
  const newest = Math.max(...asked.map((a) => a.cycleId));
  return invitationReply(
    asked.filter((a) => a.cycleId === newest),
    'list',
  );
}

/** `/batal` while a questionnaire is open (its draft is dropped); undefined when none is. */
export async function cancelQuestionnaire(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
): Promise<DialogReply | undefined> {
  return (await dialogs.cancel(tx, person, QUESTIONNAIRE_KIND)) ? note('fb360-cancelled') : undefined;
}

/** A press on an invitation button as a neutral input (the terminal): refused like any unknown button. */
export async function answerInvitation(
  tx: DbOrTx,
  dialogs: DialogRunner,
  person: Person,
  channel: string,
  input: Inbound,
): Promise<DialogReply> {
  const pressed =
    input.type === 'choice' && input.kind === INVITE_KIND && input.nonce !== undefined
      ? readInviteButton({ nonce: input.nonce, seq: input.seq, choice: input.choice })
      : undefined;
  const reply = pressed ? await pressInvitation(tx, dialogs, person, channel, pressed) : REFUSED;
  return reply === REFUSED ? note('fb360-not-allowed') : reply;
}
