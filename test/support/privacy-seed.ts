/**
 * Two people with everything dika can hold about someone (for the privacy tests): a linked
 * account, a link code, check-ins with notes, kendala, rencana kerja and bukti dukung, a dialog
 * request, leave, an open conversation, outbound messages, a snooze job and audit rows, including
 * a colleague's import row that names the first person as supervisor.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/storage/database.js';
import {
  auditLog,
  blockers,
  checkins,
  conversations,
  dialogRequests,
  evidence,
  jobRuns,
  krUpdates,
  leavePeriods,
  linkCodeAttempts,
  linkCodes,
  nextActions,
  outboundMessages,
} from '../../src/storage/schema.js';
import { rowsOf } from './database.js';
import { seedKeyResults } from './okr-seed.js';
import { linkTelegram, seedEmployee, seedUnitPath } from './telegram-harness.js';

export interface SeededPerson {
  id: number;
  nip: string;
  name: string;
  email: string;
  phone: string;
  chatId: string;
  /** Words only this person wrote. */
  texts: string[];
}

export const RATNA = {
  nip: '198703152010012007',
  name: 'Ratna Kusumawardhani',
  email: 'ratna.kusuma@instansi.example',
  phone: '6281234567890',
  chatId: '918273645',
} as const;

export const BAMBANG = {
  nip: '199104222015031002',
  name: 'Bambang Sutrisnoharjo',
  email: 'bambang.s@instansi.example',
  phone: '6285711122233',
  chatId: '918273999',
} as const;

async function seedPerson(
  db: Db,
  who: typeof RATNA | typeof BAMBANG,
  input: { unitId: number; supervisorId?: number; krCode: string; word: string },
): Promise<SeededPerson> {
  const person = await seedEmployee(db, {
    nip: who.nip,
    name: who.name,
    email: who.email,
    phone: who.phone,
    position: 'Analis SDM Aparatur',
    unitId: input.unitId,
    supervisorId: input.supervisorId ?? null,
  });
  await linkTelegram(db, person.id, Number(who.chatId));
  const [kr] = await seedKeyResults(db, person.id, [
    {
      code: input.krCode,
      title: 'Rancangan peraturan selesai',
      unitLabel: 'dokumen',
      baseline: 0,
      target: 4,
    },
  ]);
  const [checkin] = await db
    .insert(checkins)
    .values({
      employeeId: person.id,
      isoWeek: '2026-W10',
      weekStart: '2026-03-02',
      channel: 'telegram',
      wantsDialog: true,
      submittedAt: new Date('2026-03-06T08:00:00Z'),
    })
    .returning();
  const texts = [
    `Catatan ${input.word} tentang rapat`,
    `Kendala ${input.word}: server lambat`,
    `Rencana ${input.word}: finalisasi draf`,
    `https://drive.example/${input.word}-bukti`,
    `laporan-${input.word}.pdf`,
  ];
  const [update] = await db
    .insert(krUpdates)
    .values({ checkinId: checkin!.id, keyResultId: kr!.id, value: 2.5, confidence: 7, note: texts[0] })
    .returning();
  await db.insert(blockers).values({ checkinId: checkin!.id, text: texts[1]! });
  await db.insert(nextActions).values({ checkinId: checkin!.id, text: texts[2]! });
  await db.insert(evidence).values([
    { krUpdateId: update!.id, kind: 'link', url: texts[3] },
    {
      krUpdateId: update!.id,
      kind: 'file',
      platform: 'telegram',
      fileId: `BQACAgIAAx-${input.word}`,
      fileUniqueId: `AgAD-${input.word}`,
      fileName: texts[4],
      mimeType: 'application/pdf',
      sizeBytes: 52_000,
    },
  ]);
  await db
    .insert(dialogRequests)
    .values({ employeeId: person.id, supervisorId: input.supervisorId ?? null, checkinId: checkin!.id });
  await db
    .insert(leavePeriods)
    .values({ employeeId: person.id, startsOn: '2026-03-09', endsOn: '2026-03-13' });
  await db.insert(conversations).values({
    employeeId: person.id,
    kind: 'checkin',
    channel: 'telegram',
    state: { step: 'note', draft: { note: `Draf ${input.word}` } },
  });
  await db.insert(outboundMessages).values({
    channel: 'telegram',
    sender: '123456789',
    address: who.chatId,
    employeeId: person.id,
    op: 'send',
    payload: { chatId: Number(who.chatId), text: `Selamat datang kembali, ${who.name}.` },
    status: 'sent',
  });
  await db.insert(linkCodes).values({
    codeHash: `hash-${input.word}`,
    employeeId: person.id,
    expiresAt: new Date('2026-03-09T00:00:00Z'),
  });
  await db.insert(linkCodeAttempts).values({
    platform: 'telegram',
    externalUserId: who.chatId,
    windowStartedAt: new Date('2026-03-02T00:00:00Z'),
    attempts: 1,
  });
  await db.insert(jobRuns).values({
    job: 'checkin-snooze',
    periodKey: '2026-W10',
    subject: String(person.id),
    dueAt: new Date('2026-03-02T05:00:00Z'),
  });
  await db.insert(auditLog).values([
    {
      actor: 'cli:hr',
      action: 'import.create',
      entity: 'employee',
      entityKey: who.nip,
      after: {
        nip: who.nip,
        name: who.name,
        email: who.email,
        phone: who.phone,
        supervisorNip: input.supervisorId ? RATNA.nip : null,
      },
    },
    {
      actor: `telegram:${who.chatId}`,
      action: 'account.link',
      entity: 'employee',
      entityKey: String(person.id),
      after: { platform: 'telegram', workspace: '', externalUserId: who.chatId, method: 'code' },
    },
    {
      actor: 'cli:hr',
      action: 'import.create',
      entity: 'key_result',
      entityKey: input.krCode,
      after: { code: input.krCode, ownerNip: who.nip },
    },
  ]);
  return { id: person.id, ...who, texts };
}

/** Ratna, and Bambang who reports to her. */
export async function seedTwoPeople(db: Db): Promise<{ ratna: SeededPerson; bambang: SeededPerson }> {
  const unitId = await seedUnitPath(db, 'Deputi Bidang SDM/Biro Kepegawaian');
  const ratna = await seedPerson(db, RATNA, { unitId, krCode: 'RK-1', word: 'ratnaword' });
  const bambang = await seedPerson(db, BAMBANG, {
    unitId,
    supervisorId: ratna.id,
    krCode: 'BS-1',
    word: 'bambangword',
  });
  // A message to Bambang that names his supervisor: erasing Ratna must reach it too.
  await db.insert(outboundMessages).values({
    channel: 'telegram',
    address: BAMBANG.chatId,
    employeeId: bambang.id,
    op: 'send',
    payload: {
      chatId: Number(BAMBANG.chatId),
      text: `Permintaan dialog Anda diteruskan kepada ${RATNA.name}.`,
    },
    status: 'sent',
  });
  return { ratna, bambang };
}

/** Every row of every table of the public schema, as one text per table, to grep and compare. */
export async function dumpTables(db: Db): Promise<Record<string, string>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`),
  );
  const dump: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ dump: string }>(
      await db.execute(
        sql`select coalesce(string_agg(to_jsonb(t)::text, E'\n' order by to_jsonb(t)::text), '') as dump from ${sql.identifier(name)} t`,
      ),
    );
    dump[name] = row!.dump;
  }
  return dump;
}

/** `table: value` for each table whose rows still contain one of the values. */
export function occurrences(dump: Record<string, string>, values: readonly string[]): string[] {
  return Object.entries(dump).flatMap(([table, text]) =>
    values.filter((v) => text.includes(v)).map((v) => `${table}: ${v}`),
  );
}
