/**
 * The view in the URL: every filter, the selection, the chart, the map view and the document shown, so a
 * copied link reproduces what the analyst sees. The parameters are one zod schema (`ViewParams`), each
 * `.catch`ing a value the app could not have written as absent (as shadcn-admin declares its search
 * state); what the schema lets through is then clamped into the dataset's domain, filter by filter. The
 * filters' parameters come from the filters themselves (data/filters). `writeView` writes the state back,
 * leaving parameters it does not own (`?data=`) exactly as they were; the default view writes nothing.
 */
import { z } from 'zod';
import { editionKey } from '../data/dataset-keys';
import { datasetIndex } from '../data/dataset-index';
import { ALL_FILTERS, clampFilters, DEFAULT_FILTERS, type Filters } from '../data/filters';
import { textParam } from '../data/filters/url-params';
import { SELECTION_KINDS, type Selection, type SelectionKind } from '../data/selection';
import type { Dataset } from '../data/validate';
import { DEFAULT_UI, type ChartFigures, type ChartMode, type ChartScale, type Ui } from './store';

export interface ViewState {
  filters: Filters;
  selection: Selection | null;
  ui: Ui;
}

export const DEFAULT_VIEW: ViewState = { filters: DEFAULT_FILTERS, selection: null, ui: DEFAULT_UI };

const CHART_MODES = ['disparity', 'over-time'] as const satisfies readonly ChartMode[];
const CHART_SCALES = ['absolute', 'share'] as const satisfies readonly ChartScale[];
const CHART_FIGURES = ['auto', 'latest', 'tally'] as const satisfies readonly ChartFigures[];
const MAP_VIEW = /^-?\d{1,3}(\.\d{1,8})?,-?\d{1,3}(\.\d{1,8})?,\d{1,2}(\.\d{1,8})?$/;
const PINNED = /^([^@]{1,200})@(\d+\.\d+\.\d+)$/;

/** Every parameter this module owns, and what it may hold; anything else in the query string is not ours. */
export const ViewParams = z.object({
  ...Object.assign({}, ...ALL_FILTERS.map((f) => f.url.params)),
  sel: textParam(),
  chart: z.enum(CHART_MODES).optional().catch(undefined),
  scale: z.enum(CHART_SCALES).optional().catch(undefined),
  figures: z.enum(CHART_FIGURES).optional().catch(undefined),
  measure: textParam(),
  map: z.string().regex(MAP_VIEW).optional().catch(undefined),
  doc: textParam(),
  ds: z.string().regex(PINNED).optional().catch(undefined),
}) as z.ZodType<Record<string, string | undefined>>;

/** The parameters this module owns, in the order it writes them. */
const OWNED: readonly string[] = [
  ...ALL_FILTERS.flatMap((f) => Object.keys(f.url.params)),
  'sel',
  'chart',
  'scale',
  'figures',
  'measure',
  'map',
  'doc',
  'ds',
];
const OWNED_SET: ReadonlySet<string> = new Set(OWNED);

/** What a value from a link may be: the rows, measures and documents the dataset on screen has. */
export interface UrlDomain {
  dataset: Dataset;
  datasetId: string;
  version: string;
  /** Whether a row of that kind has that id (for a selection named in a link). */
  ids: Record<SelectionKind, { has: (id: string) => boolean }>;
  measureIds: ReadonlySet<string>;
  documentIds: ReadonlySet<string>;
}

const domains = new WeakMap<Dataset, UrlDomain>();

/** Built on first use only: most links name no selection, and 100,000 ids take a while to gather. */
function idsOf(rows: readonly { id: string }[]): { has: (id: string) => boolean } {
  let ids: Set<string> | undefined;
  return { has: (id) => (ids ??= new Set(rows.map((row) => row.id))).has(id) };
}

export function urlDomain(dataset: Dataset): UrlDomain {
  const cached = domains.get(dataset);
  if (cached) return cached;
  const domain: UrlDomain = {
    dataset,
    datasetId: dataset.id,
    version: dataset.version,
    ids: {
      claim: idsOf(dataset.claims),
      event: idsOf(dataset.events),
      place: idsOf(dataset.places),
      source: idsOf(dataset.sources),
    },
    measureIds: new Set(dataset.measures.map((m) => m.id)),
    documentIds: new Set(dataset.documents.map((d) => d.id)),
  };
  domains.set(dataset, domain);
  return domain;
}

/** The raw `key=value` pieces of a query string, decoded; a piece that cannot be decoded is dropped. */
function pieces(search: string): { raw: string; key: string; value: string }[] {
  const out: { raw: string; key: string; value: string }[] = [];
  for (const raw of search.replace(/^\?/, '').split('&')) {
    if (!raw) continue;
    const eq = raw.indexOf('=');
    try {
      const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
      out.push({
        raw,
        key: decode(eq < 0 ? raw : raw.slice(0, eq)),
        value: decode(eq < 0 ? '' : raw.slice(eq + 1)),
      });
    } catch {
      // A malformed escape ("%E0%A4%A") is not ours to fix; keep it verbatim if it is not one of our keys.
      out.push({ raw, key: raw.slice(0, eq < 0 ? undefined : eq), value: '' });
    }
  }
  return out;
}

function selection(value: string | undefined, domain: UrlDomain): Selection | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  const kind = SELECTION_KINDS.find((k) => k === value.slice(0, colon));
  const id = value.slice(colon + 1);
  return kind !== undefined && colon > 0 && domain.ids[kind].has(id) ? { kind, id } : null;
}

function mapView(value: string | undefined): Ui['mapView'] {
  if (!value) return null;
  const [lat, lon, zoom] = value.split(',').map(Number) as [number, number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > 20) return null;
  return { lat, lon, zoom };
}

export interface ReadResult {
  state: ViewState;
  /** The dataset the link was made for, when it names one other than the one on screen. */
  otherDataset: { id: string; version: string } | null;
  /** What the link chose from other data than this dataset's ("sources", "places"): shown in full. */
  misfits: string[];
}

export function readView(search: string, domain: UrlDomain): ReadResult {
  const given: Record<string, string> = {};
  for (const { key, value } of pieces(search)) {
    if (OWNED_SET.has(key) && !Object.hasOwn(given, key)) given[key] = value;
  }
  const params = ViewParams.parse(given);
  const { dataset } = domain;
  const index = datasetIndex(dataset);
  const misfits: string[] = [];
  const context = { ids: index.ids, misfit: (noun: string) => misfits.push(noun) };
  const read = Object.assign({}, ...ALL_FILTERS.map((f) => f.url.read(params, context))) as Filters;
  const filters = clampFilters(read, dataset, index);
  const ui: Ui = {
    chartMode: (params.chart as ChartMode | undefined) ?? DEFAULT_UI.chartMode,
    chartScale: (params.scale as ChartScale | undefined) ?? DEFAULT_UI.chartScale,
    chartFigures: (params.figures as ChartFigures | undefined) ?? DEFAULT_UI.chartFigures,
    measure: params.measure !== undefined && domain.measureIds.has(params.measure) ? params.measure : null,
    mapView: mapView(params.map),
    document: params.doc !== undefined && domain.documentIds.has(params.doc) ? params.doc : null,
  };
  const pinned = PINNED.exec(params.ds ?? '');
  const otherDataset =
    pinned && (pinned[1] !== domain.datasetId || pinned[2] !== domain.version)
      ? { id: pinned[1] ?? '', version: pinned[2] ?? '' }
      : null;
  return { state: { filters, selection: selection(params.sel, domain), ui }, otherDataset, misfits };
}

/** Percent-encode, keeping the separators our values use readable (",", ":", "@"). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%40/g, '@');
}

/** The owned parameters for a state, in a fixed order; defaults are left out. */
export function viewParams(state: ViewState, domain: UrlDomain): [string, string][] {
  const { filters, selection: sel, ui } = state;
  const context = { ids: datasetIndex(domain.dataset).ids };
  const values: Record<string, string | null | false> = Object.assign(
    {},
    ...ALL_FILTERS.map((f) => f.url.write(filters, context)),
  );
  values.sel = sel && `${sel.kind}:${sel.id}`;
  values.chart = ui.chartMode !== DEFAULT_UI.chartMode && ui.chartMode;
  values.scale = ui.chartScale !== DEFAULT_UI.chartScale && ui.chartScale;
  values.figures = ui.chartFigures !== DEFAULT_UI.chartFigures && ui.chartFigures;
  values.measure = ui.measure;
  values.map = ui.mapView && `${ui.mapView.lat},${ui.mapView.lon},${ui.mapView.zoom}`;
  values.doc = ui.document;
  const out: [string, string][] = [];
  for (const key of OWNED) {
    const value = values[key];
    if (value) out.push([key, value]);
  }
  // The link pins the dataset it was made for; the default view needs no pin and stays clean.
  if (out.length > 0) out.push(['ds', editionKey(domain.dataset)]);
  return out;
}

/** The query string for a state: parameters we do not own first and untouched, then ours. */
export function writeView(state: ViewState, domain: UrlDomain, currentSearch: string): string {
  const foreign = pieces(currentSearch)
    .filter((p) => !OWNED_SET.has(p.key))
    .map((p) => p.raw);
  const ours = viewParams(state, domain).map(([k, v]) => `${k}=${encode(v)}`);
  const all = [...foreign, ...ours];
  return all.length > 0 ? `?${all.join('&')}` : '';
}

/** The view brought into another dataset's domain: what still applies is kept, ids it lacks are dropped. */
export function viewForDataset(view: ViewState, dataset: Dataset): ViewState {
  const domain = urlDomain(dataset);
  return readView(writeView(view, domain, ''), domain).state;
}
