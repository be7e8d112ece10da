/**
 * /evaluasi shows the quarter's BerAKHLAK 360° aggregate beside the perilaku question, with the
 * anonymity rules of the results (a category below k is named as hidden, with no figure).
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/channels/terminal/terminal-chat.js';
import { Translator } from '../../src/i18n/translator.js';
import { createPlatform } from '../../src/services/platform.js';
import { truncateAll, useTestDatabase } from '../support/database.js';
import { seedResultsCycle, seedResultsTeam } from '../support/feedback-results-seed.js';

const t = useTestDatabase();
const logger = pino({ level: 'silent' });

async function* lines(...input: string[]) {
  for (const line of input) yield line;
}

async function evaluate(status: 'open' | 'closed'): Promise<string> {
  await truncateAll(t.db);
  const team = await seedResultsTeam(t.db);
  await seedResultsCycle(t.db, team, { peers: 3, subordinates: 2, status });
  const out: string[] = [];
  await runTerminalChat({
    logger,
    ...createPlatform({ db: t.db, logger }),
    db: t.db,
    translator: new Translator(),
    nip: team.hendra.nip,
    clock: () => new Date('2026-12-21T02:00:00Z'),
    write: (s) => void out.push(s),
    // Rina first (skipped: [4] Lewati), then Sari: hasil kerja [2] sesuai → the perilaku question.
    lines: lines('/evaluasi 2026-TW4', '4', '2'),
  });
  return out.join('\n');
}

describe('/evaluasi with 360° feedback', () => {
  it('shows the closed cycle’s aggregate under the perilaku question, subordinates below k hidden', async () => {
    const text = await evaluate('closed');
    const behaviour = text.slice(text.lastIndexOf('Sari Wulandari'));
    expect(behaviour).toContain('Umpan balik 360° BerAKHLAK periode 2026-Q4');
    expect(behaviour).toContain('kurang dari 3');
    expect(behaviour).not.toContain('Belum ada umpan balik perilaku 360°');
  });

  it('says when the cycle is still open', async () => {
    const text = await evaluate('open');
    expect(text).toContain('masih berjalan hingga');
    expect(text).not.toContain('Umpan balik 360° BerAKHLAK periode');
  });
});
