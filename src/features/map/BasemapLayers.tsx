import L, { type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import type { Feature } from 'geojson';
import {
  KURSK_OBLAST,
  outerRingsOnly,
  type Admin1Props,
  type Basemap,
  type CountryProps,
  type RiverProps,
} from './basemap';

interface Props {
  basemap: Basemap;
  /** Online tiles are showing: drop the fills, keep the lines on top of them. */
  tilesShown: boolean;
}

const COUNTRY_FILL: Record<string, string> = { RUS: '#f4f1ea', UKR: '#eef2e4', BLR: '#eceff3' };

const contextStyle: PathOptions = {
  className: 'map-context',
  color: '#b8bcc4',
  weight: 0.8,
  fillColor: '#e6e7ea',
  fillOpacity: 1,
};
function countryStyle(f?: Feature): PathOptions {
  const a3 = (f?.properties as CountryProps | undefined)?.a3 ?? '';
  return {
    className: 'map-country',
    stroke: false,
    fillColor: COUNTRY_FILL[a3] ?? '#f1f1f1',
    fillOpacity: 1,
  };
}
function admin1Style(f?: Feature): PathOptions {
  const kursk = (f?.properties as Admin1Props | undefined)?.code === KURSK_OBLAST;
  return kursk
    ? {
        className: 'map-admin1 map-admin1--kursk',
        color: '#8a4b00',
        weight: 2.2,
        fillColor: '#ffe9a8',
        fillOpacity: 0.45,
      }
    : { className: 'map-admin1', stroke: false, fill: false };
}
const admin1LineStyle: PathOptions = {
  className: 'map-admin1-line',
  color: '#5b6170',
  weight: 1.1,
  dashArray: '6 4',
};
const borderStyle: PathOptions = {
  className: 'map-border',
  color: '#1a1d21',
  weight: 2.6,
  lineJoin: 'round',
};
function riverStyle(f?: Feature): PathOptions {
  const level = (f?.properties as RiverProps | undefined)?.level ?? 2;
  return { className: 'map-river', color: '#3f86c4', weight: level <= 1 ? 1.8 : 1.1, opacity: 0.9 };
}

/**
 * The offline basemap as SVG (not the map's default canvas): a few large paths draw fast as SVG, stay sharp,
 * can be exported as vectors, and let the browser tests assert real geometry. Panes fix the stacking order
 * whatever order the layers mount in.
 */
export function BasemapLayers({ basemap, tilesShown }: Props) {
  // react-leaflet's GeoJSON props have no `renderer`; Leaflet reads it from each path's options, which the
  // style sets before the path is added to the map.
  const s = useMemo(() => {
    const fill = L.svg({ pane: 'basemap-fill' });
    const lines = L.svg({ pane: 'basemap-lines' });
    const on =
      (renderer: L.Renderer, style: PathOptions | ((f?: Feature) => PathOptions)) => (f?: Feature) => ({
        ...(typeof style === 'function' ? style(f) : style),
        renderer,
      });
    return {
      context: on(fill, contextStyle),
      country: on(fill, countryStyle),
      admin1: on(lines, admin1Style),
      rivers: on(lines, riverStyle),
      admin1Lines: on(lines, admin1LineStyle),
      border: on(lines, borderStyle),
    };
  }, []);
  const admin1 = useMemo(() => outerRingsOnly(basemap.admin1), [basemap.admin1]);
  return (
    <>
      <Pane name="basemap-fill" style={{ zIndex: 250 }}>
        {!tilesShown && (
          <>
            <GeoJSON data={basemap.context} style={s.context} interactive={false} />
            <GeoJSON data={basemap.country} style={s.country} interactive={false} />
          </>
        )}
      </Pane>
      <Pane name="basemap-lines" style={{ zIndex: 260 }}>
        <GeoJSON data={admin1} style={s.admin1} interactive={false} />
        <GeoJSON data={basemap.rivers} style={s.rivers} interactive={false} />
        <GeoJSON data={basemap.admin1Lines} style={s.admin1Lines} interactive={false} />
        <GeoJSON data={basemap.border} style={s.border} interactive={false} />
      </Pane>
    </>
  );
}
