/**
 * Table rows → a dataset in the schema, one row at a time (the rows stream in from the parser). A row that
 * cannot be used is never fixed silently: it is listed with its row number, column and reason, and left
 * out of the good rows. What the conversion assumed (an event without a description, a preset's radius for
 * a coded precision) is counted and written into the dataset's description.
 *
 * Row numbers are the spreadsheet's: the header is row 1, so the first data row is row 2.
 */
import { LIMITS } from './limits';
import {
  ID_PATTERN,
  SCHEMA_VERSION,
  type DatasetInput,
  type DatePrecision,
  type Event,
  type FuzzyDate,
  type Place,
  type SourcedFigure,
} from './schema';
import { readDate } from './table-dates';
import type { TableField, TableMapping } from './table-mapping';
import { FIELD_INFO } from './table-mapping';

export interface RowError {
  /** The spreadsheet row number (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** The column's header, or empty when the row as a whole is at fault. */
  column: string;
  reason: string;
}

/** Row errors kept for the report; past this they are only counted. */
export const MAX_ROW_ERRORS = 100_000;

/** The radius, in km, each coded location precision stands for (stated in docs/import.md). */
export const ACLED_GEO_RADIUS_KM: Record<string, number | null> = { '1': null, '2': 25, '3': 100 };
export const UCDP_WHERE_RADIUS_KM: Record<string, number | null> = {
  '1': null,
  '2': 25,
  '3': 50,
  '4': 150,
  '5': 100,
  '6': 650,
  '7': 650,
};
const UCDP_WHERE_WORDS: Record<string, string> = {
  '1': 'the exact location',
  '2': 'within about 25 km',
  '3': 'the second-order administrative division',
  '4': 'the first-order administrative division',
  '5': 'along a linear feature or an estimate',
  '6': 'the country',
  '7': 'international waters or airspace',
};

type Row = readonly string[];

class RowFault extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface TableMeta {
  fileName: string;
  /** "CSV, UTF-8, delimiter ","", for the description. */
  readAs: string;
  /** When the import ran, as ISO text (YYYY-MM-DD, or with the time of day). */
  today: string;
}

export interface ConversionResult {
  dataset: DatasetInput;
  /** Rows read (not counting the header and blank lines). */
  rowsRead: number;
  /** Rows that became events. */
  rowsUsed: number;
  errors: RowError[];
  /** Errors in all (the list stops at MAX_ROW_ERRORS). */
  errorCount: number;
}

/** `Battles` → `battles`; empty when nothing ASCII is left (a Cyrillic name): the caller numbers it. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Ids for named things (sources, categories, measures): a slug, unique, numbered when there is none. */
class Registry<T> {
  readonly items = new Map<string, { id: string; value: T }>();
  readonly byId = new Map<string, T>();
  constructor(private readonly prefix: string) {}
  idFor(key: string, make: (id: string) => T): string {
    const known = this.items.get(key);
    if (known) return known.id;
    const base = `${this.prefix}${slug(key) || this.items.size + 1}`;
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`;
    const value = make(id);
    this.byId.set(id, value);
    this.items.set(key, { id, value });
    return id;
  }
  get size() {
    return this.items.size;
  }
  values(): T[] {
    return [...this.items.values()].map((v) => v.value);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function shortText(value: string, column: string, max: number = LIMITS.shortText): string {
  if (value.length > max) {
    throw new RowFault(column, `is too long: ${value.length} characters, at most ${max} allowed`);
  }
  return value;
}

/** A number as a table writes it: digits with an optional decimal point; nothing else is guessed. */
function readAmount(cell: string, column: string): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new RowFault(column, `"${text.slice(0, 40)}" is not a number`);
  const n = Number(text);
  if (n < 0) throw new RowFault(column, `${text} is negative`);
  if (n > LIMITS.figure) throw new RowFault(column, `${text} is too large for a count`);
  return n;
}

function readCoordinate(cell: string, column: string, limit: 90 | 180): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new RowFault(column, `"${text.slice(0, 40)}" is not a number`);
  const n = Number(text);
  if (Math.abs(n) > limit) throw new RowFault(column, `${text} is outside −${limit} to ${limit}`);
  return n;
}

/** Counts of what the conversion assumed, for the description. */
interface Assumed {
  noDescription: number;
  noCategory: number;
  noSource: number;
  noCoordinates: number;
  monthPrecision: number;
  approxWithoutEnd: number;
  shortenedTitles: number;
}

export function createTableConverter(headers: readonly string[], mapping: TableMapping, meta: TableMeta) {
  const index = new Map(headers.map((h, i) => [h, i]));
  const columnOf = (field: TableField): { header: string; at: number } | null => {
    const header = mapping.columns[field];
    const at = header === undefined ? undefined : index.get(header);
    return header === undefined || at === undefined ? null : { header, at };
  };
  const cols = Object.fromEntries(
    (Object.keys(FIELD_INFO) as TableField[]).map((f) => [f, columnOf(f)]),
  ) as Record<TableField, { header: string; at: number } | null>;
  const cell = (row: Row, field: TableField): string => {
    const c = cols[field];
    return c ? (row[c.at] ?? '').trim() : '';
  };
  const name = (field: TableField) => cols[field]?.header ?? FIELD_INFO[field].label;

  const events: Event[] = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  let rowsRead = 0;
  const usedIds = new Map<string, number>();
  const categories = new Registry<{ id: string; label: string; description?: string }>('');
  const sources = new Registry<{ id: string; name: string }>('s-');
  const measures = new Registry<{ id: string; label: string; unit: string }>('');
  const places = new Map<string, Place>();
  const placeNames = new Map<string, string>();
  const assumed: Assumed = {
    noDescription: 0,
    noCategory: 0,
    noSource: 0,
    noCoordinates: 0,
    monthPrecision: 0,
    approxWithoutEnd: 0,
    shortenedTitles: 0,
  };
  const fileSource = `${meta.fileName} (the imported table)`;
  const coder = mapping.coder;
  const figureColumn = cols.figureLow ?? cols.figureBest ?? cols.figureHigh;
  const defaultMeasure = mapping.measure ?? {
    id: slug(figureColumn?.header ?? 'figure') || 'figure',
    label: figureColumn?.header ?? 'Figure',
    unit: 'count',
  };

  const fail = (row: number, column: string, reason: string) => {
    errorCount += 1;
    if (errors.length < MAX_ROW_ERRORS) errors.push({ row, column, reason });
  };

  function readId(row: Row, rowNumber: number): string {
    if (!cols.id) return `row-${rowNumber}`;
    const raw = cell(row, 'id');
    if (raw === '') throw new RowFault(name('id'), 'is empty: every row needs its own id');
    const id = `${mapping.idPrefix}${raw}`;
    if (id.length > LIMITS.idLength || !ID_PATTERN.test(id)) {
      throw new RowFault(
        name('id'),
        `"${raw.slice(0, 40)}" is not a usable id (at most ${LIMITS.idLength} letters, digits, ".", "_", ":" and "-")`,
      );
    }
    const first = usedIds.get(id);
    if (first !== undefined) throw new RowFault(name('id'), `"${raw}" is already the id of row ${first}`);
    return id;
  }

  function readFuzzyDate(row: Row): { date: FuzzyDate; time?: string } {
    const dateCell = cell(row, 'date');
    if (dateCell === '') throw new RowFault(name('date'), 'is empty');
    const start = readDate(dateCell, mapping.dateFormat);
    if (!start.ok) throw new RowFault(name('date'), start.reason);
    const endCell = cell(row, 'endDate');
    let end: string | undefined;
    if (endCell !== '') {
      const read = readDate(endCell, mapping.endDateFormat);
      if (!read.ok) throw new RowFault(name('endDate'), read.reason);
      if (read.date < start.date) {
        throw new RowFault(name('endDate'), `${read.date} is before the date ${start.date}`);
      }
      end = read.date;
    }
    const span = end !== undefined && end > start.date ? end : undefined;
    const code = cell(row, 'datePrecision');
    const precision = readPrecision(code, span !== undefined);
    const time = start.time === undefined ? {} : { time: start.time };
    const noted = (note: string) => (cols.datePrecision ? { note: shortText(note, name('date')) } : {});
    if (precision === 'month') {
      assumed.monthPrecision += 1;
      const first = `${start.date.slice(0, 8)}01`;
      const lastSameMonth = span === undefined || span.slice(0, 7) === start.date.slice(0, 7);
      if (lastSameMonth) {
        return {
          date: {
            date: first,
            precision: 'month',
            ...noted(`${name('datePrecision')} ${code}: ${name('date')} ${start.date}`),
          },
        };
      }
      return {
        date: {
          date: start.date,
          precision: 'approx',
          end: span,
          ...noted(`${name('datePrecision')} ${code}: ${start.date} to ${span}`),
        },
      };
    }
    if (precision === 'approx') {
      if (span === undefined) assumed.approxWithoutEnd += 1;
      return {
        date: {
          date: start.date,
          precision: 'approx',
          ...(span ? { end: span } : {}),
          ...noted(
            span
              ? `${name('datePrecision')} ${code}: ${start.date} to ${span}`
              : `${name('datePrecision')} ${code}: within a few days of ${start.date}`,
          ),
        },
        ...time,
      };
    }
    return { date: { date: start.date, precision: 'day' }, ...time };
  }

  function readPrecision(code: string, hasSpan: boolean): DatePrecision {
    if (!cols.datePrecision || code === '') return hasSpan ? 'approx' : 'day';
    const column = name('datePrecision');
    switch (mapping.datePrecisionCode) {
      case 'acled': {
        const p = ({ '1': 'day', '2': 'approx', '3': 'month' } as const)[code];
        if (!p)
          throw new RowFault(column, `"${code.slice(0, 20)}" is not an ACLED time_precision (1, 2 or 3)`);
        return p === 'day' && hasSpan ? 'approx' : p;
      }
      case 'ucdp': {
        if (!/^[1-5]$/.test(code))
          throw new RowFault(column, `"${code.slice(0, 20)}" is not a UCDP date_prec (1–5)`);
        if (code === '4') return 'month';
        if (code === '1') return hasSpan ? 'approx' : 'day';
        return 'approx';
      }
      case 'words': {
        const word = code.toLowerCase();
        if (word === 'day' || word === 'exact') return hasSpan ? 'approx' : 'day';
        if (word === 'month') return 'month';
        if (word === 'approx' || word === 'approximate') return 'approx';
        throw new RowFault(column, `"${code.slice(0, 20)}" is not a date precision (day, approx or month)`);
      }
    }
  }

  function readPlace(row: Row): string | null {
    const lat = readCoordinate(cell(row, 'latitude'), name('latitude'), 90);
    const lon = readCoordinate(cell(row, 'longitude'), name('longitude'), 180);
    if (lat === undefined && lon === undefined) {
      if (cols.latitude || cols.longitude) assumed.noCoordinates += 1;
      return null;
    }
    if (lat === undefined) throw new RowFault(name('latitude'), 'is empty while the longitude is given');
    if (lon === undefined) throw new RowFault(name('longitude'), 'is empty while the latitude is given');
    const code = cell(row, 'locationPrecision');
    const { radiusKm, coordinateSource } = readLocationPrecision(code);
    const placeName = shortText(cell(row, 'placeName') || `${lat}, ${lon}`, name('placeName'));
    const key = `${placeName}\u0000${lat}\u0000${lon}\u0000${radiusKm ?? 0}`;
    const known = places.get(key);
    if (known) return known.id;
    const place: Place = {
      id: `p-${places.size + 1}`,
      name: placeName,
      lat,
      lon,
      precision: radiusKm === null ? { kind: 'exact' } : { kind: 'approximate', radiusKm },
      ...(coordinateSource ? { coordinateSource } : {}),
    };
    places.set(key, place);
    placeNames.set(place.id, place.name);
    return place.id;
  }

  function readLocationPrecision(code: string): { radiusKm: number | null; coordinateSource?: string } {
    const column = name('locationPrecision');
    if (!cols.locationPrecision || code === '') return { radiusKm: null };
    switch (mapping.locationPrecisionCode) {
      case 'acled': {
        const radius = ACLED_GEO_RADIUS_KM[code];
        if (radius === undefined)
          throw new RowFault(column, `"${code.slice(0, 20)}" is not an ACLED geo_precision (1, 2 or 3)`);
        return {
          radiusKm: radius,
          coordinateSource: `${column} ${code}${radius === null ? '' : `: within about ${radius} km`}`,
        };
      }
      case 'ucdp': {
        const radius = UCDP_WHERE_RADIUS_KM[code];
        if (radius === undefined)
          throw new RowFault(column, `"${code.slice(0, 20)}" is not a UCDP where_prec (1–7)`);
        return { radiusKm: radius, coordinateSource: `${column} ${code}: ${UCDP_WHERE_WORDS[code] ?? ''}` };
      }
      case 'km': {
        const km = readAmount(code, column) ?? 0;
        if (km > LIMITS.radiusKm) throw new RowFault(column, `${km} km is more than ${LIMITS.radiusKm} km`);
        return km === 0 ? { radiusKm: null } : { radiusKm: km, coordinateSource: `${column}: ${km} km` };
      }
    }
  }

  function split(text: string): string[] {
    return [
      ...new Set(
        text
          .split(mapping.separator)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      ),
    ];
  }

  function readSources(row: Row): string[] {
    const names = split(cell(row, 'sources'));
    if (names.length > LIMITS.sourcesPerRow) {
      throw new RowFault(
        name('sources'),
        `names ${names.length} sources, at most ${LIMITS.sourcesPerRow} allowed`,
      );
    }
    if (names.length === 0) {
      assumed.noSource += 1;
      names.push(fileSource);
    }
    return names.map((n) => {
      shortText(n, name('sources'));
      return sources.idFor(n, (id) => ({ id, name: n }));
    });
  }

  function readCitations(row: Row, sourceNames: string[]): Event['citations'] {
    const text = cell(row, 'citations');
    if (text === '') return sourceNames.slice(0, LIMITS.citationsPerRow).map((publisher) => ({ publisher }));
    const parts = split(text);
    if (parts.length > LIMITS.citationsPerRow) {
      throw new RowFault(
        name('citations'),
        `has ${parts.length} citations, at most ${LIMITS.citationsPerRow} allowed`,
      );
    }
    return parts.map((part) => {
      // UCDP writes "Publisher,YYYY-MM-DD,Title"; anything else is kept whole as the title.
      const pieces = part.split(',').map((p) =>
        p
          .trim()
          .replace(/^"+|"+$/g, '')
          .trim(),
      );
      const date = pieces.find((p) => ISO_DATE.test(p) && p >= '1900-01-01' && p <= '2100-12-31');
      const [publisher, ...rest] = pieces.filter((p) => p !== date && p !== '');
      let title = rest.join(', ');
      if (title.length > LIMITS.shortText) {
        // Real UCDP source_article cells can run long; the citation keeps its start, and the description
        // says how many were shortened, rather than losing the event.
        assumed.shortenedTitles += 1;
        title = `${title.slice(0, LIMITS.shortText - 1)}…`;
      }
      return {
        ...(publisher ? { publisher: shortText(publisher, name('citations')) } : {}),
        ...(title ? { title } : {}),
        ...(date ? { date } : {}),
      };
    });
  }

  function readFigure(row: Row, firstSource: string): SourcedFigure[] {
    const low = readAmount(cell(row, 'figureLow'), name('figureLow'));
    const best = readAmount(cell(row, 'figureBest'), name('figureBest'));
    const high = readAmount(cell(row, 'figureHigh'), name('figureHigh'));
    if (low === undefined && best === undefined && high === undefined) return [];
    if (low !== undefined && high !== undefined && high < low) {
      throw new RowFault(name('figureHigh'), `${high} is below ${name('figureLow')} (${low})`);
    }
    if (best !== undefined && low !== undefined && best < low) {
      throw new RowFault(name('figureBest'), `${best} is below ${name('figureLow')} (${low})`);
    }
    if (best !== undefined && high !== undefined && best > high) {
      throw new RowFault(name('figureBest'), `${best} is above ${name('figureHigh')} (${high})`);
    }
    const measureText = cell(row, 'measure');
    const measure = measureText
      ? measures.idFor(shortText(measureText, name('measure')), (id) => ({
          id,
          label: measureText,
          unit: 'count',
        }))
      : measures.idFor(`\u0000${defaultMeasure.id}`, (id) => ({ ...defaultMeasure, id }));
    const sourceId = coder
      ? sources.idFor(`\u0000${coder.id}`, (id) => ({ id, name: coder.name }))
      : firstSource;
    const amounts = { ...(low === undefined ? {} : { low }), ...(best === undefined ? {} : { best }) };
    if (low !== undefined && high !== undefined)
      return [{ measure, bound: 'range', ...amounts, high, sourceId }];
    if (high !== undefined) return [{ measure, bound: 'at-most', ...amounts, high, sourceId }];
    if (low !== undefined) {
      return [
        { measure, bound: best === undefined ? mapping.loneFigureBound : 'at-least', ...amounts, sourceId },
      ];
    }
    return [{ measure, bound: 'exact', low: best as number, best: best as number, sourceId }];
  }

  function readCategory(row: Row): string {
    const value = cell(row, 'category');
    if (value === '') assumed.noCategory += 1;
    const label = value === '' ? 'No category given' : (mapping.categoryLabels?.[value] ?? value);
    if (categories.size >= LIMITS.categories && !categories.items.has(label)) {
      throw new RowFault(
        name('category'),
        `"${value.slice(0, 40)}" would be category ${LIMITS.categories + 1}; at most ${LIMITS.categories} allowed`,
      );
    }
    shortText(label, name('category'));
    return categories.idFor(label, (id) => ({
      id,
      label,
      ...(mapping.categoryLabels?.[value] ? { description: `${name('category')} ${value}` } : {}),
    }));
  }

  function readDescription(row: Row, categoryLabel: string, placeName: string | undefined): string {
    // A notes column that is the description column is not said twice.
    const notes = cols.notes && cols.notes.at === cols.description?.at ? '' : cell(row, 'notes');
    const parts = [cell(row, 'description'), notes].filter((p) => p !== '');
    let text = parts.join('. ');
    if (text === '') {
      assumed.noDescription += 1;
      text = `${categoryLabel}${placeName ? ` at ${placeName}` : ''} (no description in the table)`;
    }
    return shortText(
      text,
      name(parts.length > 0 && !cell(row, 'description') ? 'notes' : 'description'),
      LIMITS.longText,
    );
  }

  function convert(row: Row, rowNumber: number): Event {
    if (row.length !== headers.length) {
      throw new RowFault('', `has ${row.length} cells where the header has ${headers.length}`);
    }
    const id = readId(row, rowNumber);
    const { date, time } = readFuzzyDate(row);
    const category = readCategory(row);
    const placeId = readPlace(row);
    const sourceNames = split(cell(row, 'sources'));
    const sourceIds = readSources(row);
    const citations = readCitations(row, sourceNames.length > 0 ? sourceNames : [fileSource]);
    const figures = readFigure(row, sourceIds[0] as string);
    const categoryLabel = categories.byId.get(category)?.label ?? '';
    const description = readDescription(row, categoryLabel, placeId ? placeNames.get(placeId) : undefined);
    return {
      id,
      date,
      ...(time ? { time } : {}),
      category,
      alsoCategories: [],
      description,
      origin: 'context',
      sourceIds,
      figures,
      citations,
      placeIds: placeId ? [placeId] : [],
      claimIds: [],
    };
  }

  return {
    /** One data row; `rowNumber` is the spreadsheet's (header = 1). */
    add(row: Row, rowNumber: number): void {
      rowsRead += 1;
      try {
        const event = convert(row, rowNumber);
        usedIds.set(event.id, rowNumber);
        events.push(event);
      } catch (error) {
        if (!(error instanceof RowFault)) throw error;
        fail(rowNumber, error.column, error.reason);
      }
    },
    /** A problem with the file as a whole (too many rows, a read error), listed first. */
    fileError(reason: string, column = ''): void {
      fail(0, column, reason);
    },
    finish(): ConversionResult {
      const dataset: DatasetInput = {
        schemaVersion: SCHEMA_VERSION,
        // Each import its own dataset: a later table of the same name never replaces this one unasked.
        id: `table-${(slug(meta.fileName) || 'import').slice(0, 50)}-${meta.today.replace(/\D/g, '')}`,
        version: '1.0.0',
        title: shortText(`Imported table: ${meta.fileName}`.slice(0, LIMITS.shortText), ''),
        description: describeImport({
          meta,
          mapping,
          rowsRead,
          used: events.length,
          errorCount,
          errors,
          assumed,
        }),
        ...(measures.size > 0 ? { defaultMeasure: measures.values()[0]?.id } : {}),
        documents: [],
        categories: categories.values(),
        sources: sources.values(),
        measures: measures.values(),
        claims: [],
        events,
        places: [...places.values()],
        notes: [],
      };
      return { dataset, rowsRead, rowsUsed: events.length, errors, errorCount };
    },
  };
}
export type TableConverter = ReturnType<typeof createTableConverter>;

interface Described {
  meta: TableMeta;
  mapping: TableMapping;
  rowsRead: number;
  used: number;
  errorCount: number;
  errors: RowError[];
  assumed: Assumed;
}

const PRESET_WORDS = {
  acled: 'the ACLED preset',
  ucdp: 'the UCDP GED preset',
  timemap: 'the TimeMap preset',
  custom: 'a custom mapping',
} as const;

/** What was read, dropped and assumed, in words: the dataset's description says it for every later reader. */
export function describeImport({
  meta,
  mapping,
  rowsRead,
  used,
  errorCount,
  errors,
  assumed,
}: Described): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const lines = [
    `Imported on ${meta.today.slice(0, 10)} from ${meta.fileName} (${meta.readAs}) with ${PRESET_WORDS[mapping.preset]}: ${n(rowsRead)} rows read, ${n(used)} imported as events.`,
  ];
  if (errorCount > 0) {
    const reasons = new Map<string, number>();
    for (const e of errors) {
      const key = `${e.column || 'row'}: ${e.reason.replace(/"[^"]*"|\d[\d.,:/-]*/g, '…')}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 5);
    lines.push(
      `Dropped ${n(errorCount)} ${errorCount === 1 ? 'row' : 'rows'} that could not be used (${top.map(([k, c]) => `${n(c)} × ${k}`).join('; ')}${reasons.size > 5 ? '; …' : ''}).`,
    );
  }
  const said: string[] = [];
  if (!mapping.columns.id) said.push('ids were made from row numbers (row-N)');
  if (assumed.noDescription)
    said.push(
      `${n(assumed.noDescription)} events had no description and are described by their category and place`,
    );
  if (assumed.noCategory) said.push(`${n(assumed.noCategory)} events had no category ("No category given")`);
  if (assumed.noSource) said.push(`${n(assumed.noSource)} events named no source and cite the table itself`);
  if (assumed.noCoordinates)
    said.push(`${n(assumed.noCoordinates)} events had no coordinates and have no place`);
  if (assumed.approxWithoutEnd)
    said.push(
      `${n(assumed.approxWithoutEnd)} approximate dates without an end are read as within a few days`,
    );
  if (assumed.shortenedTitles)
    said.push(
      `${n(assumed.shortenedTitles)} citation titles longer than ${LIMITS.shortText} characters were cut there`,
    );
  if (assumed.monthPrecision)
    said.push(`${n(assumed.monthPrecision)} dates known to the month are drawn as the whole month`);
  if (mapping.preset === 'acled') {
    said.push('fatalities are ACLED\'s conservative count, read as "at least"');
    said.push('geo_precision 2 is drawn as within about 25 km and 3 within about 100 km');
  }
  if (mapping.preset === 'ucdp') {
    said.push('where_prec radii: 2 ≈ 25 km, 3 ≈ 50 km, 4 ≈ 150 km, 5 ≈ 100 km, 6 and 7 ≈ 650 km');
  }
  if (said.length > 0) lines.push(`Assumed: ${said.join('; ')}.`);
  return lines.join(' ').slice(0, LIMITS.longText);
}

/** What stops a mapping before any row is read: the date is the one field every event needs. */
export function mappingProblems(mapping: TableMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  if (!mapping.columns.date) problems.push("Choose the column that holds each event's date.");
  for (const [field, header] of Object.entries(mapping.columns)) {
    if (!headers.includes(header)) {
      problems.push(`${FIELD_INFO[field as TableField].label}: the table has no column "${header}".`);
    }
  }
  return problems;
}
