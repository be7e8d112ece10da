/** Every variable the config schema reads is listed in .env.example and in the README's table. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';

const root = new URL('../../', import.meta.url);
const variables = Object.keys(configSchema.shape);

describe('configuration documentation', () => {
  it('.env.example lists every variable', () => {
    const listed = new Set(
      readFileSync(new URL('.env.example', root), 'utf8')
        .split('\n')
        .map((line) => line.match(/^([A-Z][A-Z0-9_]*)=/)?.[1])
        .filter(Boolean),
    );
    expect(variables.filter((v) => !listed.has(v))).toEqual([]);
  });

  it('the README names every variable', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(variables.filter((v) => !readme.includes(`\`${v}\``))).toEqual([]);
  });
});
