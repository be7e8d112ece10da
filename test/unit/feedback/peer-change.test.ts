import { describe, expect, it } from 'vitest';
import { parsePeerChange } from '../../../src/core/feedback/peer-change.js';

const PEOPLE = [
  { id: 1, name: 'Dodi Pratama' },
  { id: 2, name: 'Dodi Pratama Putra' },
  { id: 3, name: 'Rina Kusuma' },
];

describe('parsePeerChange', () => {
  it('takes the longest full name the text starts with, the rest is the reason', () => {
    expect(parsePeerChange('usul Dodi Pratama Putra satu tim anggaran', PEOPLE)).toEqual({
      status: 'ok',
      kind: 'propose',
      candidate: PEOPLE[1],
      reason: 'satu tim anggaran',
    });
    expect(parsePeerChange('tolak dodi pratama: jarang bekerja sama', PEOPLE)).toMatchObject({
      kind: 'decline',
      candidate: PEOPLE[0],
      reason: 'jarang bekerja sama',
    });
  });

  it('accepts a first name that names one colleague only', () => {
    expect(parsePeerChange('tolak Rina beda bidang', PEOPLE)).toMatchObject({
      candidate: PEOPLE[2],
      reason: 'beda bidang',
    });
    expect(parsePeerChange('tolak Dodi beda bidang', PEOPLE)).toEqual({
      status: 'unknown-name',
      typed: 'Dodi',
    });
  });

  it('asks for a reason, and for the verb', () => {
    expect(parsePeerChange('usul Rina Kusuma', PEOPLE)).toEqual({ status: 'no-reason' });
    expect(parsePeerChange('hapus Rina alasan', PEOPLE)).toEqual({ status: 'usage' });
    expect(parsePeerChange('usul', PEOPLE)).toEqual({ status: 'usage' });
  });
});
