/**
 * The appraiser's side of a check-in through the real bot: the penilai (not the atasan) receives
 * the report, gives umpan balik on one indicator, the employee receives it; strangers' and forged
 * presses are refused without writing; redelivery writes once; ajukan waktu dialog; /notifikasi.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkinFeedback, checkins, dialogRequests, employees, jobRuns } from '../../src/storage/schema.js';
import {
  ATASAN,
  buttonsSentTo,
  PEER,
  PENILAI,
  pressFor,
  seedTeam,
  submitCheckin,
  textsSentTo,
} from '../support/appraisal-rig.js';
import { useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();

describe('the appraiser receives a submitted check-in', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T02:00:00Z'); // Wednesday 2 Dec 2026, 10.00 WITA: week of 30 Nov – 4 Dec
  });

  it('sends the penilai (not the atasan) one report with realisasi, capaian, kendala and buttons', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);

    const reports = textsSentTo(h, PENILAI.id);
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report).toContain('Sari Wulandari');
    expect(report).toContain('pekan 30 Nov – 4 Des 2026');
    expect(report).not.toMatch(/minggu ke-|W49/);
    // 65% against TW IV's 70% and the year's 80%; 3 of 4 dokumen (cumulative: TW IV = the year).
    expect(report).toContain('realisasi 65% · keyakinan 7/10');
    expect(report).toContain('capaian 92,9% dari target TW IV (70%)');
    expect(report).toContain('capaian 81,3% dari target 2026 (80%)');
    expect(report).toContain('realisasi 3 dokumen');
    // TW IV's target is the year's: one figure, as in the check-in.
    expect(report).not.toContain('dari target TW IV (4 dokumen)');
    expect(report).toContain('capaian 75% dari target 2026 (4 dokumen)');
    // turun: target 5 hari, realisasi 8 → (1 + (1 − 8/5)) = 40%
    expect(report).toContain('capaian 40% dari target 2026 (5 hari)');
    expect(report).toContain('https://drive.example.go.id/bukti-1');
    expect(report).toContain('Server SIMPEG sering lambat');
    expect(report).toContain('Pegawai mengajukan dialog kinerja');
    expect(textsSentTo(h, ATASAN.id)).toHaveLength(0);

    const buttons = buttonsSentTo(h, PENILAI.id)[0]!;
    expect(buttons.some((b) => b.endsWith('|all'))).toBe(true);
    expect(buttons.filter((b) => /\|k[0-9a-z]+$/.test(b))).toHaveLength(3);
    expect(buttons.some((b) => b.endsWith('|dlg'))).toBe(true);
    for (const b of buttons) expect(Buffer.byteLength(b)).toBeLessThanOrEqual(64);

    const [row] = await h.db.select().from(checkins);
    expect(row!.appraiserNotifiedAt).not.toBeNull();
  });

  it('a revision is reported again, marked as such', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    h.clock.advance({ hours: 2 });
    await submitCheckin(h, team.employee.id);
    const reports = textsSentTo(h, PENILAI.id);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toContain('(diperbarui, revisi 2)');
  });

  it('umpan balik on one indicator: stored with its author, sent to the employee, once', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    const kr = team.krs[1]!; // Pegawai mengikuti pelatihan
    await h.send(pressFor(h, PENILAI, `|k${kr.id.toString(36)}`));
    expect(textsSentTo(h, PENILAI.id).at(-1)).toContain(
      'Tulis umpan balik Anda untuk indikator "Pegawai mengikuti pelatihan"',
    );

    const answer = textMessage('Bagus, lanjutkan. Lampirkan daftar hadir pelatihan.', { from: PENILAI });
    await h.send(answer);
    await h.send(answer); // Telegram delivers the same update again
    await h.send(textMessage('Satu lagi?', { from: PENILAI })); // no dialog open any more

    const rows = await h.db.select().from(checkinFeedback);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      authorId: team.penilai.id,
      keyResultId: kr.id,
      body: 'Bagus, lanjutkan. Lampirkan daftar hadir pelatihan.',
    });
    expect(rows[0]!.createdAt.toISOString()).toBe('2026-12-02T02:00:00.000Z');

    const received = textsSentTo(h, TEST_USER.id).filter((t) => t.includes('Umpan balik dari'));
    expect(received).toHaveLength(1);
    expect(received[0]).toContain(
      'Umpan balik dari Bapak Hendra untuk indikator "Pegawai mengikuti pelatihan"',
    );
    expect(received[0]).toContain('Lampirkan daftar hadir pelatihan.');
    expect(textsSentTo(h, PENILAI.id).some((t) => t.includes('Umpan balik Anda tersimpan'))).toBe(true);
  });

  it('umpan balik on the whole report; /batal cancels without writing', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    await h.send(pressFor(h, PENILAI, '|all'));
    await h.send(commandMessage('batal', undefined, { from: PENILAI }));
    expect(textsSentTo(h, PENILAI.id).at(-1)).toContain('umpan balik dibatalkan');
    expect(await h.db.select().from(checkinFeedback)).toHaveLength(0);

    await h.send(pressFor(h, PENILAI, '|all'));
    expect(textsSentTo(h, PENILAI.id).at(-1)).toContain('seluruh laporan pekan 30 Nov – 4 Des 2026');
    await h.send(textMessage('Laporan lengkap, terima kasih.', { from: PENILAI }));
    const [row] = await h.db.select().from(checkinFeedback);
    expect(row).toMatchObject({ keyResultId: null, authorId: team.penilai.id });
    expect(textsSentTo(h, TEST_USER.id).at(-1)).toContain(
      'Umpan balik dari Bapak Hendra untuk laporan pekan',
    );
  });

  it('refuses the atasan, a peer, the employee and forged data, writing nothing', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    const real = buttonsSentTo(h, PENILAI.id)[0]!.find((b) => b.endsWith('|all'))!;
    const [checkin] = await h.db.select().from(checkins);
    const forged = [real, `penilai|${checkin!.id.toString(36)}|0|k${team.krs[0]!.id.toString(36)}`];
    for (const from of [ATASAN, PEER, TEST_USER])
      for (const data of forged) {
        await h.send(callbackQuery(data, { from }));
        const answer = h.api.callsOf('answerCallbackQuery').at(-1)!;
        expect(answer.text).toBe('Tombol ini tidak dapat Anda gunakan atau sudah tidak berlaku.');
        expect(answer.show_alert).toBe(true);
      }
    // The real appraiser with a button for a check-in that does not exist, or garbage.
    for (const data of ['penilai|zzzz|0|all', 'penilai|1|0|k0', 'penilai|1|7|all', 'penilai|-1|0|all']) {
      await h.send(callbackQuery(data, { from: PENILAI }));
      expect(h.api.callsOf('answerCallbackQuery').at(-1)!.text).toBe(
        'Tombol ini tidak dapat Anda gunakan atau sudah tidak berlaku.',
      );
    }
    await h.send(textMessage('Mencoba menulis umpan balik', { from: PEER }));
    expect(await h.db.select().from(checkinFeedback)).toHaveLength(0);
  });

  it('an unlinked appraiser gets nothing and the check-in still goes through', async () => {
    const team = await seedTeam(h, { linkPenilai: false });
    await submitCheckin(h, team.employee.id);
    expect(textsSentTo(h, PENILAI.id)).toHaveLength(0);
    const [row] = await h.db.select().from(checkins);
    expect(row!.employeeId).toBe(team.employee.id);
    expect(row!.appraiserNotifiedAt).toBeNull();
    expect(h.errors).toHaveLength(0);
  });

  it('ajukan waktu dialog: a button or a typed time, told to the employee in their zone', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    await h.send(pressFor(h, PENILAI, '|dlg'));
    expect(textsSentTo(h, PENILAI.id).at(-1)).toContain(
      'Pilih waktu dialog kinerja dengan Sari Wulandari (waktu WITA)',
    );
    await h.send(textMessage('31/11 10.00', { from: PENILAI }));
    expect(textsSentTo(h, PENILAI.id).at(-1)).toContain('tidak ada di kalender');
    await h.send(textMessage('3/12 10.00', { from: PENILAI }));
    const [request] = await h.db.select().from(dialogRequests);
    expect(request!.proposedFor?.toISOString()).toBe('2026-12-03T02:00:00.000Z'); // 10.00 WITA
    const told = textsSentTo(h, TEST_USER.id).at(-1)!;
    expect(told).toContain(
      'Bapak Hendra mengajukan dialog kinerja dengan Anda pada Kamis, 3 Desember 2026 pukul 10.00 WITA',
    );
  });

  it('offered times are the next working days at 09.00 and 13.00', async () => {
    const team = await seedTeam(h);
    h.clock.set('2026-12-04T02:00:00Z'); // Friday
    await submitCheckin(h, team.employee.id);
    await h.send(pressFor(h, PENILAI, '|dlg'));
    const labels = (
      h.api.callsOf('sendMessage').at(-1)!.reply_markup.inline_keyboard as Array<Array<{ text: string }>>
    )
      .flat()
      .map((b) => b.text);
    expect(labels.slice(0, 2)).toEqual(['Sen, 7 Des 09.00', 'Sen, 7 Des 13.00']);
    await h.send(pressFor(h, PENILAI, '|o1'));
    const [request] = await h.db.select().from(dialogRequests);
    expect(request!.proposedFor?.toISOString()).toBe('2026-12-07T05:00:00.000Z');
  });

  it('/notifikasi daily: no report at once, a job for 16.00 the same working day', async () => {
    const team = await seedTeam(h);
    await h.send(commandMessage('notifikasi', undefined, { from: PENILAI }));
    await h.send(pressFor(h, PENILAI, 'nt|daily'));
    const [me] = await h.db.select().from(employees).where(eq(employees.id, team.penilai.id));
    expect(me!.checkinNotifications).toBe('daily');
    const before = textsSentTo(h, PENILAI.id).length;
    await submitCheckin(h, team.employee.id);
    expect(textsSentTo(h, PENILAI.id)).toHaveLength(before);
    const [job] = await h.db.select().from(jobRuns).where(eq(jobRuns.job, 'appraiser-digest'));
    expect(job).toMatchObject({ subject: String(team.penilai.id), periodKey: '2026-12-02' });
    expect(job!.dueAt.toISOString()).toBe('2026-12-02T08:00:00.000Z'); // 16.00 WITA
  });
});
