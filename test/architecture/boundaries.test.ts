/**
 * The dependency rules of the layout, checked on the source itself: the core stays pure, channels
 * hold no SQL and do not know each other, services know no platform. A rule broken here is a
 * design change: discuss it, then change the rule, not the other way round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

interface SourceFile {
  /** Relative to the repository root, with forward slashes: `src/core/checkin/step.ts`. */
  path: string;
  text: string;
}

function sourceFiles(dir = src): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    if (!entry.name.endsWith('.ts')) return [];
    return [{ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') }];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module a file imports: packages by name, project files as `src/...` paths. */
function importsOf(file: SourceFile): string[] {
  const out: string[] = [];
  for (const m of file.text.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.')) {
      const target = join(dirname(file.path), spec).split('\\').join('/');
      out.push(target.replace(/\.js$/, '.ts'));
    } else {
      out.push(spec);
    }
  }
  return out;
}

const channelOf = (path: string) => path.match(/^src\/channels\/([^/]+)\//)?.[1];

/** The rules; each returns a sentence per broken import. */
function violations(files: SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const target of importsOf(file)) {
      const where = `${file.path} imports ${target}`;
      if (file.path.startsWith('src/core/')) {
        const allowed =
          target.startsWith('src/core/') ||
          target === 'date-fns' ||
          target.startsWith('date-fns/') ||
          target === '@date-fns/tz';
        if (!allowed) found.push(`${where}: the core imports only the core and date libraries`);
      }
      const channel = channelOf(file.path);
      if (channel) {
        if (target === 'drizzle-orm' || target.startsWith('drizzle-orm/'))
          found.push(`${where}: channels hold no SQL`);
        if (
          target === 'src/storage/schema.ts' ||
          target.startsWith('src/storage/tables/') ||
          target.startsWith('src/storage/repositories/')
        )
          found.push(`${where}: channels reach storage through services`);
        const other = channelOf(target);
        if (other && other !== channel) found.push(`${where}: one channel never imports another`);
      }
      if (file.path.startsWith('src/services/')) {
        if (target.startsWith('src/channels/') || /^(grammy|@grammyjs\/|@slack\/)/.test(target))
          found.push(`${where}: services know no platform`);
      }
      if (
        file.path.startsWith('src/storage/') &&
        (target.startsWith('src/services/') || target.startsWith('src/channels/'))
      )
        found.push(`${where}: storage sits below services and channels`);
    }
  }
  return found;
}

describe('dependency rules', () => {
  it('hold for the whole source tree', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  });

  it.each([
    ['src/core/checkin/step.ts', "import { eq } from 'drizzle-orm';", 'the core imports only'],
    ['src/core/checkin/step.ts', "import { z } from 'zod';", 'the core imports only'],
    [
      'src/core/checkin/step.ts',
      "import { Translator } from '../../i18n/translator.js';",
      'the core imports only',
    ],
    ['src/core/checkin/step.ts', "import { randomBytes } from 'node:crypto';", 'the core imports only'],
    ['src/channels/telegram/features/x.ts', "import { eq } from 'drizzle-orm';", 'channels hold no SQL'],
    [
      'src/channels/telegram/features/x.ts',
      "import { employees } from '../../../storage/schema.js';",
      'through services',
    ],
    [
      'src/channels/terminal/x.ts',
      "import { findEmployeeByNip } from '../../storage/repositories/identities.js';",
      'through services',
    ],
    [
      'src/channels/terminal/x.ts',
      "import { pushReply } from '../telegram/outbox.js';",
      'never imports another',
    ],
    ['src/services/x.ts', "import { Bot } from 'grammy';", 'services know no platform'],
    [
      'src/services/x.ts',
      "const m = await import('../channels/telegram/bot.js');",
      'services know no platform',
    ],
    ['src/storage/x.ts', "import type { Person } from '../services/people/person.js';", 'storage sits below'],
  ])('catch a forbidden import in %s: %s', (path, line, rule) => {
    const broken = violations([{ path, text: `${line}\nexport const x = 1;\n` }]);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toContain(rule);
  });

  it('allow what the layout allows', () => {
    const ok: SourceFile[] = [
      {
        path: 'src/core/checkin/step.ts',
        text: "import { TZDate } from '@date-fns/tz';\nimport { x } from './y.js';",
      },
      {
        path: 'src/channels/telegram/x.ts',
        text: "import { handleEvent } from '../../services/events/handle-event.js';",
      },
      { path: 'src/channels/telegram/y.ts', text: "import type { Tx } from '../../storage/database.js';" },
    ];
    expect(violations(ok)).toEqual([]);
  });
});
