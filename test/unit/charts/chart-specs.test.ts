/**
 * The chart specs, checked through the SVG vega draws from them (no PNG, no worker): number formats
 * per locale, the "—" of a missing capaian, the bar cap, truncated labels, escaped text.
 */
import { describe, expect, it } from 'vitest';
import { type CapaianBar, capaianChartSpec, MAX_BARS } from '../../../src/charts/capaian-chart-spec.js';
import { specToSvg } from '../../../src/charts/render-spec.js';
import { MAX_SERIES, trendChartSpec } from '../../../src/charts/trend-chart-spec.js';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

const bars = (count: number): CapaianBar[] =>
  Array.from({ length: count }, (_, i) => ({ label: `Pegawai ${i + 1}`, capaian: 10 + i }));

const capaianSvg = (input: Partial<Parameters<typeof capaianChartSpec>[0]>) =>
  specToSvg(
    capaianChartSpec({ title: 'Judul', bars: bars(3), axisLabel: 'Capaian (%)', locale: 'id', ...input })
      .spec,
  );

describe('capaian chart spec', () => {
  it('writes capaian with a decimal comma in Indonesian and a point in English', async () => {
    const input = {
      bars: [
        { label: 'Ani', capaian: 87.5 },
        { label: 'Budi', capaian: 1234.25 },
      ],
    };
    const id = texts(await capaianSvg({ ...input, locale: 'id' }));
    const en = texts(await capaianSvg({ ...input, locale: 'en' }));
    expect(id).toContain('87,5%');
    expect(id).toContain('1.234,3%');
    expect(en).toContain('87.5%');
    expect(en).toContain('1,234.3%');
    expect(id).not.toContain('87.5%');
  });

  it('formats the axis ticks in the locale', async () => {
    const id = texts(await capaianSvg({ bars: [{ label: 'Ani', capaian: 1500 }], locale: 'id' }));
    const en = texts(await capaianSvg({ bars: [{ label: 'Ani', capaian: 1500 }], locale: 'en' }));
    expect(id).toContain('1.000%');
    expect(en).toContain('1,000%');
  });

  it('shows "—" and no bar for a missing capaian', async () => {
    const { spec } = capaianChartSpec({
      title: 'Judul',
      bars: [
        { label: 'Ani', capaian: null },
        { label: 'Budi', capaian: 50 },
      ],
      axisLabel: 'Capaian (%)',
      locale: 'id',
    });
    const svg = await specToSvg(spec);
    expect(texts(svg)).toContain('—');
    expect(texts(svg)).toContain('Ani');
    // One bar, Budi's: none for Ani, not even an empty one.
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(1);
  });

  it('shows a capaian that is not a number as missing', async () => {
    const svg = await capaianSvg({
      bars: [
        { label: 'Ani', capaian: Number.NaN },
        { label: 'Budi', capaian: 50 },
      ],
    });
    expect(texts(svg)).toContain('—');
    expect(texts(svg)).toContain('100%');
  });

  it('keeps two people with the same name on two rows', async () => {
    const svg = await capaianSvg({
      bars: [
        { label: 'Siti', capaian: 40 },
        { label: 'Siti', capaian: 90 },
      ],
    });
    expect(texts(svg).filter((t) => t === 'Siti')).toHaveLength(2);
  });

  it('cuts a long label with an ellipsis and escapes markup', async () => {
    const long = `Dr. Hendra Kusumawardhana Prawiranegara ${'sangat panjang '.repeat(5)}`;
    const svg = await capaianSvg({
      bars: [
        { label: long, capaian: 50 },
        { label: '<b>&"x', capaian: 20 },
      ],
    });
    const cut = texts(svg).find((t) => t.startsWith('Dr. Hendra'));
    expect(cut).toMatch(/…$/);
    expect(cut!.length).toBeLessThan(long.length);
    expect(svg).toContain('&lt;b&gt;&amp;');
  });

  it('keeps a label whole when it fits, measured with the shipped font', async () => {
    // 30 characters: ~200 px in DejaVu Sans 12 px, 288 px by vega's guess without a canvas.
    const fits = 'Siti Rahmawati Kusumawardhani';
    expect(texts(await capaianSvg({ bars: [{ label: fits, capaian: 50 }] }))).toContain(fits);
  });

  it('caps the bars and says so', () => {
    const atCap = capaianChartSpec({ title: 't', bars: bars(MAX_BARS), axisLabel: 'a', locale: 'en' });
    const over = capaianChartSpec({ title: 't', bars: bars(MAX_BARS + 1), axisLabel: 'a', locale: 'en' });
    expect(atCap.truncated).toBe(false);
    expect(over.truncated).toBe(true);
    expect((over.spec as { data: { values: unknown[] } }).data.values).toHaveLength(MAX_BARS);
  });

  it('draws a chart with no bars', async () => {
    const svg = await capaianSvg({ bars: [] });
    expect(texts(svg)).toContain('Judul');
  });
});

describe('trend chart spec', () => {
  const weeks = Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10),
  );
  const series = (count: number) =>
    Array.from({ length: count }, (_, s) => ({
      name: `Indikator ${s + 1}`,
      points: weeks.map((week, i) => ({ week, capaian: i === 4 ? null : 10 * i + s })),
    }));

  it('labels weeks by their Monday in the locale', async () => {
    const id = texts(
      await specToSvg(
        trendChartSpec({ title: 't', series: series(1), axisLabel: 'Capaian (%)', locale: 'id' }).spec,
      ),
    );
    const en = texts(
      await specToSvg(
        trendChartSpec({ title: 't', series: series(1), axisLabel: 'Capaian (%)', locale: 'en' }).spec,
      ),
    );
    expect(id).toContain('5 Okt');
    expect(id).toContain('23 Nov');
    expect(en).toContain('5 Oct');
  });

  it('names each series in the legend and caps the series', async () => {
    const shown = trendChartSpec({ title: 't', series: series(3), axisLabel: 'a', locale: 'id' });
    expect(shown.truncated).toBe(false);
    expect(texts(await specToSvg(shown.spec))).toEqual(
      expect.arrayContaining(['Indikator 1', 'Indikator 2', 'Indikator 3']),
    );
    expect(
      trendChartSpec({ title: 't', series: series(MAX_SERIES + 1), axisLabel: 'a', locale: 'id' }).truncated,
    ).toBe(true);
  });

  it('breaks the line at a week without capaian', async () => {
    const svg = await specToSvg(
      trendChartSpec({ title: 't', series: series(1), axisLabel: 'a', locale: 'id' }).spec,
    );
    const line = svg.match(/<g class="mark-line role-mark[\s\S]*?<\/g>/)?.[0] ?? '';
    // Two runs of the path: two "M" (move to) commands.
    expect(line.match(/d="([^"]*)"/)?.[1]?.match(/M/g)).toHaveLength(2);
  });
});
