import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/import/find-cycles.js';

const graph = (edges: [string, string | null][]) => new Map(edges);

describe('findCycles', () => {
  it('finds none in chains that end at the top or at a node outside the map', () => {
    expect(
      findCycles(
        graph([
          ['A', 'B'],
          ['B', null],
          ['C', 'X'],
        ]),
      ),
    ).toEqual([]);
  });

  it('returns a cycle once, in pointing order, from where the walk entered it', () => {
    expect(
      findCycles(
        graph([
          ['A', 'B'],
          ['B', 'C'],
          ['C', 'A'],
        ]),
      ),
    ).toEqual([['A', 'B', 'C']]);
  });

  it('leaves out the tail that leads into a cycle', () => {
    // D is walked first: D → A → B → A; the cycle is [A, B], not the path [D, A, B].
    expect(
      findCycles(
        graph([
          ['D', 'A'],
          ['A', 'B'],
          ['B', 'A'],
        ]),
      ),
    ).toEqual([['A', 'B']]);
  });

  it('does not report a cycle again when a later walk reaches it', () => {
    expect(
      findCycles(
        graph([
          ['A', 'B'],
          ['B', 'A'],
          ['E', 'A'],
          ['F', 'E'],
        ]),
      ),
    ).toEqual([['A', 'B']]);
  });

  it('finds a node pointing at itself and separate cycles', () => {
    expect(
      findCycles(
        graph([
          ['S', 'S'],
          ['P', 'Q'],
          ['Q', 'P'],
          ['T', null],
        ]),
      ),
    ).toEqual([['S'], ['P', 'Q']]);
  });
});
