import { describe, expect, it } from 'vitest';
import { toSubmission } from '../../src/core/checkin/submission.js';
import {
  type CheckinFormInput,
  type FormError,
  validateCheckinForm,
} from '../../src/core/checkin/validate-form.js';
import { begin, krs, run, type Step, week } from './checkin-fixtures.js';

type Values = CheckinFormInput['values'];
const validate = (values: Values, revisionOf?: number) =>
  validateCheckinForm({ week, krs, values, ...(revisionOf ? { revisionOf } : {}) });
const errorsOf = (values: Values): FormError[] => {
  const r = validate(values);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};
/** The chat dialog's submission after the same answers, read at the summary. */
const chat = (steps: Step[]) => {
  const state = run(begin(), [{ tap: 'go' }, ...steps]).state!;
  expect(state.cursor).toEqual({ at: 'summary' });
  return toSubmission(state);
};

const valid: Values = {
  krs: {
    '11': { value: '3', confidence: 'c7', evidence: 'https://example.go.id/sop' },
    '12': { value: '10 https://example.go.id/x', confidence: '5' },
    '13': { skip: true },
  },
  blockers: 'Server lambat\n- Rapat bentrok',
  supportNeeded: 'Akses ke aplikasi SIASN',
  nextActions: '1. Finalisasi draf',
  wantsDialog: 'ya',
};

describe('validateCheckinForm', () => {
  it('gives what the chat dialog submits for the same answers', () => {
    const r = validate(valid);
    expect(r).toEqual({
      ok: true,
      submission: chat([
        '3',
        { tap: 'c7' },
        'https://example.go.id/sop',
        '10 https://example.go.id/x',
        '5',
        { tap: 'skip' },
        'Server lambat\n- Rapat bentrok',
        'Akses ke aplikasi SIASN',
        '1. Finalisasi draf',
        'ya',
      ]),
    });
    expect(r.ok && r.submission.supportNeeded).toBe('Akses ke aplikasi SIASN');
    expect(r.ok && r.submission.updates[1]!.evidence).toEqual([
      { kind: 'link', url: 'https://example.go.id/x' },
    ]);
  });

  it('takes implausible values without a confirmation, empty lists and a checkbox', () => {
    const values: Values = {
      krs: {
        '11': { value: '0', confidence: '4' },
        '12': { value: 'sama', confidence: '10/10', evidence: ' ' },
        '13': { value: 'Rp 1,5 juta', confidence: 'c8' },
      },
      nextActions: '-',
      wantsDialog: false,
    };
    const expected = chat([
      '0',
      { tap: 'y' }, // the chat asks whether going backwards is right
      '4',
      { tap: 'skip' },
      { tap: 'same' },
      '10/10',
      { tap: 'skip' },
      'Rp 1,5 juta',
      { tap: 'c8' },
      { tap: 'skip' },
      'tidak ada',
      { tap: 'skip' },
      { tap: 'skip' },
      { tap: 'n' },
    ]);
    expect(validate(values)).toEqual({ ok: true, submission: expected });
    expect(expected.updates.map((u) => u.value)).toEqual([0, 14, 1_500_000]);
  });

  it('marks a revision and lets a skip win over a typed value', () => {
    const r = validate(
      { ...valid, krs: { ...valid.krs, '11': { value: '3', skip: true, confidence: 'x' } } },
      99,
    );
    expect(r.ok && r.submission.revisionOf).toBe(99);
    expect(r.ok && r.submission.updates[0]).toEqual({
      keyResultId: 11,
      value: null,
      skipped: true,
      confidence: null,
      evidence: [],
    });
  });

  it.each<[string, Values, FormError[]]>([
    [
      'a KR with neither value nor skip',
      { ...valid, krs: { ...valid.krs, '11': { confidence: '7' } } },
      [{ field: 'kr.11.value', key: 'checkin-hint-value', args: { unit: 'dokumen' } }],
    ],
    [
      'a KR missing from the form',
      { ...valid, krs: { '11': valid.krs['11']!, '13': { skip: true } } },
      [
        { field: 'kr.12.value', key: 'checkin-hint-value', args: { unit: 'hari' } },
        { field: 'kr.12.confidence', key: 'checkin-hint-confidence' },
      ],
    ],
    [
      'a value that is not a number',
      { ...valid, krs: { ...valid.krs, '12': { value: 'belum tahu', confidence: '5' } } },
      [{ field: 'kr.12.value', key: 'checkin-hint-value', args: { unit: 'hari' } }],
    ],
    [
      'a value too large to store, as the chat refuses it',
      { ...valid, krs: { ...valid.krs, '12': { value: '-99999999999999999999', confidence: '5' } } },
      [{ field: 'kr.12.value', key: 'checkin-hint-value-range', args: { max: 999_999_999_999_999 } }],
    ],
    [
      'a value without confidence',
      { ...valid, krs: { ...valid.krs, '12': { value: '10' } } },
      [{ field: 'kr.12.confidence', key: 'checkin-hint-confidence' }],
    ],
    [
      'a confidence out of range',
      { ...valid, krs: { ...valid.krs, '12': { value: '10', confidence: '11' } } },
      [{ field: 'kr.12.confidence', key: 'checkin-hint-confidence' }],
    ],
    [
      'evidence that is not a link',
      { ...valid, krs: { ...valid.krs, '13': { skip: true, evidence: 'lihat drive' } } },
      [{ field: 'kr.13.evidence', key: 'checkin-hint-evidence' }],
    ],
    [
      'an unclear yes/no',
      { ...valid, wantsDialog: 'mungkin' },
      [{ field: 'wantsDialog', key: 'checkin-hint-yes-no' }],
    ],
  ])('reports %s with its field', (_name, values, errors) => {
    expect(errorsOf(values)).toEqual(errors);
  });

  it('reports several errors at once, in the order of the form', () => {
    const errors = errorsOf({
      krs: {
        '11': { value: 'banyak', confidence: 'yakin', evidence: 'drive saya' },
        '12': {},
        '13': { value: '2 juta', confidence: '0' },
      },
      wantsDialog: 'entah',
    });
    expect(errors.map((e) => e.field)).toEqual([
      'kr.11.value',
      'kr.11.confidence',
      'kr.11.evidence',
      'kr.12.value',
      'kr.12.confidence',
      'kr.13.confidence',
      'wantsDialog',
    ]);
  });
});
