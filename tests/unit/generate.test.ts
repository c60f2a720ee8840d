import { describe, expect, it } from 'vitest';
import { generateDataset, WIDE_SHAPE } from '../../src/data/generate';
import { parseDataset } from '../../src/data/validate';

describe('generateDataset', () => {
  it('writes a dataset that passes the schema and every cross-check', () => {
    const result = parseDataset(generateDataset({ events: 2_000, claims: 60, sources: 12, seed: 3 }));
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.events).toHaveLength(2_000);
    expect(result.data.claims).toHaveLength(60);
    expect(result.data.sources).toHaveLength(12);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ events: 300, claims: 10, sources: 5, seed: 42 }));
    const b = JSON.stringify(generateDataset({ events: 300, claims: 10, sources: 5, seed: 42 }));
    const c = JSON.stringify(generateDataset({ events: 300, claims: 10, sources: 5, seed: 43 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('spreads dates, precisions, categories and origins', () => {
    const { events } = generateDataset({ events: 3_000, claims: 20, sources: 8, seed: 9 });
    expect(new Set(events.map((e) => e.date.precision))).toEqual(new Set(['day', 'month', 'approx']));
    expect(new Set(events.map((e) => e.category)).size).toBe(8);
    expect(new Set(events.map((e) => e.origin))).toEqual(new Set(['article', 'context', 'later-context']));
    const years = new Set(events.map((e) => e.date.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025']);
  });

  it('puts places in the discs it is given, by weight, across the antimeridian too', () => {
    const { places } = generateDataset({
      events: 10,
      claims: 2,
      sources: 2,
      seed: 5,
      places: 2_000,
      areas: [
        { lat: 49.99, lon: 36.23, radiusKm: 30, weight: 3 },
        { lat: 66, lon: 179.9, radiusKm: 20, weight: 1 },
      ],
    });
    expect(places).toHaveLength(2_000);
    const near = (lat: number, lon: number, km: number) => (p: { lat: number; lon: number }) => {
      const dLon = (((p.lon - lon + 540) % 360) - 180) * Math.cos((lat * Math.PI) / 180);
      return Math.hypot(p.lat - lat, dLon) * 111.32 <= km + 0.01;
    };
    const kharkiv = places.filter(near(49.99, 36.23, 30)).length;
    const chukotka = places.filter(near(66, 179.9, 20)).length;
    expect(kharkiv + chukotka).toBe(2_000);
    expect(kharkiv / 2_000).toBeGreaterThan(0.7);
    expect(kharkiv / 2_000).toBeLessThan(0.8);
    // Longitudes stay in -180..180: some of the Chukotka disc lies west of the antimeridian.
    expect(places.every((p) => p.lon >= -180 && p.lon <= 180)).toBe(true);
    expect(places.some((p) => p.lon < 0)).toBe(true);
  });
});

describe('generateDataset, wide', () => {
  // The bench's wide shape (90 % placed, a quarter with several sources, 15 % of placed events at several
  // places, descriptions of 120–900 characters, claims of 80–320), at a size a unit test reads quickly.
  const wide = generateDataset({
    ...WIDE_SHAPE,
    events: 3_000,
    claims: 40,
    sources: 300,
    places: 900,
    seed: 11,
  });

  it('passes the schema and every cross-check', () => {
    const result = parseDataset(wide);
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
  });

  it('names the sources, places and categories it is asked for, and uses most of them', () => {
    expect(wide.sources).toHaveLength(300);
    expect(wide.places).toHaveLength(900);
    expect(wide.categories).toHaveLength(12);
    expect(new Set(wide.events.flatMap((e) => e.sourceIds)).size).toBeGreaterThan(290);
    expect(new Set(wide.events.flatMap((e) => e.placeIds ?? [])).size).toBeGreaterThan(850);
    expect(new Set(wide.events.map((e) => e.category)).size).toBe(12);
  });

  it('gives about the asked share of events several sources and several places, never one twice', () => {
    const share = (f: (e: (typeof wide.events)[number]) => boolean) =>
      wide.events.filter(f).length / wide.events.length;
    expect(share((e) => e.sourceIds.length > 1)).toBeGreaterThan(0.2);
    expect(share((e) => e.sourceIds.length > 1)).toBeLessThan(0.3);
    expect(share((e) => (e.placeIds ?? []).length > 0)).toBeGreaterThan(0.86);
    expect(share((e) => (e.placeIds ?? []).length > 0)).toBeLessThan(0.94);
    const placed = wide.events.filter((e) => (e.placeIds ?? []).length > 0);
    const several = placed.filter((e) => (e.placeIds ?? []).length > 1).length / placed.length;
    expect(several).toBeGreaterThan(0.11);
    expect(several).toBeLessThan(0.19);
    expect(wide.events.every((e) => new Set(e.sourceIds).size === e.sourceIds.length)).toBe(true);
    expect(wide.events.every((e) => new Set(e.placeIds ?? []).size === (e.placeIds ?? []).length)).toBe(true);
    expect(Math.max(...wide.events.map((e) => e.sourceIds.length))).toBe(4);
  });

  it('writes descriptions and claim sentences of the asked lengths', () => {
    const lengths = wide.events.map((e) => (e.description ?? '').length);
    // The lengths asked for, plus the event's number before them.
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(120);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(900 + 30);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeGreaterThan(400);
    const quotes = wide.claims.map((c) => c.quote.length);
    expect(Math.min(...quotes)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...quotes)).toBeLessThanOrEqual(320 + 30);
  });

  it('changes nothing for the options it is not given: the long datasets stay as they were', () => {
    const plain = generateDataset({ events: 200, claims: 5, sources: 4, seed: 2 });
    const explicit = generateDataset({
      events: 200,
      claims: 5,
      sources: 4,
      seed: 2,
      placeShare: 0.3,
      multiSourceShare: 0,
      multiPlaceShare: 0,
    });
    expect(JSON.stringify(explicit)).toBe(JSON.stringify(plain));
    expect(plain.events.every((e) => e.sourceIds.length === 1 && (e.placeIds ?? []).length <= 1)).toBe(true);
  });
});
