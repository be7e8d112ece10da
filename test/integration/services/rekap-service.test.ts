/**
 * `/rekap` answered by the service itself, below any channel: which view a scope gets (a person's
 * detail with a trend, a unit head's summary per sub-unit, a line's week or quarter), the chart beside
 * it or none, an export as a document, the refusals that name nobody, and a sub-unit's drill-down.
 * The people are those of the authorization matrix (test/authorization/actors.ts).
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeChartRenderer } from '../../../src/charts/index.js';
import { Translator } from '../../../src/i18n/translator.js';
import {
  answerRekap,
  answerUnitDrill,
  type RekapAsker,
  type RekapDeps,
} from '../../../src/services/rekap/rekap-service.js';
import { orgUnits } from '../../../src/storage/schema.js';
import { seedWorld, type World } from '../../authorization/actors.js';
import { truncateAll, useTestDatabase } from '../../support/database.js';

const t = useTestDatabase();
afterAll(() => closeChartRenderer());
const translator = new Translator();
// Wednesday 4 March 2026, 09:00 WIB: week 2026-W10, TW I.
const now = new Date('2026-03-04T02:00:00Z');

let world: World;
const asker = (key: keyof World['people']): RekapAsker => ({
  id: world.people[key].employeeId,
  timeZone: 'Asia/Jakarta',
  locale: 'id',
});
const deps = (charts?: boolean): RekapDeps => ({
  db: t.db,
  translator,
  ...(charts === undefined ? {} : { charts }),
});
const keys = (reply: { prompts: Array<{ key: string }> }) => reply.prompts.map((p) => p.key);

beforeEach(async () => {
  await truncateAll(t.db);
  world = await seedWorld(t.db);
});

describe('answerRekap', () => {
  it('a name that matches two people in the line lists both, and shows neither', async () => {
    const reply = await answerRekap(deps(false), asker('ratna'), 'ri', now);
    expect(reply.prompts).toEqual([
      {
        key: 'rekap-ambiguous',
        args: { names: 'Rina Marlina, Sari Wulandari', count: 2 },
        expects: 'none',
      },
    ]);
    expect(reply.attachments ?? []).toEqual([]);
  });

  it('a quarter that has not begun is refused with its own message', async () => {
    const reply = await answerRekap(deps(false), asker('ratna'), 'TW3 2026', now);
    expect(reply.prompts).toEqual([{ key: 'rekap-future-period', expects: 'none' }]);
  });

  it('one person: their detail, with the 12-week trend as a photo', async () => {
    const reply = await answerRekap(deps(), asker('ratna'), 'Sari', now);
    expect(keys(reply)).toContain('rekap-person-title');
    expect(reply.attachments).toEqual([
      expect.objectContaining({ kind: 'photo', fileName: 'rekap.png', caption: expect.anything() }),
    ]);
  });

  it('the line this week and this quarter: people, with a chart unless charts are off', async () => {
    const week = await answerRekap(deps(), asker('ratna'), '', now);
    const quarter = await answerRekap(deps(), asker('ratna'), 'triwulan', now);
    const headline = (reply: typeof week) =>
      (reply.prompts[0] as { lines?: Array<{ key: string }> }).lines?.[0]?.key;
    expect(headline(week)).toBe('rekap-week-headline');
    expect(headline(quarter)).toBe('rekap-period-headline');
    for (const reply of [week, quarter]) {
      expect(reply.attachments).toEqual([expect.objectContaining({ kind: 'photo' })]);
    }
    const off = await answerRekap(deps(false), asker('ratna'), '', now);
    expect(off.attachments).toBeUndefined();
    expect(keys(off)).toEqual(keys(week));
  });

  it('a unit head’s unit: the summary per sub-unit, with its chart', async () => {
    const reply = await answerRekap(deps(), asker('hendra'), 'unit', now);
    expect(keys(reply)).toContain('rekap-unit-title');
    expect(reply.attachments).toEqual([expect.objectContaining({ kind: 'photo' })]);
  });

  it('an export comes as one document with its caption, and ends nothing open', async () => {
    const reply = await answerRekap(deps(), asker('ratna'), 'csv', now);
    expect(reply).toEqual({
      prompts: [],
      open: false,
      attachments: [
        {
          kind: 'document',
          fileName: expect.stringMatching(/\.csv$/),
          base64: expect.any(String),
          caption: { key: 'rekap-export-ready', args: { people: 3, format: 'csv' }, expects: 'none' },
        },
      ],
    });
  });
});

describe('answerUnitDrill', () => {
  it('a unit that does not exist reads as not found', async () => {
    const reply = await answerUnitDrill(deps(false), asker('hendra'), 987_654, now);
    expect(reply.prompts).toEqual([{ key: 'rekap-not-found', expects: 'none' }]);
  });

  it('the unit a head leads: its summary this week; a unit outside the subtree is refused', async () => {
    const units = await t.db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits);
    const id = (path: string) => units.find((u) => u.path === path)!.id;

    const own = await answerUnitDrill(
      deps(false),
      asker('hendra'),
      id('Kementerian Uji/Biro Kepegawaian'),
      now,
    );
    expect(keys(own)).toContain('rekap-unit-title');

    const other = await answerUnitDrill(
      deps(false),
      asker('hendra'),
      id('Kementerian Uji/Biro Perencanaan'),
      now,
    );
    expect(other).toEqual({ prompts: [{ key: 'rekap-not-found', expects: 'none' }], open: false });
  });
});
