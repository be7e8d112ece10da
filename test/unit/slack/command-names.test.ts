import { describe, expect, it } from 'vitest';
import { slackCommandNames } from '../../../src/channels/slack/command-names.js';

describe('Telegram command mentions in Slack messages', () => {
  it('become /dika subcommands where Slack has no such command', () => {
    expect(slackCommandNames('Ketik /batal untuk berhenti, atau /rekan usul <NIP>.')).toBe(
      'Ketik /dika batal untuk berhenti, atau /dika rekan usul <NIP>.',
    );
    expect(slackCommandNames('/evaluasi 2026-TW4\n(/hasil360) "/360"')).toBe(
      '/dika evaluasi 2026-TW4\n(/dika hasil360) "/dika 360"',
    );
  });

  it('leaves the commands Slack has, dates, paths and words that only contain one', () => {
    const text =
      'Ketik /checkin, /rekap, /cuti, /umpanbalik; tanggal/bulan 3/12; https://x.go.id/status /statusku';
    expect(slackCommandNames(text)).toBe(text);
  });
});
