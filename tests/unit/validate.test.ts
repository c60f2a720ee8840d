/**
 * The dataset check (src/data/validate.ts) on a broad corpus of malformed and hostile files: each is refused
 * with a readable reason, or accepted as text that renders inert (and no source file injects HTML).
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { MAX_ISSUES, parseDataset, parseDatasetText, type DataIssue } from '../../src/data/validate';
import { LIMITS } from '../../src/data/limits';
import { ArticlePanel } from '../../src/features/article/ArticlePanel';
import { ARTICLE_TEXT, claim, datasetInput, event, source } from './helpers/factories';
import { renderWithData } from './helpers/render';

function issuesOfText(text: string): DataIssue[] {
  const result = parseDatasetText(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}
const issuesOf = (value: unknown) => issuesOfText(JSON.stringify(value));
const lines = (issues: DataIssue[]) => issues.map((i) => `${i.row} › ${i.field}: ${i.message}`);

describe('files that are not a dataset', () => {
  it.each([
    ['plain text', 'claims: lots of them'],
    ['an empty file', ''],
    ['a truncated file', JSON.stringify(datasetInput()).slice(0, 500)],
    ['a trailing comma', '{"id": "x",}'],
  ])('refuses %s as not valid JSON, naming the file', (_name, text) => {
    const [issue] = issuesOfText(text);
    expect(issue).toMatchObject({ row: 'file', message: expect.stringMatching(/^is not valid JSON/) });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'dataset'],
    ['an array', [datasetInput()]],
  ])('refuses %s at the top level', (_name, value) => {
    expect(issuesOf(value)[0]?.message).toMatch(/^must be a JSON object \(the dataset\), not /);
  });
});

describe('rows with wrong types and missing fields', () => {
  it('names each wrong type with what was expected and what came', () => {
    const issues = issuesOf(
      datasetInput({
        version: 2 as never,
        sources: [source({ reliability: 'Z' as never, name: 7 as never })],
        claims: [claim({ placeIds: 'p-1' as never })],
      }),
    );
    expect(lines(issues)).toEqual(
      expect.arrayContaining([
        'dataset › version: expected string, got number',
        'sources[0] (jcs) › name: expected string, got number',
        'sources[0] (jcs) › reliability: must be one of "A", "B", "C", "D", "E", "F"',
        'claims[0] (c-jcs) › placeIds: expected array, got string',
      ]),
    );
  });

  it('reports every missing required field as missing', () => {
    const rest: Record<string, unknown> = { ...datasetInput() };
    delete rest.title;
    delete rest.categories;
    const issues = issuesOf(rest);
    expect(lines(issues)).toEqual(
      expect.arrayContaining([
        'dataset › title: is missing (expected string)',
        'dataset › categories: is missing (expected array)',
      ]),
    );
  });
});

describe('rows that disagree with each other', () => {
  it('refuses duplicate ids and dangling references, by row', () => {
    const issues = issuesOf(
      datasetInput({
        claims: [claim(), claim({ sourceId: 'nobody' })],
        events: [event({ claimIds: ['c-ghost'] })],
      }),
    );
    expect(lines(issues)).toEqual(
      expect.arrayContaining([
        'claims[1] (c-jcs) › id: duplicate id "c-jcs"',
        'claims[1] (c-jcs) › sourceId: refers to unknown source "nobody"',
        'events[0] (e-1) › claimIds[0]: refers to unknown claim "c-ghost"',
      ]),
    );
  });

  it('refuses judgements about rows the dataset lacks, and judging one row twice', () => {
    const issues = issuesOf(
      datasetInput({
        analystJudgements: {
          sources: [
            { sourceId: 'jcs', reliability: 'D' },
            { sourceId: 'jcs', note: 'again' },
          ],
          claims: [{ claimId: 'c-ghost', credibility: 5 }],
        },
      }),
    );
    expect(lines(issues)).toEqual(
      expect.arrayContaining([
        'analystJudgements › sources[1].sourceId: judges source "jcs" twice',
        'analystJudgements › claims[0].claimId: refers to unknown claim "c-ghost"',
      ]),
    );
  });
});

describe('impossible values', () => {
  it.each([
    '2024-02-30',
    '2023-02-29',
    '2100-02-29',
    '2024-04-31',
    '2023-13-01',
    '0000-00-00',
    '1850-01-01',
    '24-12-01',
    '2024/12/01',
    '2024-1a-01',
  ])('refuses the date %s', (date) => {
    const issues = issuesOf(datasetInput({ events: [event({ date: { date, precision: 'day' } })] }));
    expect(issues[0]).toMatchObject({ row: 'events[0] (e-1)', field: 'date.date' });
  });

  it.each(['2024-02-29', '2000-02-29', '2024-12-31', '2024-01-31'])('accepts the real date %s', (date) => {
    expect(parseDataset(datasetInput({ events: [event({ date: { date, precision: 'day' } })] })).ok).toBe(
      true,
    );
  });

  it('refuses negative, absurd and non-finite numbers with the limit stated', () => {
    const figure = (low: number) => ({
      measure: 'killed-wounded',
      bound: 'exact' as const,
      low,
      stated: 'x',
    });
    expect(lines(issuesOf(datasetInput({ claims: [claim({ figure: figure(-1) })] })))).toContain(
      'claims[0] (c-jcs) › figure.low: must not be negative',
    );
    expect(lines(issuesOf(datasetInput({ claims: [claim({ figure: figure(1e15) })] })))).toContain(
      'claims[0] (c-jcs) › figure.low: is too large: 1000000000000000, at most 1000000000000 expected',
    );
    // JSON has no Infinity: 1e999 parses to it, and is refused.
    const text = JSON.stringify(datasetInput({ claims: [claim({ figure: figure(1) })] })).replace(
      '"low":1,',
      '"low":1e999,',
    );
    expect(issuesOfText(text)[0]).toMatchObject({ field: 'figure.low' });
    const place = { id: 'p', name: 'P', kind: 'town' as const, lat: 91, lon: 0, coordinateSource: 's' };
    expect(
      lines(
        issuesOf(
          datasetInput({ places: [{ ...place, precision: { kind: 'approximate', radiusKm: 9000 } }] }),
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'places[0] (p) › lat: is too large: 91, at most 90 expected',
        'places[0] (p) › precision.radiusKm: must be at most 5,000 km',
      ]),
    );
  });
});

describe('explicit limits', () => {
  it('refuses very long strings, saying how long and what is allowed', () => {
    const issues = issuesOf(datasetInput({ title: 'x'.repeat(LIMITS.shortText + 1) }));
    expect(issues[0]).toMatchObject({
      row: 'dataset',
      field: 'title',
      message: `is too long: ${LIMITS.shortText + 1} characters, at most ${LIMITS.shortText} allowed`,
    });
    const longId = issuesOf(datasetInput({ sources: [source({ id: 'a'.repeat(5_000) })] }));
    // The row label never echoes a huge value back.
    expect(longId[0]?.row.length).toBeLessThan(120);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const depth = 100_000;
    const text = JSON.stringify(datasetInput()).replace(
      /"description":"[^"]*"/,
      `"description":${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`,
    );
    const issues = issuesOfText(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      `is nested too deeply: more than ${LIMITS.depth} levels of objects and arrays`,
    );
    expect(issues[0]?.path).toBe(`description${'[0]'.repeat(LIMITS.depth)}`);
  });

  it('reports every problem, counted exactly, with no made-up rows', () => {
    // The count a file of this size was once reported with as "201 problems found".
    const claims = Array.from({ length: 7_462 }, (_, i) => claim({ id: `c-${i}`, sourceId: 'x' }));
    const result = parseDataset(datasetInput({ claims }));
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.capped).toBeFalsy();
    expect(result.issues).toHaveLength(7_462);
    expect(result.issues.every((i) => i.message === 'refers to unknown source "x"')).toBe(true);
    expect(result.issues.at(-1)?.path).toBe('claims[7461].sourceId');
  });

  it.each([
    ['reserved names (the structure walk)', MAX_ISSUES + 5, '{"__proto__":1}', /^uses the reserved name/],
    ['empty event rows (zod)', Math.ceil(MAX_ISSUES / 5), '{}', /^is missing/],
  ])(
    'stops at MAX_ISSUES on a hostile file of %s and says there are at least that many',
    (_n, count, row, message) => {
      const rows = Array.from({ length: count }, () => row).join(',');
      const text = JSON.stringify(datasetInput()).replace(
        /"events":\[.*?\],"places"/,
        `"events":[${rows}],"places"`,
      );
      const result = parseDatasetText(text);
      expect(result).toMatchObject({ ok: false, capped: true });
      if (result.ok) return;
      expect(result.issues).toHaveLength(MAX_ISSUES);
      expect(result.issues[0]?.message).toMatch(message);
    },
  );
});

describe('prototype keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" anywhere, by row and field', (key) => {
    const text = JSON.stringify(datasetInput()).replace(
      '"id":"c-jcs",',
      `"id":"c-jcs","figure2":{"${key}":{"polluted":true}},`,
    );
    const issues = issuesOfText(text);
    expect(lines(issues)).toContain(
      `claims[0] (c-jcs) › figure2.${key}: uses the reserved name "${key}", which is refused`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a top-level __proto__ and leaves Object.prototype alone', () => {
    const issues = issuesOfText(
      `{"__proto__": {"isAdmin": true}, ${JSON.stringify(datasetInput()).slice(1)}`,
    );
    expect(issues[0]).toMatchObject({ row: 'dataset', field: '__proto__' });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '"><svg onload=alert(3)>',
  'javascript:alert(4)',
  '{{constructor.constructor("alert(5)")()}}',
];

describe('script payloads in text fields', () => {
  it.each(PAYLOADS)('accepts %s as plain text in every text field, and renders it inert', (payload) => {
    const quote = `${payload} said so`;
    const input = datasetInput({
      title: `${payload} title`,
      description: `${payload} description`,
      documents: [
        {
          id: 'article',
          title: `${payload} article`,
          publisher: `${payload} publisher`,
          kind: 'news-report',
          date: { date: '2024-12-23', precision: 'day', note: `${payload} note` },
          dateConfidence: `${payload} confidence`,
          dateReasoning: `${payload} reasoning`,
          text: `${ARTICLE_TEXT}\n${quote}`,
        },
      ],
      categories: [{ id: 'casualty-estimate', label: `${payload} category`, description: payload }],
      sources: [
        source({
          name: `${payload} name`,
          shortName: payload.slice(0, 40),
          country: payload,
          reliabilityRationale: payload,
        }),
        source({ id: 'zelensky', name: 'Zelensky' }),
      ],
      measures: [
        { id: 'killed-wounded', label: `${payload} label`, unit: payload },
        { id: 'troops-deployed', label: 'Troops', unit: 'troops' },
      ],
      claims: [
        claim({
          quote,
          summary: `${payload} summary`,
          credibilityRationale: payload,
          attributionNote: payload,
        }),
        claim({ id: 'c-zel', sourceId: 'zelensky', quote: 'the figure could surpass 3,000 casualties' }),
      ],
      events: [
        event({
          description: `${payload} event`,
          confidenceNote: payload,
          citations: [{ title: `${payload} citation`, publisher: payload, url: 'https://example.org/x' }],
        }),
      ],
      notes: [{ id: 'n-1', title: payload, text: payload }],
      analystJudgements: { sources: [{ sourceId: 'jcs', note: payload }], claims: [] },
    });
    const result = parseDataset(input);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;

    const { container } = renderWithData(createElement(ArticlePanel), result.data);
    expect(container.textContent).toContain(`${payload} article`);
    expect(container.textContent).toContain(`${payload} summary`);
    expect(container.querySelectorAll('script, img, svg, iframe, object, embed')).toHaveLength(0);
    expect(container.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
  });

  it('still refuses a non-http link whatever the text around it', () => {
    const issues = issuesOf(
      datasetInput({
        events: [
          event({ citations: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)//https://x' }] }),
        ],
      }),
    );
    expect(issues[0]).toMatchObject({
      field: 'citations[0].url',
      message: 'must start with http:// or https://',
    });
  });
});

describe('the app source never injects HTML', () => {
  it('has no dangerouslySetInnerHTML or innerHTML anywhere under src/', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(__dirname, '../../src'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
