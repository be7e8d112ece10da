/**
 * Shared messages name Telegram's commands (`/batal`, `/rekan usul …`); in Slack those words are
 * subcommands of `/dika` (an app may register 25 commands, and a workspace shares one namespace of
 * them between all its apps, so dika registers five). The Slack renderers rewrite the mention
 * instead of every message carrying a per-channel variant.
 */
const UNDER_DIKA = [
  'batal',
  'status',
  'riwayat',
  'privasi',
  'notifikasi',
  'evaluasi',
  'rekan',
  'hasil360',
  '360',
  'bahasa',
  'zona',
  'bantuan',
] as const;

// A command mention starts a word (not `tanggal/bulan`, not a URL path) and ends one.
const MENTION = new RegExp(`(^|[\\s("'“‘])/(${UNDER_DIKA.join('|')})(?=$|[\\s.,;:!?)"'”’])`, 'gm');

export function slackCommandNames(text: string): string {
  return text.replace(MENTION, '$1/dika $2');
}
