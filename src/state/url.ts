/**
 * The view in the URL: every filter, the selection, the chart mode and the map view, so a copied link
 * reproduces what the analyst sees. Pure functions: `readView` parses a query string against the
 * dataset's domain (a bad or unknown value falls back to its default, never throws) and `writeView`
 * writes the state back, leaving parameters it does not own (`?data=`) exactly as they were.
 * The default view writes nothing, so the URL stays clean.
 */
import { datasetIndex } from '../data/filter';
import { isoFromDayNumber } from '../data/dates';
import { IsoDateSchema, OriginSchema, ReliabilitySchema, type Origin } from '../data/schema';
import type { Dataset } from '../data/validate';
import {
  DEFAULT_FILTERS,
  DEFAULT_UI,
  type ChartMode,
  type ChartScale,
  type Filters,
  type Selection,
  type SelectionKind,
  type Ui,
} from './store';

export interface ViewState {
  filters: Filters;
  selection: Selection | null;
  ui: Ui;
}

export const DEFAULT_VIEW: ViewState = { filters: DEFAULT_FILTERS, selection: null, ui: DEFAULT_UI };

/** What a value from a link may be: the ids and dates the dataset on screen actually has. */
export interface UrlDomain {
  datasetId: string;
  version: string;
  /** Whether a row of that kind has that id (for a selection named in a link). */
  ids: Record<SelectionKind, { has: (id: string) => boolean }>;
  sourceIds: readonly string[];
  categoryIds: readonly string[];
  measureIds: ReadonlySet<string>;
  documentIds: ReadonlySet<string>;
  /** The dataset's date extent (ISO); a range outside it is clamped into it. */
  dateMin: string | null;
  dateMax: string | null;
}

/** The parameters this module owns; anything else in the query string is left alone. */
const KEYS = {
  hide: 'hide',
  categories: 'cat',
  origins: 'origin',
  from: 'from',
  to: 'to',
  grade: 'grade',
  search: 'q',
  selection: 'sel',
  chartMode: 'chart',
  chartScale: 'scale',
  measure: 'measure',
  map: 'map',
  document: 'doc',
  dataset: 'ds',
} as const;
const OWNED: ReadonlySet<string> = new Set(Object.values(KEYS));

/** Longer values are refused outright: no link needs them and a hostile one must not cost time. */
export const MAX_PARAM_LENGTH = 4_000;
export const MAX_SEARCH_LENGTH = 200;
const CHART_MODES: readonly ChartMode[] = ['disparity', 'over-time'];
const CHART_SCALES: readonly ChartScale[] = ['absolute', 'share'];
const SELECTION_KINDS: readonly SelectionKind[] = ['claim', 'event', 'place', 'source'];

const domains = new WeakMap<Dataset, UrlDomain>();

/** Built on first use only: most links name no selection, and 100,000 ids take a while to gather. */
function idsOf(rows: readonly { id: string }[]): { has: (id: string) => boolean } {
  let ids: Set<string> | undefined;
  return { has: (id) => (ids ??= new Set(rows.map((row) => row.id))).has(id) };
}

export function urlDomain(dataset: Dataset): UrlDomain {
  const cached = domains.get(dataset);
  if (cached) return cached;
  const extent = datasetIndex(dataset).domain;
  const domain: UrlDomain = {
    datasetId: dataset.id,
    version: dataset.version,
    ids: {
      claim: idsOf(dataset.claims),
      event: idsOf(dataset.events),
      place: idsOf(dataset.places),
      source: idsOf(dataset.sources),
    },
    sourceIds: dataset.sources.map((s) => s.id),
    categoryIds: dataset.categories.map((c) => c.id),
    measureIds: new Set(dataset.measures.map((m) => m.id)),
    documentIds: new Set(dataset.documents.map((d) => d.id)),
    dateMin: extent ? isoFromDayNumber(extent.start) : null,
    dateMax: extent ? isoFromDayNumber(extent.end) : null,
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

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}

/** A comma list of known values, deduplicated, in the domain's order; unknown entries are dropped. */
function list<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  if (!value) return [];
  const given = new Set(value.split(','));
  return allowed.filter((a) => given.has(a));
}

function isoDate(value: string | undefined): string | null {
  return value !== undefined && IsoDateSchema.safeParse(value).success ? value : null;
}

/** A range read from a link, clamped into the data: an open end stays open, a reversed range is turned. */
function dateRange(
  fromRaw: string | undefined,
  toRaw: string | undefined,
  domain: UrlDomain,
): { dateFrom: string | null; dateTo: string | null } {
  let from = isoDate(fromRaw);
  let to = isoDate(toRaw);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const { dateMin: min, dateMax: max } = domain;
  if (min !== null && max !== null) {
    if (from !== null) from = from <= min ? null : from > max ? max : from;
    if (to !== null) to = to >= max ? null : to < min ? min : to;
  }
  return { dateFrom: from, dateTo: to };
}

function selection(value: string | undefined, domain: UrlDomain): Selection | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  const kind = oneOf(value.slice(0, colon), SELECTION_KINDS);
  const id = value.slice(colon + 1);
  return kind !== null && colon > 0 && domain.ids[kind].has(id) ? { kind, id } : null;
}

function mapView(value: string | undefined): Ui['mapView'] {
  if (!value) return null;
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,8})?$/.test(p))) return null;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > 20) return null;
  return { lat, lon, zoom };
}

export interface ReadResult {
  state: ViewState;
  /** The dataset the link was made for, when it names one other than the one on screen. */
  otherDataset: { id: string; version: string } | null;
}

export function readView(search: string, domain: UrlDomain): ReadResult {
  const params = new Map<string, string>();
  for (const { key, value } of pieces(search)) {
    if (OWNED.has(key) && !params.has(key) && value.length <= MAX_PARAM_LENGTH) params.set(key, value);
  }
  const get = (key: string) => params.get(key);
  const search_ = get(KEYS.search) ?? '';
  const filters: Filters = {
    hiddenSources: list(get(KEYS.hide), domain.sourceIds),
    categories: list(get(KEYS.categories), domain.categoryIds),
    origins: list<Origin>(get(KEYS.origins), OriginSchema.options),
    ...dateRange(get(KEYS.from), get(KEYS.to), domain),
    minReliability: oneOf(get(KEYS.grade), ReliabilitySchema.options),
    search: search_.length <= MAX_SEARCH_LENGTH ? search_ : '',
  };
  const measure = get(KEYS.measure);
  const documentId = get(KEYS.document);
  const ui: Ui = {
    chartMode: oneOf(get(KEYS.chartMode), CHART_MODES) ?? DEFAULT_UI.chartMode,
    chartScale: oneOf(get(KEYS.chartScale), CHART_SCALES) ?? DEFAULT_UI.chartScale,
    measure: measure !== undefined && domain.measureIds.has(measure) ? measure : null,
    mapView: mapView(get(KEYS.map)),
    document: documentId !== undefined && domain.documentIds.has(documentId) ? documentId : null,
  };
  const pinned = /^([^@]{1,200})@(\d+\.\d+\.\d+)$/.exec(get(KEYS.dataset) ?? '');
  const otherDataset =
    pinned && (pinned[1] !== domain.datasetId || pinned[2] !== domain.version)
      ? { id: pinned[1] ?? '', version: pinned[2] ?? '' }
      : null;
  return { state: { filters, selection: selection(get(KEYS.selection), domain), ui }, otherDataset };
}

/** Percent-encode, keeping the separators our values use readable (",", ":", "@"). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%40/g, '@');
}

/** The owned parameters for a state, in a fixed order; defaults are left out. */
export function viewParams(state: ViewState, domain: UrlDomain): [string, string][] {
  const { filters: f, selection: sel, ui } = state;
  const out: [string, string][] = [];
  const add = (key: string, value: string | null | false) => {
    if (value) out.push([key, value]);
  };
  add(KEYS.hide, f.hiddenSources.join(','));
  add(KEYS.categories, f.categories.join(','));
  add(KEYS.origins, f.origins.join(','));
  add(KEYS.from, f.dateFrom);
  add(KEYS.to, f.dateTo);
  add(KEYS.grade, f.minReliability);
  add(KEYS.search, f.search.slice(0, MAX_SEARCH_LENGTH));
  add(KEYS.selection, sel && `${sel.kind}:${sel.id}`);
  add(KEYS.chartMode, ui.chartMode !== DEFAULT_UI.chartMode && ui.chartMode);
  add(KEYS.chartScale, ui.chartScale !== DEFAULT_UI.chartScale && ui.chartScale);
  add(KEYS.measure, ui.measure);
  add(KEYS.map, ui.mapView && `${ui.mapView.lat},${ui.mapView.lon},${ui.mapView.zoom}`);
  add(KEYS.document, ui.document);
  // The link pins the dataset it was made for; the default view needs no pin and stays clean.
  if (out.length > 0) out.push([KEYS.dataset, `${domain.datasetId}@${domain.version}`]);
  return out;
}

/** The query string for a state: parameters we do not own first and untouched, then ours. */
export function writeView(state: ViewState, domain: UrlDomain, currentSearch: string): string {
  const foreign = pieces(currentSearch)
    .filter((p) => !OWNED.has(p.key))
    .map((p) => p.raw);
  const ours = viewParams(state, domain).map(([k, v]) => `${k}=${encode(v)}`);
  const all = [...foreign, ...ours];
  return all.length > 0 ? `?${all.join('&')}` : '';
}
