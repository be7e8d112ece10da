/**
 * Shared by the appraiser tests: an employee whose penilai is not their atasan, a check-in
 * answered through the real bot whatever the check-in asks (the driver reads the open dialog's
 * current question and answers by its kind, so new questions or wording do not break it), and
 * presses on the buttons of messages the bot sent to a given chat.
 */
import { and, eq } from 'drizzle-orm';
import type { User } from 'grammy/types';
import { checkinFlow } from '../../src/core/checkin/flow.js';
import type { CheckinState } from '../../src/core/checkin/state.js';
import { conversations } from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from './okr-seed.js';
import { linkTelegram, seedEmployee, type TelegramHarness } from './telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER, testUser, textMessage } from './telegram-updates.js';

export const PENILAI = testUser({ id: 555_000_333, first_name: 'Hendra', last_name: 'Gunawan' });
export const ATASAN = testUser({ id: 555_000_444, first_name: 'Rina', last_name: 'Kusuma' });
export const PEER = testUser({ id: 555_000_555, first_name: 'Dodi', last_name: 'Pratama' });

export async function seedTeam(h: TelegramHarness, options: { linkPenilai?: boolean } = {}) {
  const penilai = await seedEmployee(h.db, {
    name: 'Dr. Ir. Hendra Gunawan, M.Si.',
    salutation: 'Bapak',
    timeZone: 'Asia/Makassar',
  });
  const atasan = await seedEmployee(h.db, { name: 'Rina Kusuma', supervisorId: penilai.id });
  const employee = await seedEmployee(h.db, {
    name: 'Sari Wulandari',
    supervisorId: atasan.id,
    appraiserId: penilai.id,
    timeZone: 'Asia/Makassar',
  });
  const peer = await seedEmployee(h.db, { name: 'Dodi Pratama', supervisorId: atasan.id });
  await linkTelegram(h.db, employee.id, TEST_USER.id);
  if (options.linkPenilai ?? true) await linkTelegram(h.db, penilai.id, PENILAI.id);
  await linkTelegram(h.db, atasan.id, ATASAN.id);
  await linkTelegram(h.db, peer.id, PEER.id);
  const krs = await seedKeyResults(h.db, employee.id, [
    { ...THREE_KRS[0]!, targetQ1: 1, targetQ2: 2, targetQ3: 3, targetQ4: 4 },
    { ...THREE_KRS[1]!, targetQ4: 70 },
    THREE_KRS[2]!,
  ]);
  return { penilai, atasan, employee, peer, krs };
}

/** Callback data of the buttons the bot sent to `chatId`, newest message last. */
export function buttonsSentTo(h: TelegramHarness, chatId: number): string[][] {
  return h.api.calls
    .filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === chatId)
    .map((c) =>
      ((c.body.reply_markup?.inline_keyboard ?? []) as Array<Array<{ callback_data: string }>>)
        .flat()
        .map((b) => b.callback_data),
    );
}

export const textsSentTo = (h: TelegramHarness, chatId: number): string[] =>
  h.api.calls
    .filter(
      (c) =>
        (c.method === 'sendMessage' || c.method === 'editMessageText') && Number(c.body.chat_id) === chatId,
    )
    .map((c) => String(c.body.text));

/** Presses the newest button sent to `user` whose data ends with `suffix`. */
export function pressFor(h: TelegramHarness, user: User, suffix: string) {
  const data = buttonsSentTo(h, user.id)
    .flat()
    .reverse()
    .find((d) => d.endsWith(suffix));
  if (!data) throw new Error(`no button …${suffix} sent to ${user.id}`);
  return callbackQuery(data, { from: user });
}

/** The newest keyboard's button with this choice (the check-in's own buttons). */
function pressChoice(h: TelegramHarness, choice: string, from: User) {
  const call = h.api.calls.filter((c) => c.body.reply_markup?.inline_keyboard).at(-1)!;
  const data = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .map((b) => b.callback_data)
    .find((d) => d.endsWith(`|${choice}`));
  if (!data) throw new Error(`no button ${choice}`);
  return callbackQuery(data, { from, messageId: call.body.message_id ?? 5001, messageText: call.body.text });
}

/** Realisasi typed for the three key results: 3 of 4 dokumen, 65% of 80%, 8 hari (target 5, turun). */
const VALUES = ['3', '65%', '8'];
const TAIL_ANSWERS: Array<[string, string]> = [
  ['block', 'Server SIMPEG sering lambat'],
  ['support', 'Akses ke server uji dari Pusdatin'],
  ['next', '- Finalisasi draf\n- Rapat dengan Biro Hukum'],
  ['action', '- Finalisasi draf\n- Rapat dengan Biro Hukum'],
];

/** Answers the employee's check-in through the bot until it is submitted, asking for a dialog. */
export async function submitCheckin(
  h: TelegramHarness,
  employeeId: number,
  from: User = TEST_USER,
): Promise<void> {
  await h.send(commandMessage('checkin', undefined, { from }));
  for (let step = 0; step < 60; step++) {
    const [row] = await h.db
      .select({ state: conversations.state })
      .from(conversations)
      .where(and(eq(conversations.employeeId, employeeId), eq(conversations.kind, 'checkin')));
    if (!row) return;
    const state = row.state as CheckinState;
    const prompt = checkinFlow.currentPrompt(state);
    const ids = (prompt.choices ?? []).flat().map((c) => c.id);
    const prefer = ['submit', 'go', 'y', 'c7'].find((id) => ids.includes(id));
    const cursor = state.cursor;
    if (prefer) await h.send(pressChoice(h, prefer, from));
    else if (prompt.expects === 'number' && cursor.at === 'value')
      await h.send(textMessage(VALUES[cursor.kr] ?? 'tetap', { from }));
    else if (prompt.expects === 'link-or-file')
      await h.send(textMessage('https://drive.example.go.id/bukti-1', { from }));
    else if (prompt.expects === 'text' && cursor.at === 'tail')
      await h.send(
        textMessage(TAIL_ANSWERS.find(([id]) => cursor.id.includes(id))?.[1] ?? 'Tidak ada', { from }),
      );
    else if (ids.length > 0) await h.send(pressChoice(h, ids[0]!, from));
    else throw new Error(`check-in waits on ${prompt.key} with nothing to answer`);
  }
  throw new Error('check-in did not finish in 60 steps');
}
