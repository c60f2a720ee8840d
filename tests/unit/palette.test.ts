/**
 * The category palette stays apart for the first dozen colours, for normal vision and for the two common
 * red–green deficiencies (simulated with Viénot, Brettel and Mollon's 1999 matrices in linear RGB), and
 * every colour reads against the white page.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE } from '../../src/config/palette';

type Rgb = [number, number, number];

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string): Rgb =>
  [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;

const SIMULATIONS: Record<string, (c: Rgb) => Rgb> = {
  normal: (c) => c,
  protanopia: ([r, g, b]) => [
    0.11238 * r + 0.88762 * g,
    0.11238 * r + 0.88762 * g,
    0.00401 * r - 0.00401 * g + b,
  ],
  deuteranopia: ([r, g, b]) => [
    0.29275 * r + 0.70725 * g,
    0.29275 * r + 0.70725 * g,
    -0.02234 * r + 0.02234 * g + b,
  ],
};

/** CIELAB (D65) from linear RGB. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the category palette', () => {
  const first12 = CATEGORY_PALETTE.slice(0, 12);

  it('has at least sixteen distinct colours', () => {
    expect(new Set(CATEGORY_PALETTE.map((c) => c.toLowerCase())).size).toBeGreaterThanOrEqual(16);
  });

  it.each(Object.keys(SIMULATIONS))('keeps any two of the first twelve apart (%s)', (vision) => {
    const simulate = SIMULATIONS[vision] ?? ((c: Rgb) => c);
    const colours = first12.map((hex) => lab(simulate(rgb(hex))));
    let closest = Infinity;
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        closest = Math.min(closest, distance(colours[i] as Rgb, colours[j] as Rgb));
      }
    }
    // ΔE*ab of about 10 tells swatches apart side by side; lanes and legends always carry labels too.
    expect(closest).toBeGreaterThan(10);
  });

  it('never nearly vanishes on the white page', () => {
    for (const hex of CATEGORY_PALETTE) expect(lab(rgb(hex))[0], hex).toBeLessThan(90);
  });
});
