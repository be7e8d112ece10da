/**
 * `/rekan usul <nama> <alasan>` and `/rekan tolak <nama> <alasan>`: the ratee proposes a colleague
 * as peer rater, or asks that one be dropped, with a reason the appraiser sees. Names have
 * spaces, so the name is the longest candidate's full name the text starts with (any case), or
 * else a first word that names exactly one candidate; the rest is the reason.
 */
export type PeerChangeKind = 'propose' | 'decline';

export interface PeerCandidate {
  id: number;
  name: string;
}

export type ParsedPeerChange =
  | { status: 'usage' }
  | { status: 'unknown-name'; typed: string }
  | { status: 'no-reason' }
  | { status: 'ok'; kind: PeerChangeKind; candidate: PeerCandidate; reason: string };

const VERBS: Record<string, PeerChangeKind> = { usul: 'propose', tolak: 'decline' };
/** The reason is shown to the appraiser in a chat message: a sentence or two. */
export const REASON_MAX_CHARS = 300;

export function parsePeerChange(text: string, candidates: readonly PeerCandidate[]): ParsedPeerChange {
  const match = /^\s*(\S+)\s+([\s\S]+)$/.exec(text);
  const kind = match ? VERBS[match[1]!.toLowerCase()] : undefined;
  if (!match || !kind) return { status: 'usage' };
  const rest = match[2]!.trim();
  const lower = rest.toLowerCase();
  const byFullName = [...candidates]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => {
      const name = c.name.toLowerCase();
      return lower.startsWith(name) && /^($|[\s:,-])/.test(lower.slice(name.length));
    });
  let candidate = byFullName;
  let reason = byFullName ? rest.slice(byFullName.name.length) : '';
  if (!candidate) {
    const first = lower.split(/\s+/)[0]!;
    const named = candidates.filter((c) => c.name.toLowerCase().split(/\s+/)[0] === first);
    if (named.length !== 1) return { status: 'unknown-name', typed: rest.split(/\s+/)[0]! };
    candidate = named[0]!;
    reason = rest.slice(first.length);
  }
  reason = reason.replace(/^[\s:,-]+/, '').trim();
  if (reason === '') return { status: 'no-reason' };
  return { status: 'ok', kind, candidate, reason: reason.slice(0, REASON_MAX_CHARS) };
}
