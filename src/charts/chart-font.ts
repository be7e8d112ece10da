/**
 * The one font every chart is drawn with, shipped in the repository (fonts/, Bitstream Vera licence) so
 * labels render on a machine with no fonts installed: resvg draws no text it has no font for.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHART_FONT_FAMILY = 'DejaVu Sans';
const FONT_NAME = 'DejaVuSans.ttf';

/**
 * Beside this module: src/charts/fonts under tsx, dist/charts/fonts in the image (the Dockerfile copies
 * it, since tsc copies no .ttf). A local `npm run build` leaves dist/ without it, so the source tree is
 * the fallback seen from dist/charts/.
 */
const CANDIDATES = [`./fonts/${FONT_NAME}`, `../../src/charts/fonts/${FONT_NAME}`];

let found: string | undefined;

export function chartFontFile(): string {
  if (found) return found;
  for (const candidate of CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) {
      found = path;
      return path;
    }
  }
  throw new Error(`chart font ${FONT_NAME} not found beside ${fileURLToPath(import.meta.url)}`);
}
