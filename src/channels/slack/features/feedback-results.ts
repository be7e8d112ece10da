import { answerResults } from '../../../services/feedback/results-service.js';
import type { SlackDeps, SlackTurn } from '../context.js';
import { slackOps } from '../reply-renderer.js';

/**
 * `/dika hasil360 [2026-Q4] [nama atau NIP]`: the 360° results in the person's DM (which only they
 * read), with the chart as a file, like a rekap. Read-only; the chart renders while the
 * request's transaction waits (~0.1 s), as in Telegram.
 */
export async function resultsCommand(turn: SlackTurn, deps: SlackDeps, text: string): Promise<void> {
  const employee = turn.employee;
  if (!employee) return;
  const reply = await answerResults(
    turn.tx,
    { id: employee.id, name: employee.name, locale: turn.locale },
    text,
    { translator: deps.translator, charts: deps.charts !== false },
  );
  turn.outbox.push(...slackOps(deps.translator, turn.locale, turn.account.user, reply));
}
