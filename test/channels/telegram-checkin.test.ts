import { asc, eq } from 'drizzle-orm';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../src/channels/telegram/bot.js';
import { runDueJobs } from '../../src/scheduler/job-runner.js';
import { checkinSnoozeJob } from '../../src/scheduler/jobs/checkin-snooze.js';
import {
  blockers,
  checkins,
  conversations,
  dialogRequests,
  evidence,
  jobRuns,
  keyResults,
  krUpdates,
  leavePeriods,
  nextActions,
  processedEvents,
} from '../../src/storage/schema.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { linkTelegram, seedEmployee, TEST_TOKEN, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, documentMessage, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();

/** The newest message that carries buttons, as the person sees it. */
function lastKeyboard() {
  const withButtons = h.api.calls.filter((c) => c.body.reply_markup?.inline_keyboard).at(-1);
  if (!withButtons) throw new Error('no keyboard shown');
  return withButtons;
}
/** Presses the button whose choice id is `choice` on the newest keyboard. */
function press(choice: string) {
  const call = lastKeyboard();
  const button = (call.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>>)
    .flat()
    .find((b) => b.callback_data.endsWith(`|${choice}`));
  if (!button) throw new Error(`no button ${choice} in ${JSON.stringify(call.body.reply_markup)}`);
  return callbackQuery(button.callback_data, {
    messageId: call.body.message_id ?? 5001,
    messageText: call.body.text,
  });
}
const lastText = () =>
  String(
    h.api.calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').at(-1)?.body.text,
  );

async function seedPerson() {
  const supervisor = await seedEmployee(h.db, { name: 'Ibu Ratna' });
  const me = await seedEmployee(h.db, {
    name: 'Dr. Sari Wulandari, M.Si.',
    salutation: 'Ibu',
    supervisorId: supervisor.id,
    timeZone: 'Asia/Makassar',
  });
  await linkTelegram(h.db, me.id);
  const krs = await seedKeyResults(h.db, me.id, THREE_KRS);
  return { me, supervisor, krs };
}

/** A full check-in of three KRs, pressing and typing as a person would. */
async function fullCheckin() {
  await h.send(commandMessage('checkin'));
  await h.send(press('go'));
  await h.send(textMessage('2'));
  await h.send(press('c7'));
  await h.send(press('skip')); // no evidence
  await h.send(textMessage('65%'));
  await h.send(press('c6'));
  await h.send(documentMessage({ fileName: 'daftar-hadir.pdf', mimeType: 'application/pdf' }));
  await h.send(textMessage('10 https://drive.example.go.id/sop-layanan'));
  await h.send(press('c8'));
  await h.send(textMessage('Server SIMPEG sering lambat'));
  await h.send(textMessage('Akses admin SIMPEG untuk verifikasi data'));
  await h.send(textMessage('- Finalisasi draf\n- Rapat dengan Biro Hukum'));
  await h.send(press('y'));
  await h.send(press('submit'));
}

describe('Telegram check-in', () => {
  beforeEach(() => {
    h.clock.set('2026-03-04T02:00:00Z'); // Wednesday of 2026-W10, 10:00 WITA
  });

  it('runs a full check-in of three KRs into the database with few Bot API calls', async () => {
    const { me, supervisor, krs } = await seedPerson();
    await fullCheckin();

    const [checkin] = await h.db.select().from(checkins);
    expect(checkin).toMatchObject({
      employeeId: me.id,
      isoWeek: '2026-W10',
      weekStart: '2026-03-02',
      channel: 'telegram',
      wantsDialog: true,
      supportNeeded: 'Akses admin SIMPEG untuk verifikasi data',
      revision: 1,
    });
    const updates = await h.db.select().from(krUpdates).orderBy(asc(krUpdates.keyResultId));
    expect(updates.map((u) => [u.keyResultId, u.value, u.confidence, u.skipped])).toEqual([
      [krs[0]!.id, 2, 7, false],
      [krs[1]!.id, 65, 6, false],
      [krs[2]!.id, 10, 8, false],
    ]);
    const files = await h.db.select().from(evidence).orderBy(asc(evidence.id));
    expect(files.map((f) => [f.kind, f.url ?? f.fileName])).toEqual([
      ['file', 'daftar-hadir.pdf'],
      ['link', 'https://drive.example.go.id/sop-layanan'],
    ]);
    expect((await h.db.select().from(blockers)).map((b) => b.text)).toEqual(['Server SIMPEG sering lambat']);
    expect((await h.db.select().from(nextActions)).map((a) => a.text)).toEqual([
      'Finalisasi draf',
      'Rapat dengan Biro Hukum',
    ]);
    expect(await h.db.select().from(dialogRequests)).toMatchObject([
      { employeeId: me.id, supervisorId: supervisor.id, status: 'open' },
    ]);
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(lastText()).toContain('Laporan progres Anda sudah tersimpan');
    expect(lastText()).toContain('sampai Minggu, 8 Mar 2026 pukul 23.59 WITA');
    expect(lastText()).toContain(
      '1. Rancangan peraturan kepegawaian selesai: realisasi 2 dokumen · capaian 50% dari target 4 dokumen',
    );
    expect(lastText()).toContain('Dukungan yang diperlukan: Akses admin SIMPEG untuk verifikasi data');
    const opening = h.api.calls.find((c) => c.method === 'sendMessage')?.body.text;
    expect(opening).toContain('Selamat pagi, Ibu Sari.');
    expect(opening).toContain('Laporan progres pekan 2 – 6 Mar 2026');

    const counts: Record<string, number> = {};
    for (const c of h.api.calls) counts[c.method] = (counts[c.method] ?? 0) + 1;
    console.info(`Bot API calls for one full check-in of 3 KRs: ${h.api.calls.length}`, counts);
    // Every pressed button is answered once; the rest are the questions themselves.
    expect(counts).toEqual({ sendMessage: 8, answerCallbackQuery: 7, editMessageText: 7 });
  });

  it('lets the person edit an answer before submitting', async () => {
    const { krs } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    for (const value of ['1', '40', '12']) {
      await h.send(textMessage(value));
      await h.send(press('c5'));
      await h.send(press('skip'));
    }
    await h.send(press('none'));
    await h.send(press('skip'));
    await h.send(press('skip'));
    await h.send(press('n'));
    await h.send(press('edit'));
    await h.send(press('k1'));
    await h.send(textMessage('50'));
    await h.send(press('c9'));
    await h.send(press('skip'));
    expect(lastText()).toContain('Ringkasan');
    await h.send(press('submit'));
    const [update] = await h.db.select().from(krUpdates).where(eq(krUpdates.keyResultId, krs[1]!.id));
    expect(update).toMatchObject({ value: 50, confidence: 9 });
    expect(await h.db.select().from(blockers)).toEqual([]);
    expect(await h.db.select().from(dialogRequests)).toEqual([]);
  });

  it('offers to revise after submitting, within the same week', async () => {
    const { krs } = await seedPerson();
    await fullCheckin();
    await h.send(commandMessage('checkin'));
    expect(lastText()).toContain('sudah mengirim laporan progres pekan 2 – 6 Mar 2026');
    await h.send(press('revise'));
    await h.send(press('edit'));
    await h.send(press('k0'));
    await h.send(textMessage('3'));
    await h.send(press('c8'));
    await h.send(press('skip'));
    await h.send(press('edit'));
    await h.send(press('dl'));
    await h.send(press('n'));
    await h.send(press('submit'));
    const [checkin] = await h.db.select().from(checkins);
    expect(checkin).toMatchObject({ revision: 2, wantsDialog: false });
    const [first] = await h.db.select().from(krUpdates).where(eq(krUpdates.keyResultId, krs[0]!.id));
    expect(first).toMatchObject({ value: 3, confidence: 8 });
    expect(await h.db.select().from(evidence)).toHaveLength(2); // kept from the first submission
    expect(await h.db.select().from(dialogRequests)).toMatchObject([{ status: 'cancelled' }]);
    expect(lastText()).toContain('Perubahan laporan progres Anda sudah tersimpan');
  });

  it('snoozes for two hours and asks again through the scheduler', async () => {
    const { me } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('later'));
    expect(h.api.callsOf('answerCallbackQuery').at(-1)?.text).toContain('2 jam');
    const [job] = await h.db.select().from(jobRuns);
    expect(job).toMatchObject({
      job: 'checkin-snooze',
      periodKey: '2026-W10',
      subject: String(me.id),
      status: 'pending',
    });
    expect(job!.dueAt.toISOString()).toBe('2026-03-04T04:00:00.000Z');

    const deps = {
      ...h.platform,
      db: h.db,
      handlers: [checkinSnoozeJob],
      logger: pino({ level: 'silent' }),
      defaultLocale: 'id' as const,
      worker: 'test',
    };
    const run = (at: string) => runDueJobs(deps, new Date(at), 10_000);
    expect(await run('2026-03-04T03:59:00Z')).toMatchObject({ claimed: 0 });
    const before = h.api.callsOf('sendMessage').length;
    expect(await run('2026-03-04T04:00:30Z')).toMatchObject({ claimed: 1, done: 1 });
    expect(await run('2026-03-04T04:05:00Z')).toMatchObject({ claimed: 0 }); // exactly once
    const reminder = h.api.callsOf('sendMessage').slice(before);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]!.text).toContain('Pengingat');
    h.clock.set('2026-03-04T04:01:00Z');
    await h.send(press('go'));
    expect(lastText()).toContain('Indikator 1 dari 3');
  });

  it('records leave for the week and cancels a pending reminder', async () => {
    const { me } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('later'));
    await h.send(press('leave'));
    expect(await h.db.select().from(leavePeriods)).toMatchObject([
      { employeeId: me.id, startsOn: '2026-03-02', endsOn: '2026-03-08', source: 'checkin' },
    ]);
    expect(await h.db.select().from(jobRuns)).toMatchObject([{ status: 'cancelled' }]);
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(lastText()).toContain('cuti');
  });

  it('stores a skipped KR as skipped, with no value or confidence', async () => {
    const { krs } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    await h.send(press('skip'));
    await h.send(press('same'));
    await h.send(press('c4'));
    await h.send(press('skip'));
    await h.send(press('skip'));
    await h.send(press('none'));
    await h.send(press('skip')); // no support needed
    await h.send(press('skip'));
    await h.send(press('n'));
    await h.send(press('submit'));
    expect((await h.db.select().from(checkins))[0]?.supportNeeded).toBeNull();
    const updates = await h.db.select().from(krUpdates).orderBy(asc(krUpdates.keyResultId));
    expect(updates.map((u) => [u.keyResultId, u.value, u.skipped, u.confidence])).toEqual([
      [krs[0]!.id, null, true, null],
      [krs[1]!.id, 20, false, 4],
      [krs[2]!.id, null, true, null],
    ]);
  });

  it('/batal cancels the dialog and stores nothing', async () => {
    await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    await h.send(textMessage('2'));
    await h.send(commandMessage('batal'));
    expect(lastText()).toContain('dibatalkan');
    expect(await h.db.select().from(conversations)).toEqual([]);
    expect(await h.db.select().from(checkins)).toEqual([]);
    await h.send(press('c5')); // a button left from the cancelled dialog
    expect(h.api.callsOf('answerCallbackQuery').at(-1)?.text).toContain('tidak berlaku');
  });

  it('/batal with nothing open says so', async () => {
    await seedPerson();
    await h.send(commandMessage('batal'));
    expect(lastText()).toBe('Tidak ada percakapan yang sedang berjalan.');
  });

  it('submitting cancels the pending "ask again" of Nanti', async () => {
    const { me } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('later'));
    await fullCheckin();
    expect(await h.db.select().from(checkins)).toHaveLength(1);
    expect(await h.db.select().from(jobRuns)).toMatchObject([
      { job: 'checkin-snooze', subject: String(me.id), status: 'cancelled' },
    ]);
  });

  it('a check-in left open last week begins anew this week, at the opening', async () => {
    await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    await h.send(textMessage('2'));
    h.clock.set('2026-03-09T02:00:00Z'); // Monday of 2026-W11
    await h.send(commandMessage('checkin'));
    expect(lastText()).not.toContain('Kita lanjutkan dari sini');
    const [open] = await h.db.select().from(conversations);
    expect((open!.state as { week: { key: string }; answers: object }).week.key).toBe('2026-W11');
    expect((open!.state as { answers: object }).answers).toEqual({});
  });

  it('a check-in left open last week is dropped when nothing is left to report this week', async () => {
    const { me } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    h.clock.set('2026-03-09T02:00:00Z');
    await h.db.update(keyResults).set({ active: false }).where(eq(keyResults.ownerId, me.id));
    await h.send(commandMessage('checkin'));
    expect(lastText()).toContain('Belum ada indikator aktif');
    expect(await h.db.select().from(conversations)).toEqual([]);
  });

  it('answers stale and forged buttons clearly and changes nothing', async () => {
    await seedPerson();
    await h.send(commandMessage('checkin'));
    const opening = press('go');
    await h.send(opening);
    const state = (await h.db.select().from(conversations))[0]!;
    await h.send({ ...opening, update_id: opening.update_id + 100_000 }); // the same button again, a new press
    expect(h.api.callsOf('answerCallbackQuery').at(-1)?.text).toContain('tidak berlaku');
    for (const data of ['ck|zzzz|1|go', 'ck|', 'ck|a|b|c|d|e', `ck|${'x'.repeat(70)}`]) {
      await h.send(callbackQuery(data));
      expect(h.api.callsOf('answerCallbackQuery').at(-1)?.text).toContain('tidak berlaku');
    }
    expect((await h.db.select().from(conversations))[0]).toEqual(state);
  });

  it("closes an old week's dialog with a clear message", async () => {
    await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    h.clock.set('2026-03-09T02:00:00Z'); // next Monday
    await h.send(textMessage('2'));
    expect(lastText()).toContain('pekan 2 – 6 Mar 2026 sudah ditutup');
    expect(await h.db.select().from(conversations)).toEqual([]);
  });

  it('handles a redelivered update once: one row, one message', async () => {
    await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    const answer = textMessage('2');
    await h.send(answer);
    const sent = h.api.callsOf('sendMessage').length;
    const state = (await h.db.select().from(conversations))[0]!;
    await h.send(answer);
    expect(h.api.callsOf('sendMessage')).toHaveLength(sent);
    expect((await h.db.select().from(conversations))[0]).toEqual(state);
    const events = await h.db
      .select()
      .from(processedEvents)
      .where(eq(processedEvents.eventId, `${h.api.botInfo.id}:${answer.update_id}`));
    expect(events).toHaveLength(1);
  });

  it('continues mid-dialog on a new bot instance (restart or another replica)', async () => {
    const { krs } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    await h.send(textMessage('3'));
    const restarted = createTelegramBot(TEST_TOKEN, h.deps, { apiRoot: h.api.url, botInfo: h.api.botInfo });
    await restarted.handleUpdate(press('c6'));
    await restarted.handleUpdate(press('skip'));
    expect(lastText()).toContain('Indikator 2 dari 3');
    const state = (await h.db.select().from(conversations))[0]!.state as { answers: Record<string, unknown> };
    expect(state.answers[String(krs[0]!.id)]).toMatchObject({ value: 3, confidence: 6 });
  });

  it('answers text that is not a value with a hint and keeps waiting', async () => {
    await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    await h.send(textMessage('sudah lumayan'));
    expect(lastText()).toContain('Mohon ketik realisasi dalam angka');
    await h.send(textMessage('2,5'));
    expect(lastText()).toContain('Seberapa yakin');
  });

  it('refuses a value too large to store with the largest allowed, then submits a normal one', async () => {
    const { krs } = await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    // Accepted once, this made every "Kirim" fail with PostgreSQL 22003 (numeric(20, 4) overflow).
    for (const huge of ['99999999999999999999', '-99999999999999999999']) {
      await h.send(textMessage(huge));
      expect(lastText()).toContain('999.999.999.999.999');
    }
    await h.send(textMessage('2'));
    await h.send(press('c7'));
    await h.send(press('skip'));
    await h.send(textMessage('65%'));
    await h.send(press('c6'));
    await h.send(press('skip'));
    // The largest value allowed is stored as typed (after the usual "is that right?").
    await h.send(textMessage('999.999.999.999.999'));
    await h.send(press('y'));
    await h.send(press('c8'));
    await h.send(press('skip'));
    await h.send(press('none'));
    await h.send(press('skip'));
    await h.send(press('skip'));
    await h.send(press('n'));
    await h.send(press('submit'));
    expect(lastText()).toContain('Laporan progres Anda sudah tersimpan');
    const updates = await h.db.select().from(krUpdates).orderBy(asc(krUpdates.keyResultId));
    expect(updates.map((u) => [u.keyResultId, u.value])).toEqual([
      [krs[0]!.id, 2],
      [krs[1]!.id, 65],
      [krs[2]!.id, 999_999_999_999_999],
    ]);
  });

  it('stores long free text with an emoji at the cut, NUL bytes and combining marks, and submits', async () => {
    await seedPerson();
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    await h.send(textMessage('2'));
    await h.send(press('c7'));
    await h.send(press('skip'));
    await h.send(textMessage('65%'));
    await h.send(press('c6'));
    await h.send(press('skip'));
    await h.send(documentMessage({ fileName: 'laporan\u0000final.pdf', mimeType: 'application/pdf' }));
    await h.send(textMessage('10'));
    await h.send(press('c8'));
    // Cut at 1,000 UTF-16 units this left half an emoji in the jsonb state (22P02); NUL gave 22P05.
    await h.send(textMessage(`${'a'.repeat(998)}😀 lanjut\nServer\u0000 mati`));
    await h.send(textMessage('Akses\u0000 SIMPEG'));
    const marks = 'e\u0301\u0323o\u0308\u0330\u0331'.repeat(715).slice(0, 5000);
    await h.send(textMessage(`${marks}\n- Rapat dengan Biro Hukum`));
    await h.send(press('n'));
    await h.send(press('submit'));
    expect(lastText()).toContain('Laporan progres Anda sudah tersimpan');
    expect((await h.db.select().from(checkins))[0]?.supportNeeded).toBe('Akses SIMPEG');
    expect((await h.db.select().from(blockers)).map((b) => b.text)).toEqual([
      `${'a'.repeat(998)}…`,
      'Server mati',
    ]);
    const [cut, meeting] = (await h.db.select().from(nextActions).orderBy(asc(nextActions.id))).map(
      (a) => a.text,
    );
    expect(cut!.length).toBeLessThanOrEqual(1000);
    // Whole letters with all their marks: the kept letters are the first letters of what was typed.
    const letters = (text: string) =>
      Array.from(new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(text), (s) => s.segment);
    const kept = letters(cut!.slice(0, -1));
    expect(kept).toEqual(letters(marks).slice(0, kept.length));
    expect(meeting).toBe('Rapat dengan Biro Hukum');
    expect((await h.db.select().from(evidence)).map((e) => e.fileName)).toEqual(['laporanfinal.pdf']);
  });

  it('asks to confirm a value going backwards', async () => {
    await seedPerson();
    await fullCheckin();
    h.clock.set('2026-03-11T02:00:00Z'); // the next week
    await h.send(commandMessage('checkin'));
    await h.send(press('go'));
    await h.send(textMessage('1'));
    expect(lastText()).toContain('lebih buruk daripada laporan terakhir (2 dokumen)');
    await h.send(press('y'));
    expect(lastText()).toContain('Seberapa yakin');
  });

  it('shows /status and /riwayat', async () => {
    await seedPerson();
    await fullCheckin();
    await h.send(commandMessage('status'));
    expect(lastText()).toContain('Rancangan peraturan kepegawaian selesai');
    expect(lastText()).toContain('realisasi 2 dokumen · capaian 50% dari target 4 dokumen · keyakinan 7/10');
    // Pelatihan: 65% of a target of 80% is 81,3% capaian (progress from the baseline 20% would be 75%).
    expect(lastText()).toContain('realisasi 65% · capaian 81,3% dari target 80%');
    expect(lastText()).not.toContain('75%');
    await h.send(commandMessage('riwayat'));
    expect(lastText()).toContain(
      'Pekan 2 – 6 Mar 2026: 3 dari 3 indikator diperbarui, 1 kendala, mengajukan dialog kinerja',
    );
    expect(lastText()).toContain('Dukungan yang diperlukan: Akses admin SIMPEG untuk verifikasi data');
  });
});
