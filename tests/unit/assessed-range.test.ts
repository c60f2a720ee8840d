import { describe, expect, it } from 'vitest';
import { describeAssessedRange, LIKELIHOOD, likelihoodText } from '../../src/data/assessed-range';
import { createJudgementStore } from '../../src/data/device-datasets';
import { memoryStore } from '../../src/data/kv-store';
import { EMPTY_JUDGEMENTS, hasJudgements, withAssessedRange } from '../../src/data/judgements';
import { AnalystJudgementsSchema, LikelihoodSchema } from '../../src/data/schema';
import { parseDataset } from '../../src/data/validate';
import { initialForm, readAmount, readForm } from '../../src/features/chart/range-form';
import { assessedRange, datasetInput } from './helpers/factories';

describe('ICD 203 likelihood words', () => {
  it('each carry their probability band, from almost no chance to almost certain', () => {
    expect(LikelihoodSchema.options.map(likelihoodText)).toEqual([
      'almost no chance (1–5 %)',
      'very unlikely (5–20 %)',
      'unlikely (20–45 %)',
      'roughly even chance (45–55 %)',
      'likely (55–80 %)',
      'very likely (80–95 %)',
      'almost certain (95–99 %)',
    ]);
    expect(Object.keys(LIKELIHOOD)).toEqual(LikelihoodSchema.options);
  });

  it('phrase a range as the analyst’s', () => {
    expect(describeAssessedRange(assessedRange({ likelihood: 'very-likely' }), 'Killed and wounded')).toBe(
      'Analyst’s assessment (as of 23 Dec 2024): very likely (80–95 %) between 1,500 and 4,000 killed and wounded, best estimate 3,000.',
    );
  });
});

describe('the assessed range in the schema and beside other judgements', () => {
  it('requires low ≤ best ≤ high, a real date and a reason', () => {
    const check = (over: Parameters<typeof assessedRange>[0]) =>
      AnalystJudgementsSchema.safeParse({ ranges: [assessedRange(over)] });
    expect(check({}).success).toBe(true);
    expect(check({ best: 1000 }).error?.issues[0]?.message).toBe('must be ≥ low (1500)');
    expect(check({ high: 2000 }).error?.issues[0]?.path).toEqual(['ranges', 0, 'high']);
    expect(check({ asOf: '2024-02-30' }).success).toBe(false);
    expect(check({ reasoning: '  ' }).success).toBe(false);
  });

  it('reads judgements kept before ranges existed: no ranges', () => {
    expect(AnalystJudgementsSchema.parse({ sources: [], claims: [] }).ranges).toEqual([]);
  });

  it('travels in a dataset file, and every claim it cites and its measure must exist', () => {
    const ok = parseDataset(
      datasetInput({ analystJudgements: { ranges: [assessedRange({ claimIds: ['c-jcs'] })] } }),
    );
    expect(ok.ok).toBe(true);
    const bad = parseDataset(
      datasetInput({
        analystJudgements: {
          ranges: [
            assessedRange({ claimIds: ['ghost'] }),
            assessedRange({ measure: 'nothing' }),
            assessedRange(),
          ],
        },
      }),
    );
    expect(bad.ok ? [] : bad.issues.map((i) => `${i.path} ${i.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ranges.*claimIds.*unknown claim "ghost"/),
        expect.stringMatching(/ranges.*measure.*unknown measure "nothing"/),
        expect.stringMatching(/ranges.*measure.*assesses measure "killed-wounded" twice/),
      ]),
    );
  });

  it('is one per measure: a new one replaces the old, null removes it, and it counts as a judgement', () => {
    const one = withAssessedRange(EMPTY_JUDGEMENTS, 'killed-wounded', assessedRange());
    expect(hasJudgements(one)).toBe(true);
    const two = withAssessedRange(one, 'killed-wounded', assessedRange({ best: 2000 }));
    expect(two.ranges).toEqual([assessedRange({ best: 2000 })]);
    expect(withAssessedRange(two, 'killed-wounded', null).ranges).toEqual([]);
    expect(hasJudgements(withAssessedRange(two, 'killed-wounded', null))).toBe(false);
  });

  it('is kept in this browser’s storage with the grades, and read back', async () => {
    const store = createJudgementStore(memoryStore());
    const judgements = withAssessedRange(EMPTY_JUDGEMENTS, 'killed-wounded', assessedRange());
    await store.save('nk@1.0.0', judgements);
    expect((await store.load('nk@1.0.0'))?.ranges).toEqual([assessedRange()]);
  });
});

describe('the range editor’s form', () => {
  const claims = new Set(['c-jcs']);
  const now = new Date(Date.UTC(2026, 0, 2));
  const filled = {
    ...initialForm(null, '2024-12-23'),
    low: '1,500',
    best: '3 000',
    high: '4000',
    reasoning: 'Because.',
    cites: ['c-jcs', 'e-1'],
  };

  it('reads numbers as analysts type them', () => {
    expect(readAmount('1,100')).toBe(1100);
    expect(readAmount(' 12 000 ')).toBe(12000);
    expect(readAmount('2.5')).toBe(2.5);
    expect(readAmount('-3')).toBeNaN();
    expect(readAmount('')).toBeNaN();
  });

  it('makes a range citing claims and events apart, stamped with the time', () => {
    const result = readForm(filled, 'killed-wounded', claims, now);
    expect(result).toEqual({
      ok: true,
      range: assessedRange({
        reasoning: 'Because.',
        claimIds: ['c-jcs'],
        eventIds: ['e-1'],
        updatedAt: '2026-01-02T00:00:00.000Z',
      }),
    });
    // Reopened, the editor shows what was saved.
    if (result.ok)
      expect(initialForm(result.range, '2000-01-01')).toEqual({ ...filled, low: '1500', best: '3000' });
  });

  it('names each field at fault', () => {
    expect(readForm({ ...filled, low: 'many' }, 'k', claims, now)).toEqual({
      ok: false,
      problems: { low: 'Write a whole or decimal number, such as 1,500.' },
    });
    const wrong = readForm({ ...filled, best: '5000', reasoning: '', asOf: '' }, 'k', claims, now);
    expect(wrong.ok ? {} : wrong.problems).toEqual({
      high: 'Must be ≥ best (5000).',
      reasoning: 'Say why: the reasoning is kept with the range.',
      asOf: 'Give the date the range is assessed as of.',
    });
  });
});
