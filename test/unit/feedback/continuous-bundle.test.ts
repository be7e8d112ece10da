/**
 * The bundle rules without a database: when anonymous items may go out, the shuffle, and the
 * message (values, kind, text; "dari <nama>" only for named items), in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  anonymousDue,
  type BundleItem,
  bundlePrompt,
  shuffled,
  waitCutoff,
} from '../../../src/core/feedback/continuous-bundle.js';
import { renderPrompts } from '../../../src/i18n/render-prompt.js';
import { Translator } from '../../../src/i18n/translator.js';

const translator = new Translator();

describe('continuous feedback bundles', () => {
  it('anonymous items need two givers or a week', () => {
    expect(waitCutoff('2026-12-09')).toBe('2026-12-02');
    expect(anonymousDue({ givers: 1, since: '2026-12-03' }, '2026-12-09')).toBe(false);
    expect(anonymousDue({ givers: 1, since: '2026-12-02' }, '2026-12-09')).toBe(true);
    expect(anonymousDue({ givers: 2, since: '2026-12-09' }, '2026-12-09')).toBe(true);
    expect(anonymousDue({ givers: 0, since: null }, '2026-12-09')).toBe(false);
  });

  it('shuffles with the source it is given, and every order occurs', () => {
    expect(shuffled([1, 2, 3], () => 0)).toEqual([2, 3, 1]);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) seen.add(shuffled([1, 2, 3]).join());
    expect(seen.size).toBe(6);
  });

  it('lists kind, values and text; names only named givers', () => {
    const items: BundleItem[] = [
      { kind: 'appreciation', values: ['akuntabel', 'kolaboratif'], body: 'Rapi', giverName: null },
      { kind: 'suggestion', values: ['adaptif'], body: 'Coba aplikasi baru', giverName: 'Rina Kusuma' },
    ];
    const id = renderPrompts(translator, 'id', [bundlePrompt(items)]).text;
    expect(id).toContain('Umpan balik berkelanjutan untuk Anda (2 umpan balik)');
    expect(id).toContain('1. 👏 Apresiasi\n   • Akuntabel\n   • Kolaboratif\n   "Rapi"');
    expect(id).toContain('2. 💡 Saran dari Rina Kusuma\n   • Adaptif\n   "Coba aplikasi baru"');
    expect(id.match(/dari/g)).toHaveLength(1);
    const en = renderPrompts(translator, 'en', [bundlePrompt(items)]).text;
    expect(en).toContain('2. 💡 Suggestion from Rina Kusuma');
  });
});
