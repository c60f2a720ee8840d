/** The map's limits. Where it starts and how far it may pan follow the data and the basemap (MapView). */
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 13;
/** Fitting the places: a little room around them, and never closer than a town's streets. */
export const FIT_PADDING: [number, number] = [16, 16];
export const FIT_MAX_ZOOM = 11;
/**
 * Until the basemap says otherwise (its overview's metadata): places west of this longitude are drawn 360°
 * east, across the antimeridian, beside Chukotka.
 */
export const WRAP_WEST_OF = -150;
/** Below this zoom the map is a continent: its borders are drawn thinner (map.css, `.map-view--far`). */
export const FAR_BELOW_ZOOM = 5;
/** With no place and no basemap yet: the whole of Europe and northern Asia. */
export const FALLBACK_BOX: [number, number, number, number] = [-10, 35, 180, 75];

export const ATTRIBUTION =
  '© OpenStreetMap contributors · Natural Earth · GSHHG / DCW-GMT · GeoNames (CC BY 4.0)';
