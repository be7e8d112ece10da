/** /cuti through the real grammY bot, the update pipeline and the outbound queue. */
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { leavePeriods } from '../../src/storage/schema.js';
import { linkTelegram, seedEmployee, useTelegramHarness } from '../support/telegram-harness.js';
import { commandMessage } from '../support/telegram-updates.js';

const h = useTelegramHarness();

async function linked(overrides: Parameters<typeof seedEmployee>[1] = {}) {
  const person = await seedEmployee(h.db, { name: 'Sari', ...overrides });
  await linkTelegram(h.db, person.id);
  return person;
}

const periodsOf = (employeeId: number) =>
  h.db
    .select({ startsOn: leavePeriods.startsOn, endsOn: leavePeriods.endsOn, source: leavePeriods.source })
    .from(leavePeriods)
    .where(eq(leavePeriods.employeeId, employeeId))
    .orderBy(asc(leavePeriods.startsOn));

describe('/cuti', () => {
  it('records a range typed in Indonesian and answers with the dates', async () => {
    h.clock.set('2026-12-01T02:00:00Z');
    const sari = await linked();
    await h.send(commandMessage('cuti', '7 Des sampai 11 Des'));
    expect(h.sentTexts()).toEqual([
      '✅ Cuti Anda dicatat: Senin, 7 Des 2026 sampai Jumat, 11 Des 2026. Selama cuti, Anda tidak menerima pengingat check-in dan pekan tanpa hari kerja tercatat sebagai cuti.',
    ]);
    expect(await periodsOf(sari.id)).toEqual([
      { startsOn: '2026-12-07', endsOn: '2026-12-11', source: 'command' },
    ]);
  });

  it('takes one date as one day, says when it was already recorded, and speaks English', async () => {
    h.clock.set('2026-12-01T02:00:00Z');
    const sari = await linked({ locale: 'en' });
    await h.send(commandMessage('cuti', '2026-12-07'));
    await h.send(commandMessage('cuti', '7/12'));
    expect(h.sentTexts()).toEqual([
      '✅ Your leave is recorded: Monday, 7 Dec 2026. You get no check-in reminders that day.',
      '✅ Your leave is recorded: Monday, 7 Dec 2026. You get no check-in reminders that day. (This leave was already recorded.)',
    ]);
    expect(await periodsOf(sari.id)).toHaveLength(1);
  });

  it('explains a date it cannot read, a reversed range and a missing one, and records nothing', async () => {
    const sari = await linked();
    await h.send(commandMessage('cuti', '7 Des sampai lusa'));
    await h.send(commandMessage('cuti', '11/12/2026 7/12/2026'));
    const [invalid, reversed] = h.sentTexts();
    expect(invalid).toBe(
      'Tanggal "lusa" tidak dikenali. Tulis tanggal seperti 7 Des, 7 Desember 2026, 7/12 atau 2026-12-07.',
    );
    expect(reversed).toContain(
      'Tanggal selesai (7 Des 2026) lebih awal daripada tanggal mulai (11 Des 2026)',
    );
    await h.send(commandMessage('cuti'));
    expect(h.sentTexts()[2]).toContain('Belum ada cuti yang tercatat');
    expect(h.sentTexts()[2]).toContain('Cara penggunaan: /cuti <dari> <sampai>');
    expect(await periodsOf(sari.id)).toEqual([]);
  });

  it('/cuti batal withdraws the person’s own future leave, shortens leave under way, and keeps HR’s', async () => {
    h.clock.set('2026-12-09T02:00:00Z'); // Wednesday 9 Dec, 09.00 WIB
    const sari = await linked();
    await h.db.insert(leavePeriods).values([
      { employeeId: sari.id, startsOn: '2026-12-07', endsOn: '2026-12-11', source: 'command' },
      { employeeId: sari.id, startsOn: '2026-12-21', endsOn: '2026-12-23', source: 'command' },
      { employeeId: sari.id, startsOn: '2026-12-28', endsOn: '2026-12-30', source: 'import' },
      { employeeId: sari.id, startsOn: '2026-11-02', endsOn: '2026-11-03', source: 'command' },
    ]);
    await h.send(commandMessage('cuti', 'batal'));
    expect(h.sentTexts()[0]).toContain('2 cuti yang Anda catat dengan /cuti dibatalkan');
    expect(await periodsOf(sari.id)).toEqual([
      { startsOn: '2026-11-02', endsOn: '2026-11-03', source: 'command' },
      { startsOn: '2026-12-07', endsOn: '2026-12-08', source: 'command' },
      { startsOn: '2026-12-28', endsOn: '2026-12-30', source: 'import' },
    ]);
    await h.send(commandMessage('cuti', 'batal'));
    expect(h.sentTexts()[1]).toBe(
      'Tidak ada cuti yang Anda catat dengan /cuti untuk hari ini atau setelahnya.',
    );
  });

  it('changes nothing when Telegram redelivers the same update', async () => {
    h.clock.set('2026-12-01T02:00:00Z');
    const sari = await linked();
    const update = commandMessage('cuti', '7 Des');
    await h.send(update);
    await h.send(update);
    expect(h.sentTexts()).toHaveLength(1);
    expect(await periodsOf(sari.id)).toHaveLength(1);
  });
});
