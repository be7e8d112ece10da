/**
 * How a check-in form too long for one Slack modal is cut into pages. A modal holds 100 blocks:
 * an indicator takes three (value, confidence, evidence), the intro one, and the last page also
 * the four closing questions (kendala, dukungan, rencana kerja, dialog kinerja).
 */
import { z } from 'zod';

const MODAL_BLOCKS = 100;
const BLOCKS_PER_KR = 3;
const INTRO_BLOCKS = 1;
const TAIL_BLOCKS = 4;
/** Indicators on a page before the last. */
export const PAGE_KRS = Math.floor((MODAL_BLOCKS - INTRO_BLOCKS) / BLOCKS_PER_KR);
/** Indicators on the last page (or the only one): up to this many, the form is one modal as before. */
export const FORM_MAX_KRS = Math.floor((MODAL_BLOCKS - INTRO_BLOCKS - TAIL_BLOCKS) / BLOCKS_PER_KR);
/**
 * Slack keeps at most three views in a modal's stack: pages 2 and 3 are pushed (their close
 * button goes back), later ones replace the top view (back from page 4 leads to page 2).
 */
export const STACKED_PAGES = 3;

/**
 * The fewest pages that hold every indicator, as even as they go, the last one no fuller than the
 * others (it carries the closing questions): 70 indicators are pages of 24, 23 and 23.
 */
export function formPages<T>(krs: readonly T[]): T[][] {
  if (krs.length <= FORM_MAX_KRS) return [[...krs]];
  const count = Math.ceil((krs.length - FORM_MAX_KRS) / PAGE_KRS) + 1;
  const last = Math.min(FORM_MAX_KRS, Math.floor(krs.length / count));
  const before = krs.length - last;
  const size = Math.ceil(before / (count - 1));
  const pages: T[][] = [];
  for (let start = 0; start < before; start += size)
    pages.push(krs.slice(start, Math.min(start + size, before)));
  pages.push(krs.slice(before));
  return pages;
}

/** Which page a view is (1-based) and of how many, in its private_metadata; none on a one-page form. */
export interface PagePosition {
  page: number;
  pages: number;
}

const positionSchema = z.object({ page: z.number().int().min(1), pages: z.number().int().min(2) });

export const positionMetadata = (position: PagePosition) => JSON.stringify(position);

/** A page's position read back from Slack; undefined for a one-page form (or anything unreadable). */
export function positionOf(metadata: string | undefined): PagePosition | undefined {
  if (!metadata) return undefined;
  try {
    const parsed = positionSchema.safeParse(JSON.parse(metadata));
    return parsed.success && parsed.data.page <= parsed.data.pages ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** How the next page replaces the one just sent: pushed while the stack has room. */
export const nextPageAction = (next: number): 'push' | 'update' =>
  next <= STACKED_PAGES ? 'push' : 'update';
