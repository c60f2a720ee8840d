/** Small factories for datasets in tests: a valid minimal dataset, and rows to vary. */
import type { Estimate } from '../../../src/data/estimates';
import type { AssessedRange, Bound, DatasetInput } from '../../../src/data/schema';
import { parseDataset, type Dataset } from '../../../src/data/validate';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ARTICLE_TEXT =
  'The JCS says over 1,100 troops were killed or wounded.\nZelensky said the figure could surpass 3,000 casualties. About 12,000 were deployed.';

type Row<K extends keyof DatasetInput> = DatasetInput[K] extends readonly (infer T)[] | undefined ? T : never;

export function source(overrides: Partial<Row<'sources'>> = {}): Row<'sources'> {
  return {
    id: 'jcs',
    name: 'Joint Chiefs of Staff (South Korea)',
    shortName: 'JCS',
    kind: 'military',
    country: 'South Korea',
    reliability: 'B',
    reliabilityRationale: 'Official military body with its own intelligence.',
    ...overrides,
  };
}

export function claim(overrides: Partial<Row<'claims'>> = {}): Row<'claims'> {
  return {
    id: 'c-jcs',
    sourceId: 'jcs',
    documentId: 'article',
    quote: 'over 1,100 troops were killed or wounded',
    category: 'casualty-estimate',
    summary: 'JCS: over 1,100 killed or wounded',
    figure: { measure: 'killed-wounded', bound: 'more-than', low: 1100, stated: 'over 1,100' },
    asOf: { date: '2024-12-23', precision: 'day' },
    placeIds: [],
    credibility: 2,
    credibilityRationale: 'Consistent with other estimates.',
    ...overrides,
  };
}

export function event(overrides: Partial<Row<'events'>> = {}): Row<'events'> {
  return {
    id: 'e-1',
    date: { date: '2024-12-19', precision: 'day' },
    category: 'casualty-estimate',
    description: 'NIS briefing on casualties.',
    origin: 'context',
    sourceIds: ['jcs'],
    citations: [{ title: 'A report', publisher: 'A publisher', url: 'https://example.org/report' }],
    confidence: 'confirmed',
    ...overrides,
  };
}

/** The one document of the test dataset, which its claims quote. */
export const ARTICLE_DOCUMENT: Row<'documents'> = {
  id: 'article',
  title: 'Test article',
  kind: 'news-report',
  date: { date: '2024-12-23', precision: 'day' },
  dateConfidence: 'high',
  dateReasoning: 'Test.',
  text: ARTICLE_TEXT,
};

/** The categories the test rows use. */
export const TEST_CATEGORIES = [
  { id: 'casualty-estimate', label: 'Casualty estimate', colour: '#D55E00' },
  { id: 'deployment', label: 'Deployment', colour: '#0072B2' },
  { id: 'equipment', label: 'Equipment' },
  { id: 'border', label: 'Border' },
  { id: 'pact', label: 'Pact' },
];

export function datasetInput(overrides: Partial<DatasetInput> = {}): DatasetInput {
  return {
    schemaVersion: 2,
    id: 'test-dataset',
    version: '1.0.0',
    title: 'Test dataset',
    description: 'A small dataset for tests.',
    defaultMeasure: 'killed-wounded',
    referenceMeasure: 'troops-deployed',
    documents: [ARTICLE_DOCUMENT],
    categories: TEST_CATEGORIES,
    sources: [
      source(),
      source({
        id: 'zelensky',
        name: 'Volodymyr Zelensky',
        shortName: 'Zelensky',
        kind: 'head-of-state',
        country: 'Ukraine',
        reliability: 'C',
      }),
    ],
    measures: [
      { id: 'killed-wounded', label: 'Killed and wounded', unit: 'troops' },
      { id: 'troops-deployed', label: 'Troops deployed', unit: 'troops' },
    ],
    claims: [
      claim(),
      claim({
        id: 'c-zel',
        sourceId: 'zelensky',
        quote: 'the figure could surpass 3,000 casualties',
        summary: 'Zelensky: over 3,000 killed or wounded',
        figure: { measure: 'killed-wounded', bound: 'more-than', low: 3000, stated: 'surpass 3,000' },
      }),
    ],
    events: [event()],
    places: [],
    notes: [],
    ...overrides,
  };
}

/** Parse a dataset input, failing loudly: for tests that need a canonical dataset. */
export function makeDataset(overrides: Partial<DatasetInput> = {}): Dataset {
  const result = parseDataset(datasetInput(overrides));
  if (!result.ok) throw new Error(`Test dataset is invalid: ${JSON.stringify(result.issues, null, 2)}`);
  return result.data;
}

/** The bundled dataset as shipped in public/. */
export function bundledRaw(): unknown {
  return JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/dataset.json'), 'utf8'));
}

export function bundledDataset(): Dataset {
  const result = parseDataset(bundledRaw());
  if (!result.ok) throw new Error(`Bundled dataset is invalid: ${JSON.stringify(result.issues.slice(0, 5))}`);
  return result.data;
}

/** One chart row (an estimate) with everything set, to vary one field at a time. */
export function estimateRow(
  sourceName: string,
  bound: Bound,
  low?: number,
  high?: number,
  over: Partial<Estimate> = {},
): Estimate {
  return {
    key: `claim:${sourceName}-${bound}-${low ?? ''}-${high ?? ''}`,
    kind: 'claim',
    rowId: `c-${sourceName}`,
    sourceId: sourceName.toLowerCase(),
    sourceName,
    reliability: 'B',
    credibility: 2,
    measure: 'killed-wounded',
    bound,
    low,
    best: undefined,
    high,
    stated: 'stated',
    quote: 'quote',
    context: null,
    date: { date: '2024-12-23', precision: 'day' },
    origin: 'article',
    events: null,
    ...over,
  };
}

/** An assessed range of the analyst, valid as it stands. */
export function assessedRange(over: Partial<AssessedRange> = {}): AssessedRange {
  return {
    measure: 'killed-wounded',
    low: 1500,
    best: 3000,
    high: 4000,
    asOf: '2024-12-23',
    likelihood: 'likely',
    reasoning: 'JCS counts confirmed casualties only; the true number is likely higher.',
    claimIds: [],
    eventIds: [],
    ...over,
  };
}
