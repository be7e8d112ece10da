import { describe, expect, it } from 'vitest';
import { chartFontFile } from '../../../src/charts/chart-font.js';
import { readFontMetrics } from '../../../src/charts/font-metrics.js';

describe('font metrics of the shipped font', () => {
  const metrics = readFontMetrics(chartFontFile());

  it('reads advance widths from the font file', () => {
    // DejaVu Sans: "M" is 1767 and "i" 569 units of a 2048-unit em.
    expect(metrics.width('M', 2048)).toBe(1767);
    expect(metrics.width('i', 2048)).toBe(569);
    expect(metrics.width('Mi', 12)).toBeCloseTo(((1767 + 569) * 12) / 2048, 5);
  });

  it('measures letters beyond ASCII and scales with the size', () => {
    expect(metrics.width('é…—', 12)).toBeGreaterThan(0);
    expect(metrics.width('abc', 24)).toBeCloseTo(2 * metrics.width('abc', 12), 5);
  });
});
