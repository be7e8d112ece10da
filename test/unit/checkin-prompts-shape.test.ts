/** The check-in's prompts compared by shape: what each expects, its buttons and their rows. */
import { describe, expect, it } from 'vitest';
import {
  confidencePrompt,
  editKrChoice,
  editMenuPrompt,
  evidencePrompt,
  openingPrompt,
  parseConfidenceChoice,
  parseEditKrChoice,
  reviseOfferPrompt,
  summaryPrompt,
} from '../../src/core/checkin/prompts.js';
import { begin } from './checkin-fixtures.js';

const buttons = (p: { choices?: { id: string; label: string; args?: unknown }[][] }) =>
  p.choices!.map((row) => row.map((c) => c.id));

describe('check-in prompts', () => {
  it('opening: start alone, then later and leave', () => {
    const p = openingPrompt(begin());
    expect(p.expects).toBe('choice');
    expect(buttons(p)).toEqual([['go'], ['later', 'leave']]);
    expect(p.choices![0]![0]!.label).toBe('checkin-btn-start');
  });

  it('revise offer: revise and keep on one row', () => {
    const p = reviseOfferPrompt(begin());
    expect(p.expects).toBe('choice');
    expect(buttons(p)).toEqual([['revise', 'keep']]);
  });

  it('confidence: 1–5 and 6–10, each button naming its number', () => {
    const p = confidencePrompt(begin(), 0);
    expect(p.expects).toBe('scale');
    expect(buttons(p)).toEqual([
      ['c1', 'c2', 'c3', 'c4', 'c5'],
      ['c6', 'c7', 'c8', 'c9', 'c10'],
    ]);
    expect(p.choices!.flat().map((c) => c.args)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ n })));
    expect(p.args).toMatchObject({ value: 'none' });
  });

  it('evidence: one "no evidence" button, and expects a link or a file', () => {
    const p = evidencePrompt(begin(), 0);
    expect(p.expects).toBe('link-or-file');
    expect(p.choices).toEqual([[{ id: 'skip', label: 'checkin-btn-no-evidence' }]]);
    expect(p.args).toMatchObject({ confidence: 'none' });
  });

  it('summary: submit and edit; the sent copy has no buttons', () => {
    const p = summaryPrompt(begin());
    expect(p.expects).toBe('choice');
    expect(buttons(p)).toEqual([['submit', 'edit']]);
    const sent = summaryPrompt(begin(), true);
    expect(sent.key).toBe('checkin-summary-sent');
    expect(sent.expects).toBe('none');
    expect(sent.choices).toBeUndefined();
  });

  it('edit menu: one row per indicator numbered from 1, then the tail two to a row', () => {
    const s = begin();
    const p = editMenuPrompt(s);
    expect(p.key).toBe('checkin-edit-menu');
    expect(p.expects).toBe('choice');
    expect(p.choices!.slice(0, s.krs.length).map((row) => row.map((c) => c.args?.index))).toEqual(
      s.krs.map((_, i) => [i + 1]),
    );
    expect(buttons(p).slice(s.krs.length)).toEqual([['bl', 'sp'], ['na', 'dl'], ['back']]);
  });

  it('reads its own button ids back, whole ids only', () => {
    expect(parseConfidenceChoice('c10')).toBe(10);
    expect(parseConfidenceChoice('c7')).toBe(7);
    for (const id of ['xc7', 'c7x', 'c0', 'c11']) expect(parseConfidenceChoice(id)).toBeUndefined();
    expect(parseEditKrChoice(editKrChoice(12))).toBe(12);
    for (const id of ['xk1', 'k1x', 'k1234']) expect(parseEditKrChoice(id)).toBeUndefined();
  });
});
