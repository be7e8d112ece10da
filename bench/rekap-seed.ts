/**
 * The organisation `npm run bench:rekap` measures, seeded set-based (INSERT … SELECT over
 * generate_series, never a row at a time): 20,000 employees in a unit tree (a ministry, 2 deputi
 * of 10,000, 10 biro of 1,000 each, 10 bagian of 100 each) and the year 2026 up to Tuesday
 * 1 December (2026-W49): a check-in every week W01–W48 except one week in 13 (closed `missed`),
 * two indicators each with a value per check-in, bukti dukung on one update in 4, kendala and
 * dukungan on one check-in in 7, umpan balik on one in 9, dialog requests (held ones over the
 * year, 1 in 20 people with one open), and some cuti. Employee n (1-based) is in bagian
 * (n − 1) / 100; the ten people of group g = (n − 1) / 10 report to employee 10(g + 1) + 1, so
 * employee 11 leads a team of exactly 10 (employees 1–10).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/storage/database.js';

export const PEOPLE = 20_000;
export const TODAY = '2026-12-01';
/** Weeks with check-ins: W01 … W48 (W49 is still running on TODAY). */
const CLOSED_WEEKS = 48;

export const UNIT_OF_1000 = 'Kementerian/Deputi 1/Biro 1';
export const SUBTREE_OF_10000 = 'Kementerian/Deputi 1';
export const TEAM_LEAD = 11;

/** Runs the statements one by one (a prepared statement holds one); the seed's `;` are all separators. */
const step = async (db: Db, label: string, text: string) => {
  const t0 = performance.now();
  for (const statement of text.split(';').map((s) => s.trim())) {
    if (statement !== '') await db.execute(sql.raw(statement));
  }
  console.error(`  seeded ${label} in ${Math.round(performance.now() - t0)} ms`);
};

export async function seedRekapOrganisation(db: Db): Promise<void> {
  await step(
    db,
    'units',
    `
    insert into org_units (name, path) values ('Kementerian', 'Kementerian');
    insert into org_units (name, path, parent_id)
      select 'Deputi ' || d, 'Kementerian/Deputi ' || d, (select id from org_units where path = 'Kementerian')
      from generate_series(1, 2) d;
    insert into org_units (name, path, parent_id)
      select 'Biro ' || b, p.path || '/Biro ' || b, p.id
      from org_units p, generate_series(1, 10) b where p.path like 'Kementerian/Deputi %';
    insert into org_units (name, path, parent_id)
      select 'Bagian ' || g, p.path || '/Bagian ' || g, p.id
      from org_units p, generate_series(1, 10) g where p.path like 'Kementerian/Deputi %/Biro %'`,
  );
  // Bagian in a stable order (deputi, biro, bagian numbers), so employee n lands in bagian (n − 1) / 100.
  await step(
    db,
    'employees',
    `
    with bagian as (
      select id, row_number() over (order by
        split_part(split_part(path, '/', 2), ' ', 2)::int,
        split_part(split_part(path, '/', 3), ' ', 2)::int,
        split_part(split_part(path, '/', 4), ' ', 2)::int) - 1 as k
      from org_units where path like 'Kementerian/Deputi %/Biro %/Bagian %'
    )
    insert into employees (nip, name, unit_id)
    select lpad((199000000000000000 + n)::text, 18, '0'), 'Pegawai ' || n, b.id
    from generate_series(1, ${PEOPLE}) n join bagian b on b.k = (n - 1) / 100
    order by n;
    update employees set supervisor_id = 10 * ((id - 1) / 10 + 1) + 1 where 10 * ((id - 1) / 10 + 1) + 1 <= ${PEOPLE};
    update org_units u set head_id = (select min(e.id) from employees e join org_units b on b.id = e.unit_id
      where b.path like u.path || '/%') where u.path like 'Kementerian/Deputi %' and u.path not like '%/Bagian %';
    insert into channel_identities (employee_id, platform, workspace, external_user_id, chat_id)
      select id, 'telegram', '', (700000000 + id)::text, (700000000 + id)::text from employees`,
  );
  await step(
    db,
    'indicators',
    `
    insert into performance_periods (code, year, starts_on, ends_on) values ('2026', 2026, '2026-01-01', '2026-12-31');
    insert into objectives (owner_id, period_id, title)
      select e.id, p.id, 'Meningkatnya kualitas layanan' from employees e, performance_periods p;
    insert into key_results (code, objective_id, owner_id, period_id, title, unit_label, baseline, target,
        target_q_1, target_q_2, target_q_3, target_q_4, accumulation)
      select 'KR-' || o.owner_id || '-' || k, o.id, o.owner_id, o.period_id,
        case k when 1 then 'Dokumen selesai' else 'Tingkat kepuasan' end,
        case k when 1 then 'dokumen' else '%' end, 0, case k when 1 then 48 else 90 end,
        case k when 1 then 12 end, case k when 1 then 24 end, case k when 1 then 36 end, case k when 1 then 48 end,
        case k when 1 then 'cumulative' else 'latest' end
      from objectives o, generate_series(1, 2) k`,
  );
  await step(
    db,
    'check-ins',
    `
    insert into checkins (employee_id, iso_week, week_start, channel, support_needed, submitted_at, updated_at)
      select e.id, '2026-W' || lpad(w::text, 2, '0'), date '2025-12-29' + 7 * (w - 1), 'telegram',
        case when (e.id + w) % 7 = 0 then 'Akses aplikasi' end,
        timestamptz '2025-12-31 03:00+00' + interval '7 days' * (w - 1),
        timestamptz '2025-12-31 03:00+00' + interval '7 days' * (w - 1)
      from employees e, generate_series(1, ${CLOSED_WEEKS}) w
      where (e.id + w) % 13 <> 0;
    insert into week_outcomes (employee_id, iso_week, outcome)
      select e.id, '2026-W' || lpad(w::text, 2, '0'), 'missed'
      from employees e, generate_series(1, ${CLOSED_WEEKS}) w where (e.id + w) % 13 = 0`,
  );
  await step(
    db,
    'kr updates',
    `
    insert into kr_updates (checkin_id, key_result_id, value, confidence)
      select c.id, k.id,
        case when k.target = 48 then substr(c.iso_week, 7)::int else 50 + c.id % 40 end,
        1 + (c.id + k.id) % 10
      from checkins c join key_results k on k.owner_id = c.employee_id`,
  );
  await step(
    db,
    'evidence, kendala, feedback, dialogs, leave',
    `
    insert into evidence (kr_update_id, kind, url)
      select id, 'link', 'https://drive.example/' || id from kr_updates where id % 4 = 0;
    insert into blockers (checkin_id, text)
      select id, 'Menunggu data' from checkins where (employee_id + substr(iso_week, 7)::int) % 7 = 0;
    insert into checkin_feedback (checkin_id, key_result_id, author_id, body)
      select c.id, k.id, coalesce(e.supervisor_id, e.id), 'Lanjutkan'
      from checkins c join employees e on e.id = c.employee_id
      join key_results k on k.owner_id = c.employee_id and k.code like '%-1'
      where (c.employee_id + substr(c.iso_week, 7)::int) % 9 = 0;
    insert into dialog_requests (employee_id, supervisor_id, checkin_id, status, requested_at, closed_at)
      select c.employee_id, e.supervisor_id, c.id, 'held', c.submitted_at, c.submitted_at + interval '3 days'
      from checkins c join employees e on e.id = c.employee_id
      where (c.employee_id + substr(c.iso_week, 7)::int) % 25 = 0;
    insert into dialog_requests (employee_id, supervisor_id, status, requested_at)
      select id, supervisor_id, 'open', timestamptz '2026-11-27 03:00+00' from employees where id % 20 = 0;
    insert into leave_periods (employee_id, starts_on, ends_on)
      select id, '2026-07-20', '2026-07-24' from employees where id % 5 = 0;
    insert into leave_periods (employee_id, starts_on, ends_on)
      select id, '2026-11-30', '2026-12-04' from employees where id % 40 = 0`,
  );
  // As autovacuum leaves a table in steady state: hint bits set, visibility map, statistics.
  await step(db, 'vacuum analyze', 'vacuum analyze');
}
