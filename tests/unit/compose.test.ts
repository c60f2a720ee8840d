import { describe, expect, it } from 'vitest';
import { buildCaption } from '../../src/data/export/caption';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import { composeExportSvg, escapeXml, PRESETS, wrapText } from '../../src/lib/export/compose';
import { ARTICLE_DOCUMENT, makeDataset } from './helpers/factories';

const AT = new Date(Date.UTC(2026, 10, 28, 9, 5));

describe('the composed SVG', () => {
  const figure = {
    markup:
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><rect width="400" height="200"/></svg>',
    width: 400,
    height: 200,
  };

  it('holds the caption as text, escaped, on a solid background, with the marking twice', () => {
    const c = buildCaption({
      dataset: makeDataset({
        title: 'T',
        documents: [{ ...ARTICLE_DOCUMENT, title: 'A <b>&</b> "story"' }],
      }),
      filters: DEFAULT_FILTERS,
      viewTitle: 'Chart',
      exportedAt: AT,
      marking: 'SECRET & <restricted>',
    });
    const { svg, width, height } = composeExportSvg(figure, c);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts.filter((t) => t === 'SECRET & <restricted>')).toHaveLength(2);
    expect(texts).toContain('Source: A <b>&</b> "story", 23 Dec 2024');
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(200);
  });

  it('fits a preset frame exactly and scales the figure into it', () => {
    const c = buildCaption({
      dataset: makeDataset(),
      filters: DEFAULT_FILTERS,
      viewTitle: 'Chart',
      exportedAt: AT,
      marking: '',
    });
    for (const preset of ['slide', 'a4'] as const) {
      const frame = PRESETS[preset];
      const out = composeExportSvg({ ...figure, width: 2000, height: 1000 }, c, preset);
      expect({ width: out.width, height: out.height }).toEqual({
        width: frame?.width,
        height: frame?.height,
      });
      expect(out.svg).toMatch(/scale\(0\.\d+\)/);
    }
  });

  it('wraps long lines inside the width and keeps every word', () => {
    const text =
      'Sources (reliability A–F): ' + Array.from({ length: 40 }, (_, i) => `Source${i} (B)`).join(', ');
    const lines = wrapText(text, 600, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l) => l.length <= Math.floor(600 / (12 * 0.56)))).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('drops control characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u0008c\td')).toBe('abc\td');
  });
});
