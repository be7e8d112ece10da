/**
 * /rekap through the real bot: the atasan's weekly view with the chart, "Tandai dialog sudah
 * dilaksanakan" recorded and told to the employee, refusals that reveal nothing, redelivery.
 */
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeChartRenderer } from '../../src/charts/index.js';
import { conversations, dialogRequests } from '../../src/storage/schema.js';
import {
  ATASAN,
  buttonsSentTo,
  PEER,
  PENILAI,
  seedTeam,
  submitCheckin,
  textsSentTo,
} from '../support/appraisal-rig.js';
import { seedKeyResults, THREE_KRS } from '../support/okr-seed.js';
import { seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, commandMessage, TEST_USER, textMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();
afterAll(() => closeChartRenderer());

const rekapOf = (user: typeof ATASAN) => textsSentTo(h, user.id).join('\n');
const photosTo = (user: typeof ATASAN) =>
  h.api.callsOf('sendPhoto').filter((b) => Number(b.chat_id) === user.id);

describe('/rekap in Telegram', () => {
  beforeEach(() => {
    h.clock.set('2026-12-02T02:00:00Z'); // Wednesday 2 Dec 2026, 10.00 WITA
  });

  it('shows the atasan who reported, who did not, kendala, the dialog request and a chart', async () => {
    const team = await seedTeam(h);
    // Dodi has an indicator and has not reported; a third report has none yet.
    await seedKeyResults(h.db, team.peer.id, [{ ...THREE_KRS[0]!, code: 'DOD-1' }]);
    await seedEmployee(h.db, { name: 'Eka Putri', supervisorId: team.atasan.id });
    await submitCheckin(h, team.employee.id);
    h.api.reset();

    await h.send(commandMessage('rekap', undefined, { from: ATASAN }));
    const text = rekapOf(ATASAN);
    expect(text).toContain('Rekap pekan 30 Nov – 4 Des 2026');
    expect(text).toContain('1 dari 2 pegawai sudah melapor');
    expect(text).toContain('belum melapor: Dodi Pratama\n');
    expect(text).toContain('Belum ada indikator aktif (minta pengelola kinerja mengimpornya): Eka Putri');
    expect(text).toContain('Sari Wulandari: Server SIMPEG sering lambat');
    expect(text).toContain('Akses ke server uji dari Pusdatin');
    expect(text).toMatch(/Pengajuan dialog kinerja yang belum dilaksanakan \(1\)/);
    const photos = photosTo(ATASAN);
    expect(photos).toHaveLength(1);
    expect(photos[0]!.photo).toMatchObject({ file: 'rekap.png' });
    expect(photos[0]!.photo.size).toBeGreaterThan(2_000);
    expect(String(photos[0]!.caption)).toContain('Grafik capaian');
    // Only the rekap's own buttons, each within Telegram's 64 bytes.
    const buttons = buttonsSentTo(h, ATASAN.id).flat();
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toMatch(/^rekap\|0\|0\|h[0-9a-z]+$/);
  });

  it('records the dialog kinerja from the button and tells the employee', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    await h.send(commandMessage('rekap', undefined, { from: ATASAN }));
    const held = buttonsSentTo(h, ATASAN.id).flat().at(-1)!;
    h.api.reset();

    await h.send(callbackQuery(held, { from: ATASAN }));
    expect(rekapOf(ATASAN)).toContain('Apa kesepakatan dalam dialog tersebut?');
    await h.send(textMessage('Target TW IV dipercepat satu pekan', { from: ATASAN }));
    await h.send(textMessage('Rapat koordinasi tiap Senin', { from: ATASAN }));
    await h.send(textMessage('15/12', { from: ATASAN }));

    const [request] = await h.db.select().from(dialogRequests);
    expect(request).toMatchObject({
      status: 'held',
      heldBy: team.atasan.id,
      agreement: 'Target TW IV dipercepat satu pekan',
      followUp: 'Rapat koordinasi tiap Senin',
      nextReviewOn: '2026-12-15',
    });
    expect(request!.closedAt).not.toBeNull();
    const told = textsSentTo(h, TEST_USER.id).join('\n');
    expect(told).toContain('Rina Kusuma mencatat dialog kinerja dengan Anda');
    expect(told).toContain('Reviu berikutnya: 15 Desember 2026');

    // The request is closed: the next rekap lists no open dialog.
    h.api.reset();
    await h.send(commandMessage('rekap', undefined, { from: ATASAN }));
    expect(rekapOf(ATASAN)).not.toContain('Pengajuan dialog kinerja yang belum dilaksanakan');
  });

  it('refuses the held button to anyone but the atasan or penilai, naming nobody', async () => {
    const team = await seedTeam(h);
    await submitCheckin(h, team.employee.id);
    await h.send(commandMessage('rekap', undefined, { from: ATASAN }));
    const data = buttonsSentTo(h, ATASAN.id).flat().at(-1)!;
    h.api.reset();

    for (const from of [PEER, TEST_USER]) {
      await h.send(callbackQuery(data, { from }));
    }
    const answers = h.api.callsOf('answerCallbackQuery');
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(a).toMatchObject({ show_alert: true });
    expect(h.api.callsOf('sendMessage')).toHaveLength(0);
    expect(
      await h.db.select().from(conversations).where(eq(conversations.kind, 'catat-dialog')),
    ).toHaveLength(0);
    // A forged id (another request) is refused the same way.
    await h.send(callbackQuery('rekap|0|0|hzz', { from: ATASAN }));
    expect(h.api.callsOf('answerCallbackQuery').at(-1)).toMatchObject({ show_alert: true });
    // The penilai may record it too.
    await h.send(callbackQuery(data, { from: PENILAI }));
    expect(textsSentTo(h, PENILAI.id).join('\n')).toContain('Apa kesepakatan');
    expect(team.penilai.id).toBeGreaterThan(0);
  });

  it('answers someone outside the line exactly like someone who does not exist', async () => {
    await seedTeam(h);
    await h.send(commandMessage('rekap', 'Hendra', { from: ATASAN }));
    await h.send(commandMessage('rekap', 'Zulkarnaen Tidakada', { from: ATASAN }));
    const [outside, unknown] = textsSentTo(h, ATASAN.id);
    expect(outside).toBe(unknown);
    expect(outside).not.toContain('Hendra');
    expect(photosTo(ATASAN)).toHaveLength(0);
  });

  it('tells a pegawai without a line, and a wrong period, what to do', async () => {
    await seedTeam(h);
    await h.send(commandMessage('rekap', undefined, { from: PEER }));
    await h.send(commandMessage('rekap', '2026-TW5', { from: ATASAN }));
    expect(textsSentTo(h, PEER.id)[0]).toContain('Rekap tersedia bagi atasan');
    expect(textsSentTo(h, ATASAN.id)[0]).toContain('Periode "2026-TW5" tidak dikenali');
  });

  it('sends the line as an Excel file with /rekap xlsx, and nothing to someone without a line', async () => {
    await seedTeam(h);
    await h.send(commandMessage('rekap', 'triwulan xlsx', { from: ATASAN }));
    const [doc] = h.api.callsOf('sendDocument');
    expect(doc).toMatchObject({ chat_id: String(ATASAN.id), document: { file: 'rekap-2026-Q4.xlsx' } });
    expect(String(doc!.caption)).toContain('Rekap 2 pegawai dalam berkas Excel');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(doc!.document.bytes);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(4);
    const names: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => void names.push(String(row.values)));
    expect(names.join('\n')).toContain('Sari Wulandari');
    expect(names.join('\n')).not.toContain('Hendra');

    await h.send(commandMessage('rekap', 'xlsx', { from: PEER }));
    expect(h.api.callsOf('sendDocument')).toHaveLength(1);
    expect(textsSentTo(h, PEER.id)[0]).toContain('Rekap tersedia bagi atasan');
  });

  it('sends a redelivered /rekap once', async () => {
    await seedTeam(h);
    const update = commandMessage('rekap', undefined, { from: ATASAN });
    await h.send(update);
    await h.send(update);
    expect(textsSentTo(h, ATASAN.id)).toHaveLength(1);
    expect(photosTo(ATASAN)).toHaveLength(1);
  });
});
