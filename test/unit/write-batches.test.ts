import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ImportFailedError } from '../../src/import/import-failure.js';
import { dependencyLevels, inBatches } from '../../src/import/write-batches.js';

type Node = { key: string; up: string | null };
const node = (key: string, up: string | null = null): Node => ({ key, up });
const keys = (levels: Node[][]) => levels.map((level) => level.map((n) => n.key));
const levelsOf = (nodes: Node[]) =>
  dependencyLevels(
    nodes,
    (n) => n.key,
    (n) => n.up,
  );

describe('dependencyLevels', () => {
  it('puts every row after the row it points to, keeping the file order within a level', () => {
    // Staff first, as a file sorted by NIP often has them; X points to a row not in the list (stored).
    const nodes = [
      node('s1', 'b1'),
      node('b1', 'top'),
      node('s2', 'b2'),
      node('top'),
      node('b2', 'top'),
      node('x', 'stored'),
    ];
    expect(keys(levelsOf(nodes))).toEqual([
      ['top', 'x'],
      ['b1', 'b2'],
      ['s1', 's2'],
    ]);
  });

  it('walks a chain of 100,000 without running out of stack', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) =>
      node(`n${i}`, i === 0 ? null : `n${i - 1}`),
    ).reverse();
    const levels = levelsOf(chain);
    expect(levels).toHaveLength(100_000);
    expect(levels[0]![0]!.key).toBe('n0');
    expect(levels.at(-1)![0]!.key).toBe('n99999');
  });

  it('refuses a cycle, which validation should have caught', () => {
    expect(() => levelsOf([node('a', 'b'), node('b', 'a')])).toThrow(/cycle/);
    expect(() => levelsOf([node('a', 'a')])).toThrow(/cycle/);
  });
});

describe('inBatches', () => {
  const rowOf = (n: number) => n + 2;

  it('hands over consecutive slices in order', async () => {
    const seen: number[][] = [];
    await inBatches([...Array(10).keys()], { size: 3, step: 'testing', rowOf }, async (batch) => {
      seen.push([...batch]);
    });
    expect(seen).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
  });

  it('reports the first batch that failed by its rows, without the driver message', async () => {
    const driverError = Object.assign(
      new Error('Failed query: insert … params: 199002142015032001,Fransiska'),
      {
        cause: Object.assign(new Error('new row violates check constraint'), {
          code: '23514',
          constraint: 'c',
        }),
      },
    );
    const failure = await inBatches(
      [...Array(10).keys()],
      { size: 3, step: 'testing', rowOf },
      async (batch) => {
        if (batch.includes(4)) throw driverError;
        // The batch sent behind a failed one fails too, as in an aborted transaction.
        if (batch.includes(7)) throw new Error('current transaction is aborted');
      },
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportFailedError);
    expect(failure).toMatchObject({
      step: 'testing',
      rows: { first: 5, last: 7, count: 3 },
      sqlState: '23514',
      constraint: 'c',
      refusedRows: true,
      summary: 'SQLSTATE 23514, constraint c',
    });
    expect(JSON.stringify(failure) + String(failure) + (failure as Error).stack).not.toMatch(
      /1990021420|Fransiska/,
    );
    expect((failure as Error).cause).toBeUndefined();
  });

  it('locates the row a refusal names in its detail, without keeping the detail', async () => {
    const codes = ['KR-1', 'KR-10', 'KR-2'];
    const refusal = (detail: string) =>
      Object.assign(new Error('Failed query: …'), {
        cause: Object.assign(new Error('new row violates check constraint "c"'), { code: '23514', detail }),
      });
    const fail = (detail: string) =>
      inBatches(
        codes,
        { size: 3, step: 'testing', rowOf: (c) => 2 + codes.indexOf(c), keyOf: (c) => c },
        () => {
          throw refusal(detail);
        },
      ).then(
        () => expect.fail('the batch should have failed'),
        (error: unknown) => error as ImportFailedError,
      );

    // The longest key at the first place: KR-10, not KR-1; its parent KR-2 comes later in the row.
    const failure = await fail('Failing row contains (7, KR-10, Hasil, KR-2).');
    expect(failure.rows).toEqual({ first: 2, last: 4, count: 3, row: 3 });
    expect(inspect(failure, { depth: 10 })).not.toContain('Hasil');
    // Nothing of the batch in the detail: the batch's rows are all there is.
    expect((await fail('Key (objective_id)=(99) is not present.')).rows).toMatchObject({ row: undefined });
  });
});
