/** The map's fixed frame: what the offline basemap covers and where a new user starts. */
export const MAP_BOUNDS = { south: 47.5, west: 29, north: 55.5, east: 42.5 } as const;
export const MIN_ZOOM = 5;
export const MAX_ZOOM = 13;
/** Between Sudzha and Kursk, so both and the border are in view at the panel's usual size. */
export const INITIAL_VIEW = { lat: 51.42, lon: 35.72, zoom: 8 } as const;

export function inMapBounds(lat: number, lon: number): boolean {
  return (
    lat >= MAP_BOUNDS.south && lat <= MAP_BOUNDS.north && lon >= MAP_BOUNDS.west && lon <= MAP_BOUNDS.east
  );
}

export const ATTRIBUTION =
  '© OpenStreetMap contributors · Natural Earth · GSHHG / DCW-GMT · GeoNames (CC BY 4.0)';
