/** The bundled dataset (public/data/dataset.json): what the product promises about its data, proven on the file we ship. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateInterval, dayNumber } from '../../src/data/dates';
import { parseDataset } from '../../src/data/validate';
import { bundledDataset, bundledRaw } from './helpers/factories';

const dataset = bundledDataset();
const text = dataset.documents[0]?.text ?? '';

describe('the bundled dataset', () => {
  it('passes the schema and every cross-check', () => {
    const result = parseDataset(bundledRaw());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('carries the article text exactly as the reference copy', () => {
    const reference = readFileSync(resolve(__dirname, '../../docs/reference/article.txt'), 'utf8');
    expect(text).toBe(reference);
  });

  it('quotes every claim word for word, at its stated position', () => {
    for (const claim of dataset.claims) {
      expect(claim.documentId).toBe(dataset.documents[0]?.id);
      expect(text.slice(claim.position?.start, claim.position?.end), claim.id).toBe(claim.quote);
    }
  });

  it('names the documents behind the context without text: citations only, quoted by no claim', () => {
    const [article, ...others] = dataset.documents;
    expect(article?.text).toBeTruthy();
    expect(others.map((d) => d.kind)).toEqual(['statement', 'social-post', 'briefing']);
    for (const d of others) expect(d.text, d.id).toBeUndefined();
  });

  it('declares every category it uses, and is the same dataset as its version 1 file, migrated', () => {
    const used = new Set([
      ...dataset.claims.map((c) => c.category),
      ...dataset.events.flatMap((e) => [e.category, ...e.alsoCategories]),
    ]);
    expect(dataset.categories.map((c) => c.id).sort()).toEqual([...used].sort());
    const v1 = parseDataset(
      JSON.parse(readFileSync(resolve(__dirname, '../fixtures/dataset-v1.json'), 'utf8')),
    );
    if (!v1.ok) throw new Error('the version 1 file no longer reads');
    expect(v1.migratedFrom).toBe(1);
    const { documents, version, region, ...rest } = dataset;
    const { documents: v1Documents, version: v1Version, ...v1Rest } = v1.data;
    expect(region).toBe('Kursk area');
    expect([version, v1Version]).toEqual(['1.2.0', '1.1.0']);
    expect(rest).toEqual(v1Rest);
    expect(documents[0]).toEqual(v1Documents[0]);
  });

  it('has a claim for every number the article states', () => {
    const numbers = [...text.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)].map((m) => Number(m[0].replace(/,/g, '')));
    expect(numbers.length).toBeGreaterThan(0);
    const figures = new Set(dataset.claims.flatMap((c) => (c.figure ? [c.figure.low, c.figure.high] : [])));
    for (const n of numbers) expect(figures, `no claim carries ${n}`).toContain(n);
  });

  it('covers every paragraph of the article with at least one claim', () => {
    let offset = 0;
    for (const paragraph of text.split('\n')) {
      const [start, end] = [offset, offset + paragraph.length];
      offset = end + 1;
      const covered = dataset.claims.some(
        (c) => c.position && c.position.start >= start && c.position.end <= end,
      );
      expect(covered, `no claim in: ${paragraph.slice(0, 60)}…`).toBe(true);
    }
  });

  it('keeps the two casualty sources apart and records the article’s blend of them', () => {
    const casualty = dataset.claims.filter((c) => c.figure?.measure === 'killed-wounded');
    const bySource = (id: string) => casualty.filter((c) => c.sourceId === id).map((c) => c.figure);
    expect(bySource('jcs')).toContainEqual(expect.objectContaining({ bound: 'more-than', low: 1100 }));
    expect(bySource('zelensky')).toContainEqual(expect.objectContaining({ bound: 'more-than', low: 3000 }));
    const blend = casualty.find((c) => c.figure?.bound === 'range');
    expect(blend?.figure).toMatchObject({ low: 1100, high: 3000 });
    expect(blend?.attributionNote).toBeTruthy();
    const deployed = dataset.claims.find((c) => c.figure?.measure === 'troops-deployed');
    expect(deployed?.figure).toMatchObject({ bound: 'about', low: 12000 });
  });

  it('cites at least one public http(s) source for every context event', () => {
    const context = dataset.events.filter((e) => e.origin !== 'article');
    expect(context.length).toBeGreaterThanOrEqual(35);
    for (const event of context) {
      expect(event.citations.length, event.id).toBeGreaterThan(0);
      for (const c of event.citations) expect(c.url, event.id).toMatch(/^https?:\/\//);
    }
  });

  it('has every dated row of the reference notes (sections A and B) as an event', () => {
    const notes = readFileSync(resolve(__dirname, '../../docs/reference/context-events.md'), 'utf8');
    const sections = notes.split(/^## /m).filter((s) => /^[AB]\. /.test(s));
    const rows = sections.flatMap((s) => s.split('\n').filter((l) => /^\| \d{4}-\d{2}/.test(l)));
    const dates = rows.map((l) => /^\| (\d{4}-\d{2}(?:-\d{2})?)/.exec(l)?.[1] ?? '');
    expect(dates.length).toBeGreaterThanOrEqual(35);
    // A row's date must fall inside some event's date at its precision (an approx span may start earlier).
    const intervals = dataset.events.map((e) => dateInterval(e.date));
    for (const d of dates) {
      const day = dayNumber(d.length === 7 ? `${d}-01` : d);
      expect(
        intervals.some((i) => i.start <= day && day <= i.end),
        `no event dated ${d}`,
      ).toBe(true);
    }
    expect(dataset.events.filter((e) => e.origin !== 'article').length).toBeGreaterThanOrEqual(rows.length);
  });

  it('draws approximate places as areas, never as exact pins', () => {
    const approximate = ['Makhnovka', 'Novoivanovka', 'Kurilovka', 'Vorobzha', 'Martynovka'];
    for (const name of approximate) {
      const place = dataset.places.find((p) => p.name.startsWith(name));
      expect(place?.precision.kind, name).toBe('approximate');
    }
    expect(dataset.places.find((p) => p.name.startsWith('Sudzha'))?.precision.kind).toBe('exact');
  });
});
