import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { columns } from '../../src/import/write-batches.js';
import { rowsOf, useTestDatabase } from '../support/database.js';

const t = useTestDatabase();

describe('columns: a batch as one array parameter per column', () => {
  it('gives back every value as written: quotes, backslashes, separators, braces, empty and null', async () => {
    const texts = ['a "quoted" word', 'back\\slash\\', 'comma, {brace}', '', 'NULL', null, "it's", 'ü – ✓'];
    const rows = texts.map((text, i) => ({
      i,
      text,
      n: i === 5 ? null : i + 0.5,
      roles: i === 5 ? null : ['pegawai', text ?? 'x'],
      doc: i === 5 ? null : { text, list: [1, 'two'], nested: { none: null } },
    }));
    const result = rowsOf<{
      i: number;
      text: string | null;
      n: string | null;
      roles: string[] | null;
      doc: unknown;
    }>(
      await t.db.execute(sql`
        select x.i, x.text, x.n, x.roles, x.doc
        from ${columns('x(i int, text text, n numeric, roles text[], doc jsonb)', rows)}
        order by x.i`),
    );
    expect(result.map((r) => r.text)).toEqual(texts);
    expect(result.map((r) => (r.n === null ? null : Number(r.n)))).toEqual(rows.map((r) => r.n));
    expect(result.map((r) => r.roles)).toEqual(rows.map((r) => r.roles));
    const docs = result.map((r) => (typeof r.doc === 'string' ? JSON.parse(r.doc) : r.doc));
    expect(docs).toEqual(rows.map((r) => r.doc));
  });

  it('reads an empty batch as no rows', async () => {
    const result = rowsOf(await t.db.execute(sql`select * from ${columns('x(i int, text text)', [])}`));
    expect(result).toEqual([]);
  });
});
