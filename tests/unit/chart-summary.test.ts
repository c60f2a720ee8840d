import { describe, expect, it } from 'vitest';
import { chartSummary, NAMED_FIGURES } from '../../src/data/chart-summary';
import {
  chartReference,
  collectEstimates,
  deployedForce,
  disparityRatio,
  disparityRows,
} from '../../src/data/estimates';
import { generateAcledShaped } from '../../src/data/generate';
import { tallies } from '../../src/data/tallies';
import { parseDataset } from '../../src/data/validate';
import { assessedRange, bundledDataset, estimateRow } from './helpers/factories';

const bundled = bundledDataset();
const all = collectEstimates(bundled, bundled.claims, bundled.events);
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;

describe('chartSummary', () => {
  it('names every estimate, the disparity and the force when there are few', () => {
    const rows = disparityRows(all, 'killed-wounded', chartReference(bundled).asOfDate);
    const text = chartSummary({
      measure: { label: 'Killed and wounded' },
      rows,
      ratio: disparityRatio(rows),
      deployed: deployedForce(all, chartReference(bundled)),
      range: null,
    });
    expect(text).toContain('ROK JCS: more than 1,100 killed and wounded (23 Dec 2024, in the article)');
    expect(text).toContain('Zelensky: more than 3,000 killed and wounded (23 Dec 2024, in the article)');
    expect(text).toContain('2.7×');
    expect(text).toContain('Deployed force for scale: about 12,000 (10,000–12,000 across sources).');
  });

  it('says when the filters hide everything, and when there is only one estimate', () => {
    const none = { measure: { label: 'Killed' }, rows: [], ratio: null, deployed: null, range: null };
    expect(chartSummary(none)).toBe('No estimate of killed passes the current filters.');
    const one = chartSummary({ ...none, rows: [estimateRow('NIS', 'at-least', 100)] });
    expect(one).toContain('NIS: at least 100 killed');
    expect(one).toContain('A single estimate');
  });

  it(`names up to ${NAMED_FIGURES} figures; beyond, counts them and gives lowest, highest, median and spread by source`, () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      estimateRow(`S${i % 7}`, 'exact', (i + 1) * 10, undefined, {
        key: `k${i}`,
        origin: 'context',
        date: { date: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`, precision: 'day' },
      }),
    );
    const text = chartSummary({
      measure: { label: 'Killed' },
      rows,
      ratio: null,
      deployed: null,
      range: null,
    });
    expect(text).toContain('Killed: 40 figures from 7 sources, 1 Jan 2024 – 1 Dec 2024.');
    expect(text).toContain('The lowest is S0: 10 killed');
    expect(text).toContain('the highest S4: 400 killed');
    expect(text).toContain('the median is 205');
    expect(text).toMatch(/By source: S0 6 figures, 10 to 360; .*; and 2 more sources\./);
    expect(sentences(text)).toBeLessThanOrEqual(4);
    // No figure is listed one by one.
    expect(text).not.toContain('S3: 40 killed');

    const eight = chartSummary({
      measure: { label: 'Killed' },
      rows: rows.slice(0, 8),
      ratio: null,
      deployed: null,
      range: null,
    });
    expect(eight).toContain('S3: 40 killed');
  });

  it('reads well on 1,000 ACLED-shaped events: claims named, tallies summarised as counts, not totals', () => {
    const parsed = parseDataset(generateAcledShaped({ events: 1_000, sources: 30, seed: 1 }));
    if (!parsed.ok) throw new Error('generated data must be valid');
    const { data } = parsed;
    const estimates = collectEstimates(data, data.claims, data.events);
    const rows = disparityRows(
      estimates,
      'fatalities',
      chartReference(data).asOfDate,
      tallies(estimates, 'fatalities', 'all'),
    );
    const text = chartSummary({
      measure: { label: 'Fatalities' },
      rows,
      ratio: disparityRatio(rows),
      deployed: null,
      range: null,
    });
    expect(text).toMatch(/^Fatalities: Ukrainska Pravda: more than 1,100 fatalities/);
    expect(text).toContain(
      '30 tallies of event figures from 30 sources (counts of coded events, not claimed totals), summing 1,000 coded events',
    );
    expect(text.length).toBeLessThan(1_200);
    expect(sentences(text)).toBeLessThanOrEqual(6);
  });

  it('states the analyst’s assessed range, its reasoning and what it rests on, as the analyst’s', () => {
    const rows = disparityRows(all, 'killed-wounded', chartReference(bundled).asOfDate);
    const text = chartSummary({
      measure: { label: 'Killed and wounded' },
      rows,
      ratio: null,
      deployed: null,
      range: assessedRange({ confidence: 'moderate' }),
      rangeCites: ['ROK JCS: more than 1,100'],
    });
    expect(text).toContain(
      'Analyst’s assessment (as of 23 Dec 2024): likely (55–80 %) between 1,500 and 4,000 killed and wounded, best estimate 3,000; moderate confidence.',
    );
    expect(text).toContain('Reasoning: JCS counts confirmed casualties only');
    expect(text).toContain('It rests on ROK JCS: more than 1,100.');
  });
});
