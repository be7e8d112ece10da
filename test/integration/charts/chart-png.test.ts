/**
 * The PNG as Telegram receives it, rendered in the chart worker: it decodes, is 800 px wide and as tall
 * as its bars need, is not blank, and carries text drawn with the shipped font (resvg draws no text it
 * has no font for, and the system's fonts are not loaded).
 */
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CapaianBar,
  capaianChart,
  closeChartRenderer,
  MAX_BARS,
  trendChart,
} from '../../../src/charts/index.js';

afterAll(() => closeChartRenderer());

interface Region {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function decode(png: Uint8Array) {
  return PNG.sync.read(Buffer.from(png));
}

/** Pixels clearly darker than the white background (anti-aliased text edges included). */
function inkIn(image: PNG, region?: Region): number {
  const { x0 = 0, x1 = image.width, y0 = 0, y1 = image.height } = region ?? {};
  let count = 0;
  for (let y = y0; y < Math.min(y1, image.height); y++) {
    for (let x = x0; x < Math.min(x1, image.width); x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! + image.data[i + 1]! + image.data[i + 2]! < 600) count++;
    }
  }
  return count;
}

const bars = (count: number): CapaianBar[] =>
  Array.from({ length: count }, (_, i) => ({ label: `Pegawai ${i + 1}`, capaian: (i * 17) % 130 }));

const chart = (input: Partial<Parameters<typeof capaianChart>[0]>) =>
  capaianChart({
    title: 'Capaian pekan ini',
    bars: bars(10),
    axisLabel: 'Capaian (%)',
    locale: 'id',
    ...input,
  });

describe('capaian chart PNG', () => {
  it('decodes at 800 px wide, a plausible height, on an opaque white background', async () => {
    const result = await chart({});
    const image = decode(result.png);
    expect(image.width).toBe(800);
    expect(result.width).toBe(800);
    expect(image.height).toBe(result.height);
    expect(image.height).toBeGreaterThan(250);
    expect(image.height).toBeLessThan(450);
    expect([...image.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(inkIn(image)).toBeGreaterThan(10_000);
    expect(result.truncated).toBe(false);
  });

  it('draws the labels in the label column and the title in its band', async () => {
    const withTitle = decode(
      (await chart({ title: 'Capaian kinerja Tim Perencanaan pekan 30 Nov – 4 Des 2026' })).png,
    );
    const noTitle = decode((await chart({ title: ' ' })).png);
    // Left of the bars only the names are drawn.
    expect(inkIn(withTitle, { x0: 0, x1: 240, y0: 60, y1: 260 })).toBeGreaterThan(500);
    const band = { x0: 0, x1: 800, y0: 0, y1: 30 };
    expect(inkIn(withTitle, band) - inkIn(noTitle, band)).toBeGreaterThan(800);
  });

  it('grows with the bars up to the cap and stays within Telegram photo limits', async () => {
    const ten = await chart({});
    const full = await chart({ bars: bars(MAX_BARS) });
    const over = await chart({ bars: bars(MAX_BARS + 40) });
    expect(full.height).toBeGreaterThan(ten.height + (MAX_BARS - 10) * 15);
    expect(over.height).toBe(full.height);
    expect(over.truncated).toBe(true);
    expect(full.width + full.height).toBeLessThanOrEqual(10_000);
    expect(full.height / full.width).toBeLessThanOrEqual(20);
  });

  it('draws missing capaian and an empty team without failing', async () => {
    const missing = await chart({ bars: [{ label: 'Ani', capaian: null }] });
    const empty = await chart({ bars: [] });
    expect(decode(missing.png).width).toBe(800);
    expect(inkIn(decode(empty.png))).toBeGreaterThan(1_000);
    expect(empty.height).toBeLessThan(missing.height + 60);
  });
});

describe('trend chart PNG', () => {
  it('draws 12 weeks of lines with a gap', async () => {
    const weeks = Array.from({ length: 12 }, (_, i) =>
      new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10),
    );
    const result = await trendChart({
      title: 'Tren capaian 12 pekan',
      series: [
        { name: 'Hendra', points: weeks.map((week, i) => ({ week, capaian: i === 3 ? null : i * 10 })) },
      ],
      axisLabel: 'Capaian (%)',
      locale: 'en',
    });
    const image = decode(result.png);
    expect(image.width).toBe(800);
    expect(image.height).toBeGreaterThan(300);
    expect(image.height).toBeLessThan(600);
    expect(inkIn(image)).toBeGreaterThan(5_000);
  });
});

describe('chart worker', () => {
  it('answers requests made together, and starts again after being closed', async () => {
    const heights = await Promise.all([1, 5, 20].map((n) => chart({ bars: bars(n) }).then((r) => r.height)));
    expect(heights[0]).toBeLessThan(heights[1]!);
    expect(heights[1]).toBeLessThan(heights[2]!);
    await closeChartRenderer();
    expect((await chart({})).width).toBe(800);
  });

  it('refuses a request still waiting when closed', async () => {
    const refused = expect(chart({})).rejects.toThrow(/closed/);
    await closeChartRenderer();
    await refused;
  });
});
