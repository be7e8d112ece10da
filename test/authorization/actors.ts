/**
 * The people of the authorization matrix (test/authorization/matrix.test.ts): one small
 * organisation with a person in every role, each holding data nobody else may see (name, NIP,
 * phone, the titles of their key results), and the checks every cell shares: what the actor was
 * sent, and whether any of it belongs to someone else.
 *
 *   Kementerian Uji/Biro Kepegawaian
 *     Hendra (unit head, Kepala Biro)
 *       └ Ratna (atasan)
 *           ├ Sari (pegawai)          appraised by Yusuf (penilai, another unit)
 *           └ Dewi (pegawai: the person others try to reach)
 *   Agus (admin: roles pegawai+admin; in chat an employee like any other)
 *   Rina (an employee not linked yet); the unlinked actor is a Telegram account linked to nobody.
 */
import { eq } from 'drizzle-orm';
import type { Update, User } from 'grammy/types';
import { expect } from 'vitest';
import type { Db } from '../../src/storage/database.js';
import {
  channelIdentities,
  checkins,
  conversations,
  employees,
  krUpdates,
  orgUnits,
} from '../../src/storage/schema.js';
import { seedKeyResults } from '../support/okr-seed.js';
import {
  linkTelegram,
  seedEmployee,
  seedUnitPath,
  type TelegramHarness,
} from '../support/telegram-harness.js';
import { commandMessage, testUser } from '../support/telegram-updates.js';

export const ROLES = ['unlinked', 'pegawai', 'atasan', 'penilai', 'unit head', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface SeededPerson {
  key: string;
  employeeId: number;
  name: string;
  nip: string;
  phone: string;
  /** Their Telegram account (private chat id = user id); linked unless `linked` is false. */
  user: User;
  linked: boolean;
  krTitles: string[];
}

export interface Actor {
  role: Role;
  user: User;
  /** Undefined for the unlinked actor. */
  person?: SeededPerson;
}

export interface World {
  people: Record<PersonKey, SeededPerson>;
  /** Whose check-in the others try to press buttons of. */
  victim: SeededPerson;
  actor: (role: Role) => Actor;
}

type PersonKey = 'hendra' | 'ratna' | 'sari' | 'dewi' | 'yusuf' | 'agus' | 'rina';

interface PersonSpec {
  name: string;
  nip: string;
  phone: string;
  krTitle: string;
  unit: 'biro' | 'other';
  position: string;
  roles?: string[];
  linked?: boolean;
}

const SPECS: Record<PersonKey, PersonSpec> = {
  hendra: {
    name: 'Hendra Kusumawardhana',
    nip: '197001011995031001',
    phone: '6281100000001',
    krTitle: 'Reformasi birokrasi biro tuntas',
    unit: 'biro',
    position: 'Kepala Biro Kepegawaian',
  },
  ratna: {
    name: 'Ratna Puspitasari',
    nip: '197502022000032002',
    phone: '6281100000002',
    krTitle: 'Tim penilaian jabatan fungsional terbentuk',
    unit: 'biro',
    position: 'Ketua Tim Jabatan Fungsional',
  },
  yusuf: {
    name: 'Yusuf Hidayatullah',
    nip: '198005052005011005',
    phone: '6281100000005',
    krTitle: 'Kalibrasi penilaian kinerja selesai',
    unit: 'other',
    position: 'Pejabat Penilai Kinerja',
  },
  agus: {
    name: 'Agus Setiabudi',
    nip: '198506062010011006',
    phone: '6281100000006',
    krTitle: 'Data pegawai tersinkron dengan SIASN',
    unit: 'other',
    position: 'Pengelola Kinerja',
    roles: ['pegawai', 'admin'],
  },
  sari: {
    name: 'Sari Wulandari',
    nip: '199003032015032003',
    phone: '6281100000003',
    krTitle: 'Usulan kenaikan pangkat terverifikasi',
    unit: 'biro',
    position: 'Analis SDM Aparatur',
  },
  dewi: {
    name: 'Dewi Anggraini',
    nip: '199104042016042004',
    phone: '6281100000004',
    krTitle: 'Digitalisasi arsip mutasi pegawai',
    unit: 'biro',
    position: 'Pranata Komputer',
  },
  rina: {
    name: 'Rina Marlina',
    nip: '199207072018072007',
    phone: '6281100000007',
    krTitle: 'Layanan cuti tanpa kertas',
    unit: 'biro',
    position: 'Pengadministrasi Umum',
    linked: false,
  },
};

/** Which person acts in each role (the unlinked actor is a stranger's account). */
const ROLE_PERSON: Record<Exclude<Role, 'unlinked'>, PersonKey> = {
  pegawai: 'sari',
  atasan: 'ratna',
  penilai: 'yusuf',
  'unit head': 'hendra',
  admin: 'agus',
};

export const STRANGER: User = testUser({ id: 930_000_999, first_name: 'Orang', last_name: 'Asing' });

/** Seeds the organisation, links everyone but Rina, and gives each one key result of their own. */
export async function seedWorld(db: Db): Promise<World> {
  const biro = await seedUnitPath(db, 'Kementerian Uji/Biro Kepegawaian');
  const other = await seedUnitPath(db, 'Kementerian Uji/Biro Perencanaan');
  const people = {} as Record<PersonKey, SeededPerson>;
  let userId = 930_000_001;
  const supervisorOf: Partial<Record<PersonKey, PersonKey>> = {
    ratna: 'hendra',
    sari: 'ratna',
    dewi: 'ratna',
    rina: 'ratna',
  };
  const appraiserOf: Partial<Record<PersonKey, PersonKey>> = { sari: 'yusuf', dewi: 'yusuf' };
  // Supervisors and appraisers come first in SPECS: their rows exist when others point at them.
  for (const key of Object.keys(SPECS) as PersonKey[]) {
    const spec = SPECS[key];
    const supervisor = supervisorOf[key];
    const appraiser = appraiserOf[key];
    const row = await seedEmployee(db, {
      name: spec.name,
      nip: spec.nip,
      phone: spec.phone,
      position: spec.position,
      unitId: spec.unit === 'biro' ? biro : other,
      ...(spec.roles ? { roles: spec.roles } : {}),
      ...(supervisor ? { supervisorId: people[supervisor].employeeId } : {}),
      ...(appraiser ? { appraiserId: people[appraiser].employeeId } : {}),
    });
    const [first, ...rest] = spec.name.split(' ');
    const user = testUser({ id: userId++, first_name: first!, last_name: rest.join(' ') });
    const linked = spec.linked ?? true;
    if (linked) await linkTelegram(db, row.id, user.id);
    await seedKeyResults(db, row.id, [
      { code: `KR-${key}`, title: spec.krTitle, unitLabel: 'dokumen', baseline: 0, target: 12 },
    ]);
    people[key] = {
      key,
      employeeId: row.id,
      name: spec.name,
      nip: spec.nip,
      phone: spec.phone,
      user,
      linked,
      krTitles: [spec.krTitle],
    };
  }
  // Hendra heads the Biro (kepala_unit): his rekap may cover its whole subtree.
  await db.update(orgUnits).set({ headId: people.hendra.employeeId }).where(eq(orgUnits.id, biro));
  return {
    people,
    victim: people.dewi,
    actor: (role) =>
      role === 'unlinked'
        ? { role, user: STRANGER }
        : { role, user: people[ROLE_PERSON[role]].user, person: people[ROLE_PERSON[role]] },
  };
}

/** A command as the actor sends it in their private chat. */
export function command(actor: Actor, name: string, payload?: string): Update {
  return commandMessage(name, payload, { from: actor.user });
}

/** Everything the bot sent or answered since the last reset: the whole of what was revealed. */
export function revealed(h: TelegramHarness): string {
  return JSON.stringify(h.api.calls.map((c) => c.body));
}

/** Texts sent (sendMessage, editMessageText) and button answers, in order. */
export function answers(h: TelegramHarness): string[] {
  return h.api.calls
    .filter((c) => ['sendMessage', 'editMessageText', 'answerCallbackQuery'].includes(c.method))
    .map((c) => String(c.body.text ?? ''));
}

/**
 * Nothing about anyone but the actor left dika: no name, NIP, phone or key result of another
 * person in any call, and no message to a chat other than those the actor wrote in.
 */
export function expectNothingOfOthers(
  h: TelegramHarness,
  world: World,
  actor: Actor,
  updates: readonly Update[],
): void {
  const text = revealed(h);
  for (const other of Object.values(world.people)) {
    if (other.key === actor.person?.key) continue;
    for (const secret of [other.name, other.nip, other.phone, ...other.krTitles]) {
      expect(text, `${actor.role} was shown ${other.key}'s data`).not.toContain(secret);
    }
  }
  const own = new Set([
    String(actor.user.id),
    ...updates.map((u) => String(u.message?.chat.id ?? u.callback_query?.message?.chat.id ?? actor.user.id)),
  ]);
  for (const call of h.api.calls) {
    if (call.body.chat_id === undefined) continue;
    expect(own, 'a message went to another chat').toContain(String(call.body.chat_id));
  }
}

/** The rows an action must not change when it is refused. */
export async function stateOf(db: Db): Promise<string> {
  const [people, identities, dialogs, weekly, values] = await Promise.all([
    db.select().from(employees).orderBy(employees.id),
    db.select().from(channelIdentities).orderBy(channelIdentities.id),
    db.select().from(conversations).orderBy(conversations.id),
    db.select().from(checkins).orderBy(checkins.id),
    db.select().from(krUpdates).orderBy(krUpdates.id),
  ]);
  return JSON.stringify({ people, identities, dialogs, weekly, values });
}
