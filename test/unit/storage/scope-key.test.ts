/** The audit key of a rekap scope names what was looked at, one distinct key per kind. */
import { describe, expect, it } from 'vitest';
import { scopeKey } from '../../../src/storage/repositories/rekap-scope.js';

describe('scopeKey', () => {
  it('names a line, units, a person and everyone', () => {
    expect(scopeKey({ kind: 'line', viewerId: 5 })).toBe('line:5');
    expect(scopeKey({ kind: 'units', paths: ['Deputi X/Biro A', 'Deputi Y'] })).toBe(
      'unit:Deputi X/Biro A|Deputi Y',
    );
    expect(scopeKey({ kind: 'person', employeeId: 7 })).toBe('person:7');
    expect(scopeKey({ kind: 'all' })).toBe('all');
  });
});
