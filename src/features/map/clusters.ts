/**
 * Many places stay readable: above CLUSTER_ABOVE places the map groups nearby ones into a cluster with
 * their count (supercluster), per zoom; a place drawn alone keeps its own shape and radius.
 */
import Supercluster from 'supercluster';
import type { Box } from './basemap';

/** With more places than this, the map clusters them (and draws them on canvas). */
export const CLUSTER_ABOVE = 300;

export type ClusterItem =
  { kind: 'cluster'; id: number; lat: number; lon: number; count: number } | { kind: 'place'; index: number };

/**
 * supercluster works in longitudes -180..180; the map's display longitudes run from the wrap limit to 360°
 * east of it, so they are shifted into that range and back.
 */
export class PlaceClusters {
  private readonly index: Supercluster<{ i: number }>;
  private readonly shift: number;

  constructor(points: readonly { lat: number; lon: number }[], wrapWestOf = -180) {
    this.shift = wrapWestOf + 180;
    this.index = new Supercluster<{ i: number }>({ radius: 60, maxZoom: 12 });
    this.index.load(
      points.map((p, i) => ({
        type: 'Feature',
        properties: { i },
        geometry: { type: 'Point', coordinates: [p.lon - this.shift, p.lat] },
      })),
    );
  }

  /** Clusters and lone places in a view (display longitudes), at a zoom. */
  query([w, s, e, n]: Box, zoom: number): ClusterItem[] {
    const west = Math.max(-180, w - this.shift);
    const east = Math.min(180, e - this.shift);
    if (west > east) return [];
    return this.index
      .getClusters([west, Math.max(-85, s), east, Math.min(85, n)], Math.floor(zoom))
      .map((f): ClusterItem => {
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        const p = f.properties;
        return 'cluster' in p && p.cluster
          ? { kind: 'cluster', id: p.cluster_id, lat, lon: lon + this.shift, count: p.point_count }
          : { kind: 'place', index: (p as { i: number }).i };
      });
  }

  /** The zoom at which a cluster falls apart: where a click on it takes the map. */
  expansionZoom(id: number): number {
    return this.index.getClusterExpansionZoom(id);
  }
}
