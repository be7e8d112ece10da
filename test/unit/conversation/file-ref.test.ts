/** A file kept in a dialog's state (src/core/conversation/file-ref.ts): its name cleaned like free text. */
import { describe, expect, it } from 'vitest';
import { cleanFileRef } from '../../../src/core/conversation/file-ref.js';
import type { FileRef } from '../../../src/core/conversation/types.js';

const file: FileRef = { platform: 'telegram', fileId: 'AgAD', kind: 'file' };

describe('cleanFileRef', () => {
  it('trims the name and the type, and makes each one line', () => {
    expect(
      cleanFileRef({ ...file, fileName: '  laporan\nQ1\t.pdf  ', mimeType: ' application/pdf\u0000 ' }),
    ).toEqual({ ...file, fileName: 'laporan Q1 .pdf', mimeType: 'application/pdf' });
  });

  it('cuts a long name to 255 units, ending with an ellipsis', () => {
    const cleaned = cleanFileRef({ ...file, fileName: `${'a'.repeat(300)}.pdf` });
    expect(cleaned.fileName).toHaveLength(255);
    expect(cleaned.fileName!.endsWith('…')).toBe(true);
    expect(cleanFileRef({ ...file, fileName: 'b'.repeat(255) }).fileName).toBe('b'.repeat(255));
  });

  it('adds no name or type the platform did not send, and keeps the rest', () => {
    const photo: FileRef = {
      platform: 'telegram',
      fileId: 'x',
      fileUniqueId: 'u',
      sizeBytes: 10,
      kind: 'photo',
    };
    const cleaned = cleanFileRef(photo);
    expect(cleaned).toEqual(photo);
    expect('fileName' in cleaned).toBe(false);
    expect('mimeType' in cleaned).toBe(false);
  });
});
