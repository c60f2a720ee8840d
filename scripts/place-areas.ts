/**
 * Where generated datasets put their places, for the map's tests and the benchmark: real places far from
 * the bundled dataset's area, so the map must follow the data.
 */
import type { PlaceArea } from '../src/data/generate';

/** Around Kharkiv (most of the places) and Donetsk. */
export const KHARKIV_DONETSK: PlaceArea[] = [
  { lat: 49.99, lon: 36.23, radiusKm: 35, weight: 3 },
  { lat: 48.0, lon: 37.8, radiusKm: 40, weight: 2 },
];

/** Across Russia, from Moscow to Kamchatka and Chukotka, one place east of 180°. */
export const RUSSIA_TO_THE_PACIFIC: PlaceArea[] = [
  { lat: 55.75, lon: 37.62, radiusKm: 60 },
  { lat: 56.84, lon: 60.6, radiusKm: 60 },
  { lat: 55.03, lon: 82.92, radiusKm: 60 },
  { lat: 52.29, lon: 104.28, radiusKm: 60 },
  { lat: 62.03, lon: 129.73, radiusKm: 60 },
  { lat: 43.12, lon: 131.89, radiusKm: 40 },
  { lat: 53.02, lon: 158.65, radiusKm: 40 },
  { lat: 64.73, lon: 177.5, radiusKm: 30 },
  { lat: 66.0, lon: -172.0, radiusKm: 20, weight: 0.3 },
];

/** Ukraine and western Russia, densely: for many places (the browser test's 20,000, the bench's 100,000). */
export const UKRAINE_WIDE: PlaceArea[] = [
  { lat: 50.45, lon: 30.52, radiusKm: 150 },
  { lat: 49.99, lon: 36.23, radiusKm: 120 },
  { lat: 48.0, lon: 37.8, radiusKm: 120, weight: 2 },
  { lat: 46.48, lon: 30.73, radiusKm: 120 },
  { lat: 49.84, lon: 24.03, radiusKm: 120 },
  { lat: 47.84, lon: 35.14, radiusKm: 120, weight: 2 },
  { lat: 51.73, lon: 36.19, radiusKm: 80 },
  { lat: 55.75, lon: 37.62, radiusKm: 150 },
];
