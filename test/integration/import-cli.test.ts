import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCliCaptured } from '../support/cli.js';

// The CLI opens its own database from the environment: a PGlite folder here, on either test backend.
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dika-import-cli-'));
  env = { DIKA_DATA_DIR: join(dir, 'data') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const run = (...argv: string[]) => runCliCaptured(env, ...argv);

describe('npm run dika -- import', () => {
  it('answers usage and file problems with exit code 2', async () => {
    expect(await run('import')).toMatchObject({ code: 2, err: expect.stringContaining('Cara penggunaan:') });
    expect(await run('import', 'people', 'x.csv')).toMatchObject({ code: 2 });
    expect(await run('import', 'constructor', 'x.csv')).toMatchObject({ code: 2 });
    const missing = join(dir, 'tidak-ada.csv');
    expect(await run('import', 'employees', missing)).toMatchObject({
      code: 2,
      err: `Berkas ${missing} tidak ditemukan.`,
    });
    expect(await run('import', 'okr', dir, '--lang', 'en')).toMatchObject({
      code: 2,
      err: expect.stringContaining('cannot be read'),
    });
  });

  it('refuses bad content with exit code 1 and every problem located, in the chosen language', async () => {
    const bad = join(dir, 'bad.csv');
    const rows = Array.from({ length: 60 }, (_, i) => `${100 + i};Pegawai ${i};Biro A;`);
    writeFileSync(bad, `nip;nama;unit;nip_atasan\r\n${rows.join('\r\n')}\r\n`);
    const id = await run('import', 'employees', bad);
    expect(id.code).toBe(1);
    expect(id.err).toContain('Impor dibatalkan karena ditemukan 60 masalah. Tidak ada data yang diubah');
    expect(id.err).toContain('Baris 2, kolom nip: NIP harus 18 digit angka (tertulis: 100).');
    expect(id.err).toContain('… dan 10 masalah lainnya.');
    expect(id.err).not.toContain('Baris 52,');

    const en = await run('import', 'employees', bad, '--lang', 'en');
    expect(en.err).toContain('Import cancelled: 60 problems found.');
    expect(en.err).toContain('Row 2, column nip: A NIP must be 18 digits (found: 100).');
    expect(en.err).toContain('… and 10 more.');
  });

  it('imports the examples, then reports that nothing changed', async () => {
    const first = await run('import', 'employees', 'examples/employees.csv');
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toBe(
      'Impor pegawai selesai: 15 ditambahkan, 0 diperbarui, 0 tidak berubah; 7 unit kerja baru.',
    );
    const okr = await run('import', 'okr', 'examples/okr.csv', '--lang=en');
    expect(okr.out).toBe(
      'Work result plan import finished: 41 indicators added, 0 updated, 0 unchanged; 26 new work result plans (RHK), 2 new periods.',
    );
    const again = await run('import', 'okr', 'examples/okr.csv');
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      'Impor RHK dan indikator selesai: 0 indikator ditambahkan, 0 diperbarui, 41 tidak berubah; 0 RHK baru, 0 periode baru.',
    );
    expect(again.out).toContain('Tidak ada perubahan');
  });
});
