import { describe, expect, it } from 'vitest';
import { PlaceClusters } from '../../src/features/map/clusters';

// Two tight groups far apart, and one place east of 180° (Chukotka, drawn at 190°E).
const points = [
  ...Array.from({ length: 50 }, (_, i) => ({ lat: 50 + (i % 7) * 0.01, lon: 36 + Math.floor(i / 7) * 0.01 })),
  ...Array.from({ length: 30 }, (_, i) => ({
    lat: 55 + (i % 5) * 0.01,
    lon: 100 + Math.floor(i / 5) * 0.01,
  })),
  { lat: 66.2, lon: 190.2 },
];
const clusters = new PlaceClusters(points, -150);
const world: [number, number, number, number] = [-30, 20, 200, 85];

describe('PlaceClusters', () => {
  it('groups nearby places with their count when zoomed out', () => {
    const items = clusters.query(world, 3);
    const counts = items.flatMap((i) => (i.kind === 'cluster' ? [i.count] : [])).sort((a, b) => a - b);
    expect(counts).toEqual([30, 50]);
    // The lone place across the antimeridian stays itself, at its display longitude.
    expect(items.filter((i) => i.kind === 'place')).toEqual([{ kind: 'place', index: 80 }]);
  });

  it('separates them zoomed in: every place its own, so it can keep its own shape and radius', () => {
    const items = clusters.query([35.9, 49.9, 36.2, 50.2], 13);
    expect(items.every((i) => i.kind === 'place')).toBe(true);
    expect(items).toHaveLength(50);
  });

  it('says at which zoom a cluster falls apart (where a click takes the map)', () => {
    const cluster = clusters.query(world, 3).find((i) => i.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster');
    expect(clusters.expansionZoom(cluster.id)).toBeGreaterThan(3);
    expect(cluster.lon).toBeGreaterThan(30);
  });

  it('finds places east of 180° in a view there', () => {
    const items = clusters.query([185, 60, 195, 70], 6);
    expect(items).toEqual([{ kind: 'place', index: 80 }]);
  });
});
