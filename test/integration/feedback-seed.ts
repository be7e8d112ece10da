/**
 * Shared by the 360° feedback tests: a unit with a head (atasan and penilai) and `members`
 * colleagues under them, a cycle opened through the service, and a driver that fills in one
 * questionnaire through the real DialogRunner (one transaction per input, as the channels do).
 */
import { and, eq } from 'drizzle-orm';
import type { Inbound } from '../../src/core/conversation/types.js';
import { type QuestionnaireState, questionnaireFlow } from '../../src/core/feedback/questionnaire-flow.js';
import { DialogRunner } from '../../src/services/dialogs/dialog-runner.js';
import { openFeedbackCycle } from '../../src/services/feedback/cycle-service.js';
import { pressInvitation, questionnaireDialog } from '../../src/services/feedback/questionnaire-service.js';
import { type Person, personOf } from '../../src/services/people/person.js';
import type { Db } from '../../src/storage/database.js';
import { conversations, type employees } from '../../src/storage/schema.js';
import { seedEmployee, seedUnitPath } from '../support/telegram-harness.js';

export const NOW = new Date('2026-12-02T02:00:00Z');
export const dialogs = () => new DialogRunner([questionnaireDialog]);

export async function seedUnit(db: Db, members: number, path = 'Biro Umum/Bagian Keuangan') {
  const unitId = await seedUnitPath(db, path);
  const head = await seedEmployee(db, { name: 'Hendra Gunawan', unitId, salutation: 'Bapak' });
  const staff: Array<typeof employees.$inferSelect> = [];
  for (let i = 0; i < members; i++)
    staff.push(
      await seedEmployee(db, { name: `Staf ${String.fromCharCode(65 + i)}`, unitId, supervisorId: head.id }),
    );
  return { unitId, head, staff };
}

export async function openCycle(
  db: Db,
  options: { k?: number; peers?: number; self?: boolean; unit?: string } = {},
) {
  const outcome = await openFeedbackCycle(db, {
    period: '2026-Q4',
    unitPath: options.unit ?? null,
    closesOn: '2026-12-18',
    peersPerRatee: options.peers ?? 6,
    maxPeerRequests: 10,
    includeSelf: options.self ?? false,
    minRaters: options.k ?? 3,
    actor: 'cli:test',
    now: NOW,
  });
  if (outcome.status !== 'opened') throw new Error(`cycle not opened: ${outcome.status}`);
  return outcome.cycleId;
}

export async function openDraft(db: Db, rater: Person) {
  const [row] = await db
    .select({ state: conversations.state })
    .from(conversations)
    .where(and(eq(conversations.employeeId, rater.id), eq(conversations.kind, questionnaireFlow.kind)));
  return row?.state as QuestionnaireState | undefined;
}

/**
 * Opens the questionnaire about `rateeId` and answers it: every indicator with `score` (1–5,
 * 0 = tidak dapat menilai) or every rating with `rating`, `comment` on the first value, Kirim.
 * Returns the prompt keys of the last reply.
 */
export async function fillQuestionnaire(
  db: Db,
  runner: DialogRunner,
  rater: typeof employees.$inferSelect,
  cycleId: number,
  rateeId: number,
  answer: { score?: number; rating?: string; comment?: string },
): Promise<string[]> {
  const person = personOf(rater);
  const opened = await db.transaction((tx) =>
    pressInvitation(tx, runner, person, 'terminal', { cycleId, rateeId }),
  );
  if (opened === 'refused') return ['refused'];
  let last: string[] = opened.prompts.map((p) => p.key);
  let commented = false;
  for (let i = 0; i < 80; i++) {
    const state = await openDraft(db, person);
    if (!state) return last;
    const prompt = questionnaireFlow.currentPrompt(state);
    let input: Inbound;
    const choice = (id: string): Inbound => ({
      type: 'choice',
      kind: state.kind,
      nonce: state.nonce,
      seq: state.seq,
      choice: id,
    });
    if (prompt.key === 'fb360-summary') input = choice('kirim');
    else if (prompt.expects === 'text' && answer.comment && !commented) {
      input = { type: 'text', text: answer.comment };
      commented = true;
    } else if (prompt.expects === 'text') input = choice('lewati');
    else if (answer.rating) input = choice(answer.rating);
    else input = choice(answer.score === 0 ? 'na' : `s${answer.score ?? 3}`);
    const reply = await db.transaction((tx) =>
      runner.answer(tx, person, input, NOW, { key: 'none', expects: 'none' }),
    );
    last = reply.prompts.map((p) => p.key);
  }
  throw new Error('questionnaire did not end');
}
