/**
 * Advance widths read from the shipped TrueType font (cmap format 4 + hmtx), so vega lays out and
 * truncates text with the widths resvg will draw. Without a canvas vega guesses 0.8 em per character,
 * which for DejaVu Sans is a third too wide: label columns would waste space and titles cut early.
 * Kerning is ignored (a pixel or two per label).
 */
import { readFileSync } from 'node:fs';

export interface FontMetrics {
  /** Width in pixels of `text` set at `fontSize` pixels. */
  width(text: string, fontSize: number): number;
}

function tableOffsets(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  return tables;
}

function required(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`font has no ${tag} table`);
  return offset;
}

/** Code point → glyph id from the Unicode BMP subtable (platform 3, encoding 1, format 4). */
function glyphLookup(font: Buffer, cmap: number): (codePoint: number) => number {
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + i * 8;
    const table = cmap + font.readUInt32BE(record + 4);
    const isUnicodeBmp = font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1;
    if (!isUnicodeBmp || font.readUInt16BE(table) !== 4) continue;
    const segments = font.readUInt16BE(table + 6) / 2;
    const ends = table + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    return (codePoint) => {
      for (let s = 0; s < segments; s++) {
        if (font.readUInt16BE(ends + s * 2) < codePoint) continue;
        const start = font.readUInt16BE(starts + s * 2);
        if (start > codePoint) return 0;
        const delta = font.readInt16BE(deltas + s * 2);
        const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (codePoint - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('font has no Unicode BMP cmap');
}

export function readFontMetrics(file: string): FontMetrics {
  const font = readFileSync(file);
  const tables = tableOffsets(font);
  const unitsPerEm = font.readUInt16BE(required(tables, 'head') + 18);
  const longMetrics = font.readUInt16BE(required(tables, 'hhea') + 34);
  const hmtx = required(tables, 'hmtx');
  const glyphOf = glyphLookup(font, required(tables, 'cmap'));
  const advanceOf = (glyph: number) => font.readUInt16BE(hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const advances = new Map<number, number>();
  const advance = (codePoint: number) => {
    let units = advances.get(codePoint);
    if (units === undefined) {
      units = advanceOf(glyphOf(codePoint));
      advances.set(codePoint, units);
    }
    return units;
  };
  return {
    width(text, fontSize) {
      let units = 0;
      for (const char of text) units += advance(char.codePointAt(0)!);
      return (units * fontSize) / unitsPerEm;
    },
  };
}
