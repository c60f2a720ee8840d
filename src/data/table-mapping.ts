/**
 * How the columns of a table (CSV, TSV, XLSX) become events: which column fills which schema field, how its
 * dates are written, how its coded columns (date and location precision, categories) read. One zod schema,
 * so a mapping saved on this device or in a file is checked like any other input. Presets fill a mapping
 * for the exports analysts already have (ACLED, UCDP GED, TimeMap); the rules each preset states are in
 * docs/import.md and are applied in table-convert.ts.
 */
import { z } from 'zod';
import { detectDateFormat } from './table-dates';

/** The schema fields a column can fill, in the order the mapper lists them. */
export const TABLE_FIELDS = [
  'id',
  'date',
  'endDate',
  'datePrecision',
  'category',
  'description',
  'placeName',
  'latitude',
  'longitude',
  'locationPrecision',
  'sources',
  'citations',
  'figureLow',
  'figureBest',
  'figureHigh',
  'measure',
  'notes',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/** What each field is called in the mapper and what its cells must hold (the type hint). */
export const FIELD_INFO: Record<TableField, { label: string; hint: string }> = {
  id: { label: 'Id', hint: 'text, unique per row; letters, digits, . _ : -' },
  date: { label: 'Date', hint: 'a date, in the format chosen beside it' },
  endDate: { label: 'End date', hint: 'a date, for a span of days' },
  datePrecision: { label: 'Date precision', hint: 'a code or word, read as chosen beside it' },
  category: { label: 'Category', hint: 'text: each value becomes a category' },
  description: { label: 'Description', hint: 'text' },
  placeName: { label: 'Place name', hint: 'text' },
  latitude: { label: 'Latitude', hint: 'a number, −90 to 90' },
  longitude: { label: 'Longitude', hint: 'a number, −180 to 180' },
  locationPrecision: { label: 'Location precision', hint: 'a code or radius, read as chosen beside it' },
  sources: { label: 'Source(s)', hint: 'text; several split by the separator' },
  citations: { label: 'Citations', hint: 'text; "publisher, date, title" split by the separator' },
  figureLow: { label: 'Figure: low', hint: 'a whole or decimal number ≥ 0' },
  figureBest: { label: 'Figure: best', hint: 'a number ≥ 0' },
  figureHigh: { label: 'Figure: high', hint: 'a number ≥ 0' },
  measure: { label: 'Measure', hint: 'text naming what the figure counts' },
  notes: { label: 'Notes', hint: 'text, added after the description' },
};

/** How a date column is written. A time after the date is read only by `iso-time`. */
export const DateFormatSchema = z.enum(['iso', 'iso-time', 'day-first', 'month-first']);
export type DateFormat = z.infer<typeof DateFormatSchema>;
export const DATE_FORMAT_LABEL: Record<DateFormat, string> = {
  iso: 'ISO (2024-03-15)',
  'iso-time': 'ISO with time (2024-03-15 14:30)',
  'day-first': 'Day first (15/03/2024, 15 March 2024)',
  'month-first': 'Month first (03/15/2024, March 15 2024)',
};

/** How a date precision column reads: ACLED's time_precision, UCDP's date_prec, or words. */
export const DatePrecisionCodeSchema = z.enum(['acled', 'ucdp', 'words']);
export type DatePrecisionCode = z.infer<typeof DatePrecisionCodeSchema>;
export const DATE_PRECISION_CODE_LABEL: Record<DatePrecisionCode, string> = {
  acled: 'ACLED time_precision (1 day, 2 approximate, 3 month)',
  ucdp: 'UCDP date_prec (1–5)',
  words: 'Words (day, approx, month)',
};

/** How a location precision column reads: ACLED's geo_precision, UCDP's where_prec, or a radius in km. */
export const LocationPrecisionCodeSchema = z.enum(['acled', 'ucdp', 'km']);
export type LocationPrecisionCode = z.infer<typeof LocationPrecisionCodeSchema>;
export const LOCATION_PRECISION_CODE_LABEL: Record<LocationPrecisionCode, string> = {
  acled: 'ACLED geo_precision (1 exact, 2 ≈ 25 km, 3 ≈ 100 km)',
  ucdp: 'UCDP where_prec (1–7)',
  km: 'Radius in km (0 or empty: exact)',
};

/** A figure with only a low value: ACLED's fatalities are a conservative count, so "at least" by default. */
export const LoneFigureBoundSchema = z.enum(['at-least', 'exact', 'about']);

export const PresetIdSchema = z.enum(['acled', 'ucdp', 'timemap', 'custom']);
export type PresetId = z.infer<typeof PresetIdSchema>;

const header = z.string().min(1).max(300);

export const TableMappingSchema = z
  .object({
    preset: PresetIdSchema,
    /** The column header each field is filled from. */
    columns: z.partialRecord(z.enum(TABLE_FIELDS), header),
    dateFormat: DateFormatSchema,
    endDateFormat: DateFormatSchema,
    datePrecisionCode: DatePrecisionCodeSchema,
    locationPrecisionCode: LocationPrecisionCodeSchema,
    /** Splits a cell naming several sources (or citations). */
    separator: z.string().min(1).max(3),
    loneFigureBound: LoneFigureBoundSchema,
    /** Written before every id from the table (UCDP's numbers become `ucdp-540101`). */
    idPrefix: z
      .string()
      .max(20)
      .regex(/^[A-Za-z0-9._:-]*$/),
    /** Labels for coded category values (UCDP's type_of_violence 1/2/3). */
    categoryLabels: z.record(z.string().max(40), z.string().min(1).max(300)).optional(),
    /** Who coded the figures (ACLED, UCDP): the source every figure names; else the row's first source. */
    coder: z.object({ id: z.string().min(1).max(40), name: z.string().min(1).max(300) }).optional(),
    /** The measure a figure counts when no measure column is mapped (else named after the column). */
    measure: z
      .object({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/),
        label: z.string().min(1).max(300),
        unit: z.string().min(1).max(40),
      })
      .optional(),
  })
  .strict();
export type TableMapping = z.infer<typeof TableMappingSchema>;

const BASE: Omit<TableMapping, 'preset' | 'columns'> = {
  dateFormat: 'iso',
  endDateFormat: 'iso',
  datePrecisionCode: 'words',
  locationPrecisionCode: 'km',
  separator: ';',
  loneFigureBound: 'exact',
  idPrefix: '',
};

export interface Preset {
  id: PresetId;
  label: string;
  /** Headers that tell a table of this shape. */
  signature: readonly string[];
  mapping: TableMapping;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'acled',
    label: 'ACLED export',
    signature: ['event_id_cnty', 'event_date', 'time_precision', 'geo_precision', 'fatalities'],
    mapping: {
      ...BASE,
      preset: 'acled',
      columns: {
        id: 'event_id_cnty',
        date: 'event_date',
        datePrecision: 'time_precision',
        category: 'event_type',
        description: 'notes',
        placeName: 'location',
        latitude: 'latitude',
        longitude: 'longitude',
        locationPrecision: 'geo_precision',
        sources: 'source',
        figureLow: 'fatalities',
      },
      datePrecisionCode: 'acled',
      locationPrecisionCode: 'acled',
      loneFigureBound: 'at-least',
      coder: { id: 'acled', name: 'ACLED (coder)' },
      measure: { id: 'fatalities', label: 'Fatalities (ACLED, conservative count)', unit: 'people' },
    },
  },
  {
    id: 'ucdp',
    label: 'UCDP GED',
    signature: ['date_start', 'date_end', 'date_prec', 'where_prec', 'best', 'low', 'high'],
    mapping: {
      ...BASE,
      preset: 'ucdp',
      columns: {
        id: 'id',
        date: 'date_start',
        endDate: 'date_end',
        datePrecision: 'date_prec',
        category: 'type_of_violence',
        description: 'dyad_name',
        notes: 'source_headline',
        placeName: 'where_coordinates',
        latitude: 'latitude',
        longitude: 'longitude',
        locationPrecision: 'where_prec',
        sources: 'source_office',
        citations: 'source_article',
        figureLow: 'low',
        figureBest: 'best',
        figureHigh: 'high',
      },
      // UCDP writes "2024-01-05 00:00:00.000": the date part is the date, midnight is no time of day.
      datePrecisionCode: 'ucdp',
      locationPrecisionCode: 'ucdp',
      idPrefix: 'ucdp-',
      categoryLabels: { '1': 'State-based violence', '2': 'Non-state violence', '3': 'One-sided violence' },
      coder: { id: 'ucdp', name: 'Uppsala Conflict Data Program (coder)' },
      measure: { id: 'deaths', label: 'Deaths (UCDP best, low, high)', unit: 'people' },
    },
  },
  {
    id: 'timemap',
    label: 'TimeMap export',
    signature: ['date', 'time', 'location', 'latitude', 'longitude', 'description', 'sources'],
    mapping: {
      ...BASE,
      preset: 'timemap',
      columns: {
        id: 'id',
        date: 'date',
        category: 'category',
        description: 'description',
        placeName: 'location',
        latitude: 'latitude',
        longitude: 'longitude',
        sources: 'sources',
      },
      // TimeMap sheets are written month-first (the format its Google Sheets template uses).
      dateFormat: 'month-first',
      endDateFormat: 'month-first',
    },
  },
];

export const CUSTOM_MAPPING: TableMapping = { ...BASE, preset: 'custom', columns: {} };

const norm = (h: string) => h.trim().toLowerCase();

/** The preset whose signature headers are all in the table, or null. */
export function detectPreset(headers: readonly string[]): Preset | null {
  const have = new Set(headers.map(norm));
  return PRESETS.find((p) => p.signature.every((h) => have.has(h))) ?? null;
}

/**
 * A preset's mapping fitted to a table: a field whose column the table lacks is left unmapped (UCDP files
 * without `source_headline`, an ACLED export without `notes`); header case and spaces do not matter.
 */
export function fitMapping(mapping: TableMapping, headers: readonly string[]): TableMapping {
  const byNorm = new Map(headers.map((h) => [norm(h), h]));
  const columns: TableMapping['columns'] = {};
  for (const field of TABLE_FIELDS) {
    const wanted = mapping.columns[field];
    const found = wanted === undefined ? undefined : byNorm.get(norm(wanted));
    if (found !== undefined) columns[field] = found;
  }
  return { ...mapping, columns };
}

/** Common header words per field, for a table no preset knows. */
const GUESSES: Partial<Record<TableField, readonly string[]>> = {
  id: ['id', 'event_id', 'identifier'],
  date: ['date', 'event_date', 'date_start', 'start_date', 'day'],
  endDate: ['end_date', 'date_end', 'end'],
  category: ['category', 'type', 'event_type'],
  description: ['description', 'summary', 'event', 'title'],
  placeName: ['place', 'location', 'place_name', 'town', 'city'],
  latitude: ['latitude', 'lat', 'y'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x'],
  sources: ['source', 'sources'],
  figureLow: ['low', 'min', 'fatalities', 'deaths', 'killed', 'count'],
  figureBest: ['best'],
  figureHigh: ['high', 'max'],
  measure: ['measure'],
  notes: ['notes', 'note', 'comment', 'comments'],
};

/**
 * The date formats of a mapping fitted to the sample rows: an ACLED export written "15 March 2024" reads
 * day first without a hand edit; a format the samples do not contradict is kept.
 */
export function fitDateFormats(
  mapping: TableMapping,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): TableMapping {
  const samples = (header: string | undefined) => {
    const at = header === undefined ? -1 : headers.indexOf(header);
    return at < 0 ? [] : rows.map((r) => r[at] ?? '');
  };
  const date = detectDateFormat(samples(mapping.columns.date), mapping.dateFormat);
  const end = detectDateFormat(samples(mapping.columns.endDate), mapping.endDateFormat);
  return { ...mapping, dateFormat: date ?? mapping.dateFormat, endDateFormat: end ?? mapping.endDateFormat };
}

/** The mapping for a table: its preset when it has a known shape, else a guess from its headers. */
export function suggestMapping(
  headers: readonly string[],
  rows: readonly (readonly string[])[] = [],
): TableMapping {
  return fitDateFormats(guessMapping(headers), headers, rows);
}

function guessMapping(headers: readonly string[]): TableMapping {
  const preset = detectPreset(headers);
  if (preset) return fitMapping(preset.mapping, headers);
  const byNorm = new Map(headers.map((h) => [norm(h), h]));
  const columns: TableMapping['columns'] = {};
  const used = new Set<string>();
  for (const field of TABLE_FIELDS) {
    const found = (GUESSES[field] ?? []).map((g) => byNorm.get(g)).find((h) => h && !used.has(h));
    if (found) {
      columns[field] = found;
      used.add(found);
    }
  }
  return { ...CUSTOM_MAPPING, columns };
}
