import { safeError } from '../../../logging/safe-error.js';
import { type DialogReply, noteReply } from '../../../services/dialogs/dialog-reply.js';
import { answerRekap, answerUnitDrill, type RekapAsker } from '../../../services/rekap/rekap-service.js';
import { transaction } from '../../../storage/transaction.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { toDraft } from '../outbox.js';
import { slackOps } from '../reply-renderer.js';

/**
 * A rekap is read after the request's transaction has committed (a large rekap must hold no
 * request's connection), like Telegram's. The answer goes to the person's DM, which only they
 * read, with the chart as a file; its messages are queued in a short transaction of their own.
 */
function later(
  turn: SlackTurn,
  deps: SlackDeps,
  produce: (asker: RekapAsker, now: Date) => Promise<DialogReply>,
): void {
  const employee = turn.employee;
  if (!employee) return;
  const asker = { id: employee.id, timeZone: employee.timeZone, locale: turn.locale };
  const { account, log, locale } = turn;
  turn.afterCommit.push(async () => {
    let reply: DialogReply;
    try {
      reply = await produce(asker, deps.clock());
    } catch (error) {
      log.error({ err: safeError(error) }, 'rekap failed');
      reply = noteReply([{ key: 'rekap-failed', expects: 'none' }]);
    }
    const context = { sender: deps.sender, user: account.user, employeeId: employee.id };
    const drafts = slackOps(deps.translator, locale, account.user, reply).map((op) => toDraft(op, context));
    const rows = await transaction(deps.db, (tx) => deps.outbound.enqueue(tx, drafts));
    await deps.outbound.deliver(rows);
  });
}

const rekapDepsOf = (deps: SlackDeps) => ({
  db: deps.db,
  translator: deps.translator,
  charts: deps.charts !== false,
});
const actorOf = (turn: SlackTurn) => `slack:${turn.account.team}:${turn.account.user}`;

/** `/rekap …`: the same parsing, rights and views as Telegram's. */
export function rekapCommand(turn: SlackTurn, deps: SlackDeps, text: string): void {
  later(turn, deps, (asker, now) => answerRekap(rekapDepsOf(deps), asker, text, now, actorOf(turn)));
}

/** A rekap's drill-down button: that sub-unit's summary, if the presser heads it or a unit above. */
export function rekapDrill(turn: SlackTurn, deps: SlackDeps, unitId: number): void {
  later(turn, deps, (asker, now) => answerUnitDrill(rekapDepsOf(deps), asker, unitId, now, actorOf(turn)));
}
