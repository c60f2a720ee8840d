import L, { type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import {
  outerRingsOnly,
  type Admin1Props,
  type CountryProps,
  type FillProps,
  type LineProps,
  type Lines,
  type RiverProps,
} from './basemap';
import type { DrawnBasemap } from './use-basemap';

interface Props {
  drawn: DrawnBasemap;
  /** Online tiles are showing: drop the fills, keep the lines on top of them. */
  tilesShown: boolean;
}

/** One light tint per country; Russia, Ukraine and Belarus as the detailed local layer draws them. */
const FILL: Record<string, string> = { RU: '#f4f1ea', UA: '#eef2e4', BY: '#eceff3' };
const TINTS = ['#f3f0e6', '#edf1e6', '#eceef3', '#f3eded', '#eef0ee'];
const CONTEXT_FILL = '#e6e7ea';
const LOCAL_FILL: Record<string, string> = { RUS: '#f4f1ea', UKR: '#eef2e4', BLR: '#eceff3' };

export function fillColour(cc: string | null): string {
  if (cc === null) return CONTEXT_FILL;
  const named = FILL[cc];
  if (named) return named;
  let hash = 0;
  for (const ch of cc) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return TINTS[hash % TINTS.length] ?? CONTEXT_FILL;
}

// A fill is stroked in its own colour: neighbouring fills (one per country, per sheet) then meet without a
// hairline of background between them.
function fillStyle(level: string) {
  return (f?: Feature): PathOptions => {
    const colour = fillColour((f?.properties as FillProps | undefined)?.cc ?? null);
    return {
      className: `map-fill map-fill--${level}`,
      color: colour,
      weight: 1,
      fillColor: colour,
      fillOpacity: 1,
    };
  };
}
function localCountryStyle(f?: Feature): PathOptions {
  const a3 = (f?.properties as CountryProps | undefined)?.a3 ?? '';
  return {
    className: 'map-country',
    stroke: false,
    fillColor: LOCAL_FILL[a3] ?? '#f1f1f1',
    fillOpacity: 1,
  };
}
const EMPHASIS: PathOptions = {
  color: '#8a4b00',
  weight: 2.2,
  fillColor: '#ffe9a8',
  fillOpacity: 0.45,
};
const emphasisStyle: PathOptions = { ...EMPHASIS, className: 'map-admin1 map-admin1--emph' };
const hidden: PathOptions = { className: 'map-admin1', stroke: false, fill: false };
function lineStyle(f?: Feature): PathOptions {
  const type = (f?.properties as LineProps | undefined)?.type;
  if (type === 'border') return { className: 'map-border', color: '#1a1d21', weight: 2, lineJoin: 'round' };
  if (type === 'admin1') {
    return { className: 'map-admin1-line', color: '#5b6170', weight: 1, dashArray: '6 4' };
  }
  return { className: 'map-context', color: '#9ca3af', weight: 1 };
}
const localAdmin1LineStyle: PathOptions = {
  className: 'map-admin1-line',
  color: '#5b6170',
  weight: 1.1,
  dashArray: '6 4',
};
const localBorderStyle: PathOptions = {
  className: 'map-border',
  color: '#1a1d21',
  weight: 2.6,
  lineJoin: 'round',
};
function riverStyle(f?: Feature): PathOptions {
  const level = (f?.properties as RiverProps | undefined)?.level ?? 2;
  return { className: 'map-river', color: '#3f86c4', weight: level <= 1 ? 1.8 : 1.1, opacity: 0.9 };
}

type Style = PathOptions | ((f?: Feature) => PathOptions);

/**
 * The offline basemap as SVG (not the map's default canvas): a few large paths draw fast as SVG, stay sharp,
 * can be exported as vectors, and let the browser tests assert real geometry. Panes fix the stacking order
 * whatever order the layers mount in: the overview's fills, then the sheets', then the local layers'; the
 * lines of every level above all fills.
 */
export function BasemapLayers({ drawn, tilesShown }: Props) {
  // react-leaflet's GeoJSON props have no `renderer`; Leaflet reads it from each path's options, which the
  // style sets before the path is added to the map.
  const r = useMemo(() => {
    const renderers = {
      overview: L.svg({ pane: 'basemap-fill' }),
      sheets: L.svg({ pane: 'basemap-fill-sheets' }),
      local: L.svg({ pane: 'basemap-fill-local' }),
      lines: L.svg({ pane: 'basemap-lines' }),
    };
    const on = (renderer: L.Renderer, style: Style) => (f?: Feature) => ({
      ...(typeof style === 'function' ? style(f) : style),
      renderer,
    });
    return {
      overviewFill: on(renderers.overview, fillStyle('overview')),
      sheetFill: on(renderers.sheets, fillStyle('sheet')),
      sheetEmphasis: on(renderers.lines, emphasisStyle),
      localCountry: on(renderers.local, localCountryStyle),
      lines: on(renderers.lines, lineStyle),
      overviewEmphasis: on(renderers.overview, emphasisStyle),
      rivers: on(renderers.lines, riverStyle),
      localAdmin1: (code: string | null) =>
        on(renderers.lines, (f?: Feature) =>
          code !== null && (f?.properties as Admin1Props | undefined)?.code === code ? emphasisStyle : hidden,
        ),
      localAdmin1Lines: on(renderers.lines, localAdmin1LineStyle),
      localBorder: on(renderers.lines, localBorderStyle),
    };
  }, []);
  const { overview, sheets, locals, showOverviewDetail, emphasis, sheetEmphasis, zoom } = drawn;
  const emphasised = useMemo(
    () => (emphasis && overview ? overview.areas.features.filter((f) => f.properties.code === emphasis) : []),
    [overview, emphasis],
  );
  // Below the detail zoom the overview's lines (division lines from zoom 4: a continent of them is noise);
  // above it only the neighbours' borders, which no sheet has.
  const linesShown = !showOverviewDetail ? 'context' : zoom >= ADMIN1_FROM_ZOOM ? 'all' : 'borders';
  return (
    <>
      <Pane name="basemap-fill" style={{ zIndex: 250 }}>
        {!tilesShown && overview && (
          <GeoJSON data={overview.fills} style={r.overviewFill} interactive={false} />
        )}
        {showOverviewDetail && emphasised.length > 0 && (
          <GeoJSON
            key={emphasis ?? ''}
            data={collectionOf(emphasised)}
            style={r.overviewEmphasis}
            interactive={false}
          />
        )}
      </Pane>
      <Pane name="basemap-fill-sheets" style={{ zIndex: 252 }}>
        {!tilesShown &&
          sheets.map(({ ref, sheet }) => (
            <GeoJSON key={ref.id} data={sheet.fills} style={r.sheetFill} interactive={false} />
          ))}
      </Pane>
      <Pane name="basemap-fill-local" style={{ zIndex: 254 }}>
        {!tilesShown &&
          locals.map(({ ref, local }) => (
            <GeoJSON key={ref.id} data={local.country} style={r.localCountry} interactive={false} />
          ))}
      </Pane>
      <Pane name="basemap-lines" style={{ zIndex: 260 }}>
        {overview && showOverviewDetail && (
          <GeoJSON data={overview.rivers} style={r.rivers} interactive={false} />
        )}
        {sheets.map(({ ref, sheet }) => (
          <GeoJSON key={ref.id} data={sheet.rivers} style={r.rivers} interactive={false} />
        ))}
        {overview && (
          <GeoJSON
            key={linesShown}
            data={overviewLines(overview.lines, linesShown)}
            style={r.lines}
            interactive={false}
          />
        )}
        {sheetEmphasis &&
          sheets.map(({ ref, sheet }) => {
            const features = sheet.areas.features.filter((f) => f.properties.code === emphasis);
            return features.length > 0 ? (
              <GeoJSON
                key={`${ref.id}:${emphasis ?? ''}`}
                data={collectionOf(features)}
                style={r.sheetEmphasis}
                interactive={false}
              />
            ) : null;
          })}
        {sheets.map(({ ref, sheet }) => (
          <GeoJSON key={ref.id} data={sheet.lines} style={r.lines} interactive={false} />
        ))}
        {locals.map(({ ref, local, emphasis: code }) => (
          <LocalLines key={`${ref.id}:${code ?? ''}`} local={local} styles={r} code={code} />
        ))}
      </Pane>
    </>
  );
}

const collectionOf = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** Division boundaries are drawn from this zoom on. */
const ADMIN1_FROM_ZOOM = 4;

const linesCache = new WeakMap<Lines<LineProps>, Map<string, Lines<LineProps>>>();

function overviewLines(lines: Lines<LineProps>, shown: 'all' | 'borders' | 'context'): Lines<LineProps> {
  if (shown === 'all') return lines;
  let cache = linesCache.get(lines);
  if (!cache) linesCache.set(lines, (cache = new Map()));
  let out = cache.get(shown);
  if (!out) {
    const keep = (type: LineProps['type']) =>
      type === 'context' || (shown === 'borders' && type === 'border');
    out = { ...lines, features: lines.features.filter((f) => keep(f.properties.type)) };
    cache.set(shown, out);
  }
  return out;
}

function LocalLines({
  local,
  styles,
  code,
}: {
  local: DrawnBasemap['locals'][number]['local'];
  styles: {
    localAdmin1: (code: string | null) => (f?: Feature) => PathOptions;
    rivers: (f?: Feature) => PathOptions;
    localAdmin1Lines: (f?: Feature) => PathOptions;
    localBorder: (f?: Feature) => PathOptions;
  };
  code: string | null;
}) {
  const admin1 = useMemo(() => outerRingsOnly(local.admin1), [local.admin1]);
  const style = useMemo(() => styles.localAdmin1(code), [styles, code]);
  return (
    <>
      <GeoJSON data={admin1} style={style} interactive={false} />
      <GeoJSON data={local.rivers} style={styles.rivers} interactive={false} />
      <GeoJSON data={local.admin1Lines} style={styles.localAdmin1Lines} interactive={false} />
      <GeoJSON data={local.border} style={styles.localBorder} interactive={false} />
    </>
  );
}
