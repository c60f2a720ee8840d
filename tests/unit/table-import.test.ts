/** Tables → datasets: reading, presets, row errors and what is written into the description. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesFromGeoJson, withPlaces } from '../../src/data/geojson-places';
import { acledShapedCsv, encodeWindows1252, placesGeoJson } from '../../src/data/generate-tables';
import { LIMITS } from '../../src/data/limits';
import { createTableConverter, mappingProblems } from '../../src/data/table-convert';
import { detectDateFormat, readDate } from '../../src/data/table-dates';
import { rowErrorsAsProblems, tableTooLarge } from '../../src/data/table-import';
import { convertTable, previewTable, type TableMessage } from '../../src/data/table-job';
import { CUSTOM_MAPPING, PRESETS, suggestMapping, type TableMapping } from '../../src/data/table-mapping';
import { cleanHeaders, decodeTable, sniff } from '../../src/data/table-read';
import type { Dataset } from '../../src/data/validate';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', name));
const META = { fileName: 't.csv', readAs: 'CSV', today: '2026-12-06' };

/** Runs a whole import as the worker does: preview, suggested (or given) mapping, conversion. */
async function importTable(
  bytes: Uint8Array<ArrayBuffer> | string,
  fileName: string,
  mapping?: TableMapping,
) {
  const file = new Blob([bytes]);
  const preview = await previewTable(file, fileName, {});
  if (preview.type !== 'preview')
    return { preview, messages: [], dataset: null, converted: null, mapping: null };
  const chosen = mapping ?? suggestMapping(preview.preview.headers, preview.preview.rows);
  const messages: TableMessage[] = [];
  await convertTable(
    { type: 'convert', file, fileName, options: {}, mapping: chosen, today: '2026-12-06' },
    (m) => {
      messages.push(m);
    },
  );
  let dataset: Dataset | null = null;
  for (const m of messages) {
    if (m.type === 'dataset-head') dataset = m.head;
    if (m.type === 'dataset-events' && dataset)
      dataset = { ...dataset, events: [...dataset.events, ...m.events] };
  }
  const converted = messages.find((m) => m.type === 'converted');
  return {
    preview,
    messages,
    dataset,
    converted: converted?.type === 'converted' ? converted : null,
    mapping: chosen,
  };
}

/** One CSV line's cells (the fixtures quote only where a cell holds a comma or quote). */
const cellsOf = (line: string) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) =>
    (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
  );

describe('reading a table file', () => {
  it('tells UTF-8 with and without BOM, Windows-1252, XLSX and binary junk apart', () => {
    const enc = new TextEncoder();
    expect(sniff(enc.encode('a,b\n1,2'), 'x.csv')).toMatchObject({ ok: true, encoding: 'utf-8', bom: false });
    expect(sniff(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'x.csv')).toMatchObject({
      encoding: 'utf-8',
      bom: true,
    });
    expect(sniff(new Uint8Array([0x61, 0xe9, 0x2c, 0x62]), 'x.csv')).toMatchObject({
      encoding: 'windows-1252',
    });
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'x.csv')).toMatchObject({ kind: 'xlsx' });
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(sniff(junk, 'junk.csv')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('binary data'),
    });
  });

  it('decodes Windows-1252 dashes and quotes, and drops a UTF-8 BOM', () => {
    expect(decodeTable(new Uint8Array([0x41, 0x96, 0x93, 0x94, 0xe9]), 'windows-1252')).toBe('A–“”é');
    expect(decodeTable(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'utf-8')).toBe('a');
    expect(decodeTable(encodeWindows1252('Épsilon – “x”'), 'windows-1252')).toBe('Épsilon – “x”');
  });

  it('names empty and repeated headers', () => {
    expect(cleanHeaders(['id', '', 'id', ' notes '])).toEqual(['id', 'Column 2', 'id (2)', 'notes']);
  });

  it('guesses the delimiter and can be told another', async () => {
    const text = 'id;date;place\n1;2024-01-02;A\n2;2024-01-03;B\n';
    const guessed = await previewTable(new Blob([text]), 'x.csv', {});
    expect(guessed).toMatchObject({
      type: 'preview',
      preview: { delimiter: ';', headers: ['id', 'date', 'place'] },
    });
    const forced = await previewTable(new Blob([text]), 'x.csv', { delimiter: ',' });
    expect(forced).toMatchObject({ preview: { delimiter: ',', headers: ['id;date;place'] } });
    const tsv = await previewTable(new Blob(['a\tb\n1\t2\n']), 'x.tsv', {});
    expect(tsv).toMatchObject({ preview: { delimiter: '\t', headers: ['a', 'b'], rows: [['1', '2']] } });
  });

  it('refuses 10,000 columns, binary junk and an oversized file by reason', async () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',') + '\n';
    expect(await previewTable(new Blob([wide]), 'wide.csv', {})).toEqual({
      type: 'refused',
      errors: [
        { row: 0, column: 'header', reason: 'the header row has 10,000 columns; at most 500 are read' },
      ],
    });
    const junk = new Uint8Array(2048).map((_, i) => (i * 31) % 256);
    const refused = await previewTable(new Blob([junk]), 'junk.csv', {});
    expect(refused.type === 'refused' && refused.errors[0]?.reason).toMatch(/not a text table/);
    // A size only: nothing is read.
    const huge = { size: 2 * 1024 ** 3 } as Blob;
    expect(tableTooLarge(huge)?.reason).toBe(
      'is too large: 2,048 MB, at most 256 MB allowed for a table; it was not read',
    );
  });
});

describe('dates as tables write them', () => {
  it('reads each format, and never moves an impossible date', () => {
    expect(readDate('2024-03-15', 'iso')).toEqual({ ok: true, date: '2024-03-15' });
    expect(readDate('2024-03-15 00:00:00.000', 'iso')).toEqual({ ok: true, date: '2024-03-15' });
    expect(readDate('2024-03-15T14:30', 'iso-time')).toEqual({ ok: true, date: '2024-03-15', time: '14:30' });
    expect(readDate('15/03/2024', 'day-first')).toEqual({ ok: true, date: '2024-03-15' });
    expect(readDate('15 March 2024', 'day-first')).toEqual({ ok: true, date: '2024-03-15' });
    expect(readDate('03/15/2024', 'month-first')).toEqual({ ok: true, date: '2024-03-15' });
    expect(readDate('March 15, 2024', 'month-first')).toEqual({ ok: true, date: '2024-03-15' });
    expect(readDate('31/02/2024', 'day-first')).toEqual({
      ok: false,
      reason: '"31/02/2024" is not a real calendar date (read day first (DD/MM/YYYY))',
    });
    expect(readDate('03/15/2024', 'day-first').ok).toBe(false);
  });

  it('detects a column format from its samples, keeping the preferred one when it reads them all', () => {
    expect(detectDateFormat(['15 March 2024', '2 April 2024'], 'iso')).toBe('day-first');
    expect(detectDateFormat(['03/04/2024'], 'month-first')).toBe('month-first');
    expect(detectDateFormat(['03/04/2024', '25/04/2024'], 'month-first')).toBe('day-first');
    expect(detectDateFormat(['soon'], 'iso')).toBeNull();
  });
});

describe('presets', () => {
  it('fill the mapper for ACLED, UCDP GED and TimeMap from their headers', () => {
    for (const preset of PRESETS) {
      const headers = Object.values(preset.mapping.columns);
      expect(suggestMapping([...new Set([...headers, ...preset.signature])]).preset).toBe(preset.id);
    }
    expect(suggestMapping(['Date', 'Place', 'Lat', 'Lon']).columns).toEqual({
      date: 'Date',
      placeName: 'Place',
      latitude: 'Lat',
      longitude: 'Lon',
    });
  });

  it('ACLED: time_precision, geo_precision radii, sources split, event types, fatalities as "at least"', async () => {
    const { dataset, converted, mapping } = await importTable(
      fixture('acled-shaped.csv'),
      'acled-shaped.csv',
    );
    expect(mapping?.preset).toBe('acled');
    expect(converted?.summary).toMatchObject({ rowsRead: 40, rowsUsed: 40, errorCount: 0 });
    const d = dataset as Dataset;
    expect(d.events).toHaveLength(40);
    expect(d.categories.map((c) => c.label).sort()).toEqual([
      'Battles',
      'Explosions/Remote violence',
      'Strategic developments',
      'Violence against civilians',
    ]);
    const [headerLine = '', ...lines] = fixture('acled-shaped.csv').toString('utf8').split('\r\n');
    const header = headerLine.split(',');
    const col = (name: string) => header.indexOf(name);
    lines.filter(Boolean).forEach((line, i) => {
      const cells = cellsOf(line);
      const e = d.events[i];
      const tp = cells[col('time_precision')];
      expect(e?.date.precision).toBe(tp === '1' ? 'day' : tp === '2' ? 'approx' : 'month');
      const place = d.places.find((p) => p.id === e?.placeIds[0]);
      const gp = cells[col('geo_precision')];
      expect(place?.precision).toEqual(
        gp === '1' ? { kind: 'exact' } : { kind: 'approximate', radiusKm: gp === '2' ? 25 : 100 },
      );
      const sourceNames = (cells[col('source')] ?? '').split(';').map((s) => s.trim());
      expect(e?.sourceIds.map((id) => d.sources.find((s) => s.id === id)?.name)).toEqual([
        ...new Set(sourceNames),
      ]);
      expect(e?.figures).toEqual([
        {
          measure: 'fatalities',
          bound: 'at-least',
          low: Number(cells[col('fatalities')]),
          sourceId: 's-acled',
        },
      ]);
    });
    expect(d.description).toContain('fatalities are ACLED\'s conservative count, read as "at least"');
  });

  it('UCDP GED in Windows-1252: one figure with its range, date_prec and where_prec honoured', async () => {
    const { dataset, converted, preview } = await importTable(
      fixture('ucdp-ged-shaped.csv'),
      'ucdp-ged-shaped.csv',
    );
    expect(preview.type === 'preview' && preview.preview.encoding).toBe('windows-1252');
    expect(converted?.summary.errorCount).toBe(0);
    const d = dataset as Dataset;
    expect(d.sources.map((s) => s.name)).toContain('Bulletin Épsilon');
    expect(d.categories.map((c) => c.label).sort()).toEqual([
      'Non-state violence',
      'One-sided violence',
      'State-based violence',
    ]);
    for (const e of d.events) {
      expect(e.id).toMatch(/^ucdp-6\d{5}$/);
      const [figure] = e.figures;
      expect(figure).toMatchObject({ measure: 'deaths', bound: 'range', sourceId: 's-ucdp' });
      expect(figure?.low).toBeLessThanOrEqual(figure?.best ?? -1);
      expect(figure?.best).toBeLessThanOrEqual(figure?.high ?? -1);
      if (e.date.precision === 'month') expect(e.date.date.endsWith('-01')).toBe(true);
      if (e.date.precision === 'approx' && e.date.end) expect(e.date.note).toMatch(/^date_prec [1-5]: /);
      expect(e.description).toMatch(/^Government of A – /);
    }
    const radii = new Set(d.places.map((p) => (p.precision.kind === 'exact' ? 0 : p.precision.radiusKm)));
    expect([...radii].every((r) => [0, 25, 50, 150, 650].includes(r))).toBe(true);
  });

  it('a citation title too long for the schema is cut, and the description says so', async () => {
    const long = 'x'.repeat(400);
    const csv = `date,source_article\n2024-01-02,"Outlet,2024-01-02,${long}"\n`;
    const mapping: TableMapping = {
      ...CUSTOM_MAPPING,
      columns: { date: 'date', citations: 'source_article' },
    };
    const { dataset } = await importTable(csv, 'long.csv', mapping);
    expect(dataset?.events[0]?.citations[0]?.title).toBe(`${'x'.repeat(299)}…`);
    expect(dataset?.description).toContain('1 citation titles longer than 300 characters were cut there');
  });

  it('TimeMap: month-first dates', async () => {
    const { dataset, mapping } = await importTable(fixture('timemap-shaped.csv'), 'timemap-shaped.csv');
    expect(mapping?.preset).toBe('timemap');
    expect(dataset?.events[0]?.date).toEqual({ date: '2024-01-24', precision: 'day' });
  });
});

const UNTIDY = [
  'id,date,lat,lon,source,low,high,note',
  '1,02/01/2024,50.1,36.2,Outlet A,1,2,fine',
  '2,31/02/2024,50.1,36.2,Outlet A,1,2,impossible date',
  '3,04/01/2024,200,36.2,Outlet A,1,2,latitude 200',
  '4,05/01/2024,50.1,36.2,Outlet A,5,3,high below low',
  '1,06/01/2024,50.1,36.2,Outlet A,1,2,duplicate id',
  ',07/01/2024,50.1,36.2,Outlet A,1,2,empty id',
  '7,08/01/2024,50.1,36.2',
  '8,09/01/2024,50.1,36.2,Outlet A,1,2,"=cmd|\' /C calc\'!A0"',
].join('\n');

describe('row errors, never silent fixes', () => {
  it('names each bad row by number, column and reason, and keeps formula text as text', async () => {
    const mapping: TableMapping = {
      ...CUSTOM_MAPPING,
      dateFormat: 'day-first',
      columns: {
        id: 'id',
        date: 'date',
        latitude: 'lat',
        longitude: 'lon',
        sources: 'source',
        figureLow: 'low',
        figureHigh: 'high',
        description: 'note',
      },
    };
    const { converted, dataset } = await importTable(UNTIDY, 'untidy.csv', mapping);
    expect(converted?.summary.errors).toEqual([
      {
        row: 3,
        column: 'date',
        reason: '"31/02/2024" is not a real calendar date (read day first (DD/MM/YYYY))',
      },
      { row: 4, column: 'lat', reason: '200 is outside −90 to 90' },
      { row: 5, column: 'high', reason: '3 is below low (5)' },
      { row: 6, column: 'id', reason: '"1" is already the id of row 2' },
      { row: 7, column: 'id', reason: 'is empty: every row needs its own id' },
      { row: 8, column: '', reason: 'has 4 cells where the header has 8' },
    ]);
    expect(dataset?.events.map((e) => e.id)).toEqual(['1', '8']);
    expect(dataset?.events[1]?.description).toBe("=cmd|' /C calc'!A0");
    expect(dataset?.description).toContain('8 rows read, 2 imported as events');
    expect(dataset?.description).toContain('Dropped 6 rows that could not be used');
  });

  it('the problem report names rows, and says "at least" past the cap', () => {
    const problems = rowErrorsAsProblems([{ row: 4, column: 'lat', reason: 'x' }], 3);
    expect(problems).toEqual({
      issues: [{ path: 'row 4', row: 'row 4', field: 'lat', message: 'x' }],
      capped: true,
    });
  });

  it('a mapping without a date, or naming a missing column, is stopped before reading', () => {
    expect(mappingProblems({ ...CUSTOM_MAPPING, columns: { id: 'nope' } }, ['id'])).toEqual([
      "Choose the column that holds each event's date.",
      'Id: the table has no column "nope".',
    ]);
  });

  it('a file error is listed first; without an id column ids come from row numbers, and it says so', () => {
    const c = createTableConverter(['date'], { ...CUSTOM_MAPPING, columns: { date: 'date' } }, META);
    c.add(['2024-01-01'], 2);
    c.fileError(`has more than ${LIMITS.rows} rows`);
    const result = c.finish();
    expect(result.errors).toEqual([{ row: 0, column: '', reason: 'has more than 250000 rows' }]);
    expect(result.dataset.events?.[0]?.id).toBe('row-2');
    expect(result.dataset.description).toContain('ids were made from row numbers');
  });

  it('a larger ACLED-shaped file converts every row', async () => {
    const { converted, dataset } = await importTable(acledShapedCsv(2_000, 9), 'big.csv');
    expect(converted?.summary).toMatchObject({ rowsRead: 2_000, rowsUsed: 2_000 });
    expect(dataset?.events).toHaveLength(2_000);
  });
});

describe('GeoJSON places', () => {
  it('points are exact places, polygons approximate ones; bad features are named', () => {
    const raw = JSON.parse(placesGeoJson()) as { features: unknown[] };
    raw.features.push(
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } },
      { type: 'Feature', properties: { name: 'Far' }, geometry: { type: 'Point', coordinates: [30, 200] } },
      { type: 'Feature', properties: { name: 'Line' }, geometry: { type: 'LineString', coordinates: [] } },
    );
    const result = placesFromGeoJson(raw, new Set(['geo-1']));
    expect(result.places).toHaveLength(9);
    expect(result.places[0]).toMatchObject({ id: 'geo-1-2', name: 'Kupiansk', precision: { kind: 'exact' } });
    expect(result.places[8]).toMatchObject({
      name: 'Invented front sector',
      precision: { kind: 'approximate' },
    });
    expect(result.errors).toEqual([
      { row: 10, column: 'properties.name', reason: 'is missing: every place needs a name' },
      { row: 11, column: 'geometry', reason: 'latitude 200 is outside −90 to 90' },
      { row: 12, column: 'geometry', reason: 'is a LineString; only points and polygons become places' },
    ]);
    const next = withPlaces(
      { version: '1.2.3', description: 'D.', places: [] },
      result,
      'p.geojson',
      '2026-12-06',
    );
    expect(next.version).toBe('1.2.4');
    expect(next.description).toContain('Places added on 2026-12-06 from p.geojson: 9');
    expect(next.description).toContain('3 features could not be used');
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(placesFromGeoJson([], new Set()).errors[0]?.reason).toBe('is not a GeoJSON FeatureCollection');
  });
});
