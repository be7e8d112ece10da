/**
 * /evaluasi through the real grammY bot against the local Bot API stand-in: the penilai is taken
 * person by person (table, suggestion, hasil kerja, perilaku kerja, predikat stored with both
 * ratings, the suggestion and the appraiser), Lewati, the closing distribution, a re-run that
 * changes a rating, a period closed before and during the dialog, and the refusal for anyone
 * who evaluates nobody.
 */
import { eq } from 'drizzle-orm';
import type { User } from 'grammy/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { setPeriodStatus } from '../../src/storage/repositories/evaluations.js';
import {
  conversations,
  employees,
  performanceEvaluations,
  performancePeriods,
} from '../../src/storage/schema.js';
import { PENILAI, textsSentTo } from '../support/appraisal-rig.js';
import { seedEvaluationTeam } from '../support/evaluation-seed.js';
import { linkTelegram, type TelegramHarness, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();

/** Presses the button with `choice` on the newest keyboard sent or edited into `user`'s chat. */
function press(harness: TelegramHarness, user: User, choice: string) {
  const call = harness.api.calls
    .filter((c) => c.body.reply_markup?.inline_keyboard && Number(c.body.chat_id) === user.id)
    .at(-1);
  const data = (
    call?.body.reply_markup.inline_keyboard as Array<Array<{ callback_data: string }>> | undefined
  )
    ?.flat()
    .map((b) => b.callback_data)
    .find((d) => d.endsWith(`|${choice}`));
  if (!data) throw new Error(`no button ${choice} for ${user.id}`);
  return callbackQuery(data, {
    from: user,
    messageId: call!.body.message_id ?? 7001,
    messageText: call!.body.text,
  });
}

async function setup() {
  const team = await seedEvaluationTeam(h.db);
  await linkTelegram(h.db, team.penilai.id, PENILAI.id);
  await linkTelegram(h.db, team.sari.id, TEST_USER.id);
  return team;
}

const lastText = () => textsSentTo(h, PENILAI.id).at(-1)!;
const evaluations = () => h.db.select().from(performanceEvaluations);

describe('/evaluasi', () => {
  beforeEach(() => {
    h.clock.set('2026-12-21T02:00:00Z'); // Monday 21 Dec 2026: TW IV's last two weeks
  });

  it('takes the penilai through each person and stores the predikat with both ratings', async () => {
    const team = await setup();
    await h.send(commandMessage('evaluasi', undefined, { from: PENILAI }));
    // Alphabetical: Dodi (no indicators), Rina, Sari.
    expect(lastText()).toContain('Evaluasi kinerja Triwulan IV 2026 · pegawai 1 dari 3: Dodi Pratama');
    expect(lastText()).toContain('Belum ada indikator aktif pada triwulan ini.');
    await h.send(press(h, PENILAI, 'lewati'));
    expect(lastText()).toContain('pegawai 2 dari 3: Rina Kusuma');
    await h.send(press(h, PENILAI, 'meets'));
    await h.send(press(h, PENILAI, 'meets'));

    const table = lastText();
    expect(table).toContain('pegawai 3 dari 3: Sari Wulandari');
    expect(table).toContain('Predikat Rina Kusuma: Baik');
    // 4 of TW IV's 4 dokumen (100%: sesuai); 77% of TW IV's 70% (110%: di atas); days not reported.
    expect(table).toContain('Target: 4 dokumen · Realisasi: 4 dokumen · Capaian: 100% (sesuai ekspektasi)');
    expect(table).toContain('Target: 70% · Realisasi: 77% · Capaian: 110% (di atas ekspektasi)');
    expect(table).toContain('Target: 5 hari · Realisasi: belum dilaporkan pada triwulan ini');
    expect(table).toContain('Bukti dukung: 3');
    expect(table).toContain('📎 https://drive.example.go.id/draf-final');
    expect(table).toContain('Hendra Gunawan, 5 Nov 2026: Percepat harmonisasi.');
    expect(table).toContain('Umpan balik atas laporan (Hendra Gunawan, 1 Des 2026): Laporan lengkap.');
    expect(table).toContain('Saran dika untuk rating hasil kerja: Sesuai ekspektasi');
    expect(table).toContain('Dari 3 hasil kerja yang dihitung: 1 di atas, 1 sesuai, 1 di bawah ekspektasi.');
    expect(table.length).toBeLessThanOrEqual(4096);

    await h.send(press(h, PENILAI, 'above'));
    expect(lastText()).toContain('Belum ada umpan balik perilaku 360°');
    await h.send(press(h, PENILAI, 'above'));

    const rows = await evaluations();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.employeeId === team.sari.id)).toMatchObject({
      appraiserId: team.penilai.id,
      suggestedResult: 'meets',
      resultRating: 'above',
      behaviourRating: 'above',
      predikat: 'sangat-baik',
    });
    expect(rows.find((r) => r.employeeId === team.atasan.id)).toMatchObject({
      predikat: 'baik',
      suggestedResult: null,
    });
    const [period] = await h.db
      .select()
      .from(performancePeriods)
      .where(eq(performancePeriods.code, '2026-Q4'));
    expect(rows[0]!.periodId).toBe(period!.id);

    const summary = lastText();
    expect(summary).toContain('Predikat Sari Wulandari: Sangat Baik');
    expect(summary).toContain('2 pegawai dinilai, 1 dilewati');
    expect(summary).toContain('• Sangat Baik: 1 (50%)');
    expect(summary).toContain('• Baik: 1 (50%)');
    expect(summary).toContain('dipakai pola "Baik"');
    expect(summary).toContain(
      '⚠️ Pola menyarankan sebagian besar pegawai berpredikat Baik; saat ini 1 orang (50%).',
    );
    expect(summary).toContain('⚠️ Pola "Baik" menyebutkan adanya pegawai berpredikat Butuh Perbaikan');
    expect(await h.db.select().from(conversations)).toEqual([]);
  });

  it('a re-run shows the stored rating and changes it; a redelivered press writes once', async () => {
    const team = await setup();
    await h.send(commandMessage('evaluasi', '2026-TW4', { from: PENILAI }));
    await h.send(press(h, PENILAI, 'lewati'));
    await h.send(press(h, PENILAI, 'below'));
    await h.send(press(h, PENILAI, 'below'));
    await h.send(press(h, PENILAI, 'akhiri'));
    expect(await evaluations()).toMatchObject([{ employeeId: team.atasan.id, predikat: 'sangat-kurang' }]);

    await h.send(commandMessage('evaluasi', '2026-Q4', { from: PENILAI }));
    await h.send(press(h, PENILAI, 'lewati'));
    expect(lastText()).toContain(
      'Tersimpan sebelumnya: hasil kerja di bawah ekspektasi, perilaku kerja di bawah ekspektasi, predikat Sangat Kurang.',
    );
    await h.send(press(h, PENILAI, 'meets'));
    const last = press(h, PENILAI, 'below');
    await h.send(last);
    await h.send(last); // Telegram delivers the same update again
    const rows = await evaluations();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ resultRating: 'meets', behaviourRating: 'below', predikat: 'kurang' });
    expect(lastText()).toContain('pegawai 3 dari 3: Sari Wulandari');
  });

  it('refuses anyone who evaluates nobody, naming nobody and writing nothing', async () => {
    await setup();
    await h.send(commandMessage('evaluasi', '2026-TW4'));
    const reply = textsSentTo(h, TEST_USER.id).at(-1)!;
    expect(reply).toBe('Perintah /evaluasi hanya dapat digunakan oleh pejabat penilai kinerja.');
    expect(
      await h.db.select().from(performancePeriods).where(eq(performancePeriods.code, '2026-Q4')),
    ).toEqual([]);
    expect(await h.db.select().from(conversations)).toEqual([]);
  });

  it('a closed period: /evaluasi says so; a close during the dialog stops it without saving', async () => {
    await setup();
    await h.send(commandMessage('evaluasi', undefined, { from: PENILAI }));
    await h.send(press(h, PENILAI, 'lewati'));
    await h.send(press(h, PENILAI, 'above'));
    await h.db.transaction((tx) =>
      setPeriodStatus(tx, { code: '2026-Q4', status: 'closed', actor: 'cli:admin', now: h.clock.now() }),
    );
    await h.send(press(h, PENILAI, 'above'));
    expect(lastText()).toBe(
      'Penilaian Rina Kusuma tidak tersimpan: periode ini sudah ditutup oleh pengelola kinerja. Evaluasi dihentikan.',
    );
    expect(await evaluations()).toEqual([]);
    expect(await h.db.select().from(conversations)).toEqual([]);

    await h.send(commandMessage('evaluasi', '2026-TW4', { from: PENILAI }));
    expect(lastText()).toContain('Periode Triwulan IV 2026 sudah ditutup oleh pengelola kinerja');
    expect(await h.db.select().from(conversations)).toEqual([]);
  });

  it('a person whose penilai changed mid-dialog is not rated by the old one', async () => {
    const team = await setup();
    await h.send(commandMessage('evaluasi', undefined, { from: PENILAI }));
    await h.send(press(h, PENILAI, 'lewati'));
    await h.send(press(h, PENILAI, 'meets'));
    // HR's import names another penilai for Rina while the dialog is open.
    await h.db.update(employees).set({ appraiserId: team.dodi.id }).where(eq(employees.id, team.atasan.id));
    await h.send(press(h, PENILAI, 'meets'));
    expect(lastText()).toContain('Penilaian Rina Kusuma tidak tersimpan: menurut data kepegawaian terbaru');
    expect(await evaluations()).toEqual([]);
    expect(await h.db.select().from(conversations)).toEqual([]);
  });

  it('a second /evaluasi of the quarter resumes where it was; another quarter begins anew; a quarter begins on its first day', async () => {
    await setup();
    await h.send(commandMessage('evaluasi', undefined, { from: PENILAI }));
    await h.send(press(h, PENILAI, 'lewati'));
    expect(lastText()).toContain('pegawai 2 dari 3: Rina Kusuma');

    await h.send(commandMessage('evaluasi', '2026-TW4', { from: PENILAI }));
    expect(lastText()).toContain('pegawai 2 dari 3: Rina Kusuma');
    expect(await h.db.select().from(conversations)).toHaveLength(1);

    await h.send(commandMessage('evaluasi', '2026-TW3', { from: PENILAI }));
    expect(lastText()).toContain('Evaluasi kinerja Triwulan III 2026 · pegawai 1 dari 3: Dodi Pratama');
    const open = await h.db.select().from(conversations);
    expect(open).toHaveLength(1);
    expect(open[0]!.state).toMatchObject({ period: { code: '2026-Q3' }, index: 0 });

    h.clock.set('2026-12-31T17:00:00Z'); // 1 Jan 2027, 00.00 WIB
    await h.send(commandMessage('evaluasi', '2027-TW1', { from: PENILAI }));
    expect(lastText()).toContain('Evaluasi kinerja Triwulan I 2027');
  });

  it('a period typed wrong, a future quarter, the default on 1 Dec (TW III), text and /batal', async () => {
    await setup();
    await h.send(commandMessage('evaluasi', '2026-TW5', { from: PENILAI }));
    expect(lastText()).toContain('Periode "2026-TW5" tidak dikenali');
    await h.send(commandMessage('evaluasi', '2027-TW1', { from: PENILAI }));
    expect(lastText()).toContain('Triwulan I 2027 belum dimulai');

    h.clock.set('2026-12-01T02:00:00Z');
    await h.send(commandMessage('evaluasi', undefined, { from: PENILAI }));
    expect(lastText()).toContain('Evaluasi kinerja Triwulan III 2026');
    await h.send(textMessage('sesuai', { from: PENILAI }));
    expect(lastText()).toContain('Mohon pilih salah satu tombol');
    await h.send(commandMessage('batal', undefined, { from: PENILAI }));
    expect(lastText()).toContain('evaluasi dihentikan');
    expect(await h.db.select().from(conversations)).toEqual([]);
  });
});
