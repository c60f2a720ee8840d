/** The caption every export carries (src/data/export/caption.ts), and its lines (lib/export/caption-model.ts). */
import { describe, expect, it } from 'vitest';
import { buildCaption } from '../../src/data/export/caption';
import { captionBody, captionText, formatExportTime } from '../../src/lib/export/caption-model';
import { DEFAULT_FILTERS, type Filters } from '../../src/data/filters';
import { makeDataset } from './helpers/factories';

const AT = new Date(Date.UTC(2026, 10, 28, 9, 5));
const dataset = makeDataset();

function caption(filters: Partial<Filters> = {}, marking = '') {
  return buildCaption({
    dataset,
    filters: { ...DEFAULT_FILTERS, ...filters },
    viewTitle: 'Estimate disparity',
    subtitle: 'Killed and wounded, absolute',
    exportedAt: AT,
    marking,
  });
}

describe('the caption model', () => {
  it('says what it shows, from which sources with their grades, in which version, as of when', () => {
    const c = caption();
    expect(c.title).toBe('Estimate disparity');
    expect(c.subtitle).toBe('Killed and wounded, absolute');
    expect(c.filters).toBe('Filters: none (all claims and events)');
    expect(c.sources).toBe('Sources (reliability A–F): JCS (B), Zelensky (C)');
    expect(c.documents).toBe('Source: Test article, 23 Dec 2024');
    expect(c.dataset).toBe('Dataset test-dataset, version 1.0.0');
    expect(c.exported).toBe('Exported 28 Nov 2026, 09:05 UTC');
    expect(c.marking).toBeNull();
  });

  it('names only the sources the filters let through, and the filters themselves', () => {
    const c = caption({
      hiddenSources: ['zelensky'],
      categories: ['casualty-estimate'],
      origins: ['article', 'context'],
      dateFrom: '2024-10-01',
      dateTo: null,
      minReliability: 'C',
      search: 'wounded',
    });
    expect(c.sources).toBe('Sources (reliability A–F): JCS (B)');
    // The same words as the filter chips on screen, in the same order.
    expect(c.filters).toBe(
      'Filters: Hidden: Zelensky; Sources graded C or better; Categories: Casualty estimate; ' +
        'Origin: Article, Context; Dates: 1 Oct 2024 – the end; Search: “wounded”',
    );
  });

  it('says when the filters leave no source', () => {
    expect(caption({ hiddenSources: ['jcs', 'zelensky'] }).sources).toBe('Sources: none shown');
  });

  it('prints the marking top and bottom when set, and trims it', () => {
    const c = caption({}, '  OFFICIAL  ');
    expect(c.marking).toBe('OFFICIAL');
    const lines = captionText(c).split('\n');
    expect(lines[0]).toBe('OFFICIAL');
    expect(lines.at(-1)).toBe('OFFICIAL');
  });

  it('lists the body lines in reading order, with a credit when the view needs one', () => {
    const c = buildCaption({
      dataset,
      filters: DEFAULT_FILTERS,
      viewTitle: 'Map',
      credit: 'Map data: © OpenStreetMap contributors',
      exportedAt: AT,
      marking: '',
    });
    expect(captionBody(c)).toEqual([
      'Filters: none (all claims and events)',
      'Sources (reliability A–F): JCS (B), Zelensky (C)',
      'Source: Test article, 23 Dec 2024',
      'Dataset test-dataset, version 1.0.0 · Exported 28 Nov 2026, 09:05 UTC',
      'Map data: © OpenStreetMap contributors',
    ]);
  });

  it('prints the analyst’s judgement the view shows, after the filters', () => {
    const c = buildCaption({
      dataset,
      filters: DEFAULT_FILTERS,
      viewTitle: 'Estimate disparity',
      judgement: 'Analyst’s assessment (as of 23 Dec 2024): likely (55–80 %) between 1,500 and 4,000.',
      exportedAt: AT,
      marking: '',
    });
    expect(captionBody(c).slice(0, 2)).toEqual([
      'Filters: none (all claims and events)',
      'Analyst’s assessment (as of 23 Dec 2024): likely (55–80 %) between 1,500 and 4,000.',
    ]);
    expect(caption().judgement).toBeNull();
  });

  it('writes the export time in UTC whatever the local zone', () => {
    expect(formatExportTime(new Date('2024-12-31T23:59:00Z'))).toBe('31 Dec 2024, 23:59 UTC');
  });
});
