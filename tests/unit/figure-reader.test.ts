import { describe, expect, it } from 'vitest';
import { readFigures, readQuote, type NotAFigureReason } from '../../src/data/figure-reader';
import type { Bound } from '../../src/data/schema';

interface Case {
  text: string;
  stated: string;
  bound: Bound;
  low?: number;
  high?: number;
  /** A word the notes must carry (a convention, a loose word). */
  note?: string;
  measureWords?: string;
}

/**
 * Phrasings from the bundled article (docs/reference/article.txt) and the dated context notes
 * (docs/reference/context-events.md), plus the forms the issue names. The first figure read must be this.
 */
const FIGURES: Case[] = [
  // The article
  {
    text: 'The Joint Chiefs of Staff (JCS) of South Korea claims between 1,100 and 3,000 North Korean troops have either been killed or injured since their deployment.',
    stated: 'between 1,100 and 3,000',
    bound: 'range',
    low: 1100,
    high: 3000,
    measureWords: 'North Korean troops have either been killed or injured',
  },
  {
    text: 'According to various reports, around 12,000 North Koreans are believed to be active on the battlefield for Moscow.',
    stated: 'around 12,000',
    bound: 'about',
    low: 12000,
    measureWords: 'North Koreans are believed to be active',
  },
  {
    text: 'stating it believes over 1,100 North Koreans have been confirmed dead or injured, particularly',
    stated: 'over 1,100',
    bound: 'more-than',
    low: 1100,
    measureWords: 'North Koreans have been confirmed dead or injured',
  },
  {
    text: 'the figure could surpass 3,000 casualties.',
    stated: 'surpass 3,000',
    bound: 'more-than',
    low: 3000,
    measureWords: 'casualties',
  },
  // The context notes
  {
    text: 'North Korea shipped more than 1,000 containers of military equipment',
    stated: 'more than 1,000',
    bound: 'more-than',
    low: 1000,
    measureWords: 'containers',
  },
  {
    text: 'this equals "hundreds of thousands" of shells',
    stated: 'hundreds of thousands',
    bound: 'range',
    low: 100000,
    high: 999999,
    note: 'ACLED',
  },
  {
    text: 'about 6,700 containers have gone to Russia since September 2023',
    stated: 'about 6,700',
    bound: 'about',
    low: 6700,
    measureWords: 'containers have gone to Russia',
  },
  {
    text: 'at least 10,000 containers have gone to Russia',
    stated: 'at least 10,000',
    bound: 'at-least',
    low: 10000,
  },
  {
    text: 'along with dozens of ballistic missiles',
    stated: 'dozens',
    bound: 'range',
    low: 12,
    high: 99,
    note: 'ACLED',
  },
  {
    text: 'up to 4.8 million shells',
    stated: 'up to 4.8 million',
    bound: 'at-most',
    high: 4800000,
    measureWords: 'shells',
  },
  {
    text: 'North Korea has sent more than 13,000 containers since mid-2022',
    stated: 'more than 13,000',
    bound: 'more-than',
    low: 13000,
  },
  { text: 'could hold ~6 million 152 mm shells', stated: '~6 million', bound: 'about', low: 6000000 },
  {
    text: 'new mines and barriers at more than 10 sites',
    stated: 'more than 10',
    bound: 'more-than',
    low: 10,
    measureWords: 'sites',
  },
  {
    text: 'a special battalion of up to 3,000 North Koreans',
    stated: 'up to 3,000',
    bound: 'at-most',
    high: 3000,
  },
  {
    text: 'carried about 1,500 special forces from the Chongjin area',
    stated: 'about 1,500',
    bound: 'about',
    low: 1500,
    measureWords: 'special forces',
  },
  {
    text: 'North Korea has decided to send about 12,000 troops from 4 brigades.',
    stated: 'about 12,000',
    bound: 'about',
    low: 12000,
    measureWords: 'troops',
  },
  {
    text: 'The NIS tells lawmakers that about 3,000 are in Russia',
    stated: 'about 3,000',
    bound: 'about',
    low: 3000,
  },
  { text: 'The Duma ratifies the treaty: 397 for, 0 against.', stated: '397', bound: 'exact', low: 397 },
  {
    text: 'more than 10,000 North Korean soldiers are in eastern Russia',
    stated: 'more than 10,000',
    bound: 'more-than',
    low: 10000,
  },
  {
    text: 'about 10,900 North Korean troops are deployed in Kursk',
    stated: 'about 10,900',
    bound: 'about',
    low: 10900,
  },
  {
    text: 'nearly 11,000 North Korean troops deployed',
    stated: 'nearly 11,000',
    bound: 'at-most',
    high: 11000,
    note: 'nearly',
  },
  { text: '~50 Koksan guns', stated: '~50', bound: 'about', low: 50 },
  {
    text: 'about 200 casualties as of 12-14',
    stated: 'about 200',
    bound: 'about',
    low: 200,
    measureWords: 'casualties',
  },
  {
    text: 'at least 30 North Koreans were killed or wounded in weekend fighting',
    stated: 'at least 30',
    bound: 'at-least',
    low: 30,
  },
  {
    text: 'North Korean casualties at "several hundred", from light wounds to killed',
    stated: 'several hundred',
    bound: 'range',
    low: 300,
    high: 999,
    note: 'several',
  },
  { text: 'report 50 killed and 47 wounded', stated: '50', bound: 'exact', low: 50, measureWords: 'killed' },
  {
    text: 'at least 100 killed since North Korean troops entered combat',
    stated: 'at least 100',
    bound: 'at-least',
    low: 100,
    measureWords: 'killed',
  },
  { text: 'and nearly 1,000 wounded', stated: 'nearly 1,000', bound: 'at-most', high: 1000, note: 'nearly' },
  { text: 'wording varies: over 900 wounded', stated: 'over 900', bound: 'more-than', low: 900 },
  {
    text: 'have suffered around 1,100 casualties',
    stated: 'around 1,100',
    bound: 'about',
    low: 1100,
    measureWords: 'casualties',
  },
  {
    text: 'about 7,000 trash balloons launched on 32 occasions',
    stated: 'about 7,000',
    bound: 'about',
    low: 7000,
    measureWords: 'trash balloons launched',
  },
  {
    text: 'North Korean killed and wounded in Kursk "already exceeded 3,000"',
    stated: 'exceeded 3,000',
    bound: 'more-than',
    low: 3000,
  },
  {
    text: 'more than 1,000 North Korean troops were killed or wounded in the past week',
    stated: 'more than 1,000',
    bound: 'more-than',
    low: 1000,
  },
  {
    text: 'Russia lost "up to a battalion" of North Korean infantry, several hundred per Reuters',
    stated: 'several hundred',
    bound: 'range',
    low: 300,
    high: 999,
  },
  {
    text: 'Zelensky says 3,800 of 12,000 have been killed or wounded',
    stated: '3,800',
    bound: 'exact',
    low: 3800,
  },
  { text: 'North Korea "lost 4,000"', stated: '4,000', bound: 'exact', low: 4000 },
  {
    text: 'about 300 killed and about 2,700 wounded, over 3,000 in total',
    stated: 'about 300',
    bound: 'about',
    low: 300,
    measureWords: 'killed',
  },
  {
    text: 'about 4,000 North Korean casualties of about 11,000 deployed',
    stated: 'about 4,000',
    bound: 'about',
    low: 4000,
  },
  // The forms the issue names, and their neighbours
  { text: 'some 12,000 soldiers', stated: 'some 12,000', bound: 'about', low: 12000 },
  { text: 'roughly 12,000 soldiers', stated: 'roughly 12,000', bound: 'about', low: 12000 },
  { text: 'approximately 2,500 troops', stated: 'approximately 2,500', bound: 'about', low: 2500 },
  { text: 'an estimated 1,500 people', stated: 'an estimated 1,500', bound: 'about', low: 1500 },
  { text: 'as many as 3,000 fighters', stated: 'as many as 3,000', bound: 'at-most', high: 3000 },
  { text: 'no fewer than 40 civilians', stated: 'no fewer than 40', bound: 'at-least', low: 40 },
  { text: 'fewer than 100 troops', stated: 'fewer than 100', bound: 'at-most', high: 100, note: 'excludes' },
  { text: 'almost 2,000 soldiers', stated: 'almost 2,000', bound: 'at-most', high: 2000, note: 'almost' },
  { text: 'casualties of 1,100–3,000 troops', stated: '1,100–3,000', bound: 'range', low: 1100, high: 3000 },
  { text: 'casualties of 1,100-3,000 troops', stated: '1,100-3,000', bound: 'range', low: 1100, high: 3000 },
  {
    text: 'from 10,000 to 12,000 troops',
    stated: 'from 10,000 to 12,000',
    bound: 'range',
    low: 10000,
    high: 12000,
  },
  { text: '3,000+ casualties', stated: '3,000+', bound: 'more-than', low: 3000, measureWords: 'casualties' },
  { text: '3,000 or more casualties', stated: '3,000 or more', bound: 'at-least', low: 3000 },
  { text: '3,000 or so casualties', stated: '3,000 or so', bound: 'about', low: 3000 },
  {
    text: 'more than a thousand soldiers',
    stated: 'more than a thousand',
    bound: 'more-than',
    low: 1000,
    note: 'a thousand',
  },
  {
    text: 'hundreds of soldiers were killed',
    stated: 'hundreds',
    bound: 'range',
    low: 100,
    high: 999,
    note: 'hundreds',
  },
  {
    text: 'dozens of soldiers were killed',
    stated: 'dozens',
    bound: 'range',
    low: 12,
    high: 99,
    note: 'dozens',
  },
  {
    text: 'several thousand soldiers',
    stated: 'several thousand',
    bound: 'range',
    low: 3000,
    high: 9999,
    note: 'several',
  },
  {
    text: 'tens of thousands of troops',
    stated: 'tens of thousands',
    bound: 'range',
    low: 10000,
    high: 99999,
  },
  { text: 'thousands of troops', stated: 'thousands', bound: 'range', low: 1000, high: 9999 },
  {
    text: 'a few hundred troops',
    stated: 'a few hundred',
    bound: 'range',
    low: 200,
    high: 500,
    note: 'a few',
  },
  { text: 'more than hundreds of troops', stated: 'more than hundreds', bound: 'more-than', low: 100 },
  { text: '1.5 million shells', stated: '1.5 million', bound: 'exact', low: 1500000 },
  { text: '12k troops', stated: '12k', bound: 'exact', low: 12000 },
  { text: 'about 1.2m shells', stated: 'about 1.2m', bound: 'about', low: 1200000 },
  { text: 'a 2bn budget', stated: '2bn', bound: 'exact', low: 2000000000 },
  { text: '12\u2009000 troops', stated: '12\u2009000', bound: 'exact', low: 12000 },
  { text: '12\u202f000 troops', stated: '12\u202f000', bound: 'exact', low: 12000 },
  { text: 'over 12 000 troops', stated: 'over 12 000', bound: 'more-than', low: 12000 },
  {
    text: 'between 1 and 1.5 million people',
    stated: 'between 1 and 1.5 million',
    bound: 'range',
    low: 1000000,
    high: 1500000,
  },
  { text: 'twelve thousand troops', stated: 'twelve thousand', bound: 'exact', low: 12000 },
  { text: 'more than two hundred soldiers', stated: 'more than two hundred', bound: 'more-than', low: 200 },
  { text: 'a dozen drones', stated: 'a dozen', bound: 'about', low: 12, note: 'about 12' },
  { text: 'over a dozen drones', stated: 'over a dozen', bound: 'more-than', low: 12 },
  { text: 'three North Korean soldiers killed in Kursk', stated: 'three', bound: 'exact', low: 3 },
  { text: 'more than 2000 troops', stated: 'more than 2000', bound: 'more-than', low: 2000 },
  { text: '2000 soldiers crossed', stated: '2000', bound: 'exact', low: 2000 },
  { text: 'in excess of 500 troops', stated: 'in excess of 500', bound: 'more-than', low: 500 },
  { text: 'a 1,000-plus force', stated: '1,000-plus', bound: 'more-than', low: 1000 },
];

describe('readFigures: the figure a phrasing states', () => {
  it('covers at least 60 phrasings', () => {
    expect(FIGURES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FIGURES)('$text', (c) => {
    const figure = readFigures(c.text).figures[0];
    expect(figure).toBeDefined();
    expect(figure?.stated).toBe(c.stated);
    expect(figure?.bound).toBe(c.bound);
    expect(figure?.low).toBe(c.low);
    expect(figure?.high).toBe(c.high);
    expect(c.text.slice(figure?.start, figure?.end)).toBe(c.stated);
    if (c.note) expect(figure?.notes.join(' ')).toContain(c.note);
    if (c.measureWords !== undefined) expect(figure?.measureWords).toBe(c.measureWords);
  });
});

interface NotCase {
  text: string;
  number: string;
  reason: NotAFigureReason;
}

/** Numbers that are not figures: nothing is proposed for them, and the reason is said. */
const NOT_FIGURES: NotCase[] = [
  { text: 'the formal defense pact enacted on 19 June 2024', number: '19', reason: 'date' },
  { text: 'the formal defense pact enacted on 19 June 2024', number: '2024', reason: 'year' },
  { text: 'on December 23, the JCS said', number: '23', reason: 'date' },
  { text: 'reported on 2024-12-23 by the JCS', number: '2024', reason: 'date' },
  { text: 'reported on 23/12/2024 by the JCS', number: '23', reason: 'date' },
  { text: 'since September 2023', number: '2023', reason: 'year' },
  { text: 'in the 1990s', number: '1990', reason: 'year' },
  { text: 'the 11th Air Assault Brigade', number: '11', reason: 'ordinal' },
  { text: 'on the 23rd of December', number: '23', reason: 'ordinal' },
  { text: 'Article 4 gives military assistance', number: '4', reason: 'unit number' },
  { text: 'fired KN-23 missiles', number: '23', reason: 'unit number' },
  { text: 'the M1989 Koksan', number: '1989', reason: 'unit number' },
  { text: 'Resolution 2231 of the Security Council', number: '2231', reason: 'unit number' },
  { text: 'Unit 29155 of the GRU', number: '29155', reason: 'unit number' },
  { text: '240 mm multiple rocket launchers', number: '240', reason: 'distance or size' },
  { text: 'range ~900 km', number: '900', reason: 'distance or size' },
  { text: 'over 2 days of fighting', number: '2', reason: 'duration' },
  { text: 'attacked for 3 days', number: '3', reason: 'duration' },
  { text: 'about 40% of the force', number: '40', reason: 'percentage' },
  { text: 'a 20-year-old soldier', number: '20', reason: 'age' },
  { text: 'at 10:30 local time', number: '10', reason: 'time' },
];

describe('readFigures: numbers that are not figures', () => {
  it.each(NOT_FIGURES)('$text → $number is a $reason', (c) => {
    const reading = readFigures(c.text);
    const hit = reading.notFigures.find((n) => n.text === c.number);
    expect(hit?.reason).toBe(c.reason);
    expect(reading.figures.some((f) => f.stated.includes(c.number) && f.low === Number(c.number))).toBe(
      false,
    );
  });

  it('reads the figures beside them and leaves them out', () => {
    const reading = readFigures('On 23 December 2024 the 11th brigade lost about 200 men over 2 days.');
    expect(reading.figures.map((f) => f.stated)).toEqual(['about 200']);
    expect(reading.notFigures.map((n) => n.reason)).toEqual(['date', 'year', 'ordinal', 'duration']);
  });

  it('finds nothing in a passage with no number', () => {
    expect(readFigures('The JCS has also observed equipment shipments.')).toEqual({
      figures: [],
      notFigures: [],
    });
  });

  it('reads every figure of a passage in order', () => {
    const reading = readFigures('about 300 killed and about 2,700 wounded, over 3,000 in total');
    expect(reading.figures.map((f) => [f.bound, f.low])).toEqual([
      ['about', 300],
      ['about', 2700],
      ['more-than', 3000],
    ]);
  });
});

describe('readQuote: a selection and the words after it', () => {
  const text =
    'stating it believes over 1,100 North Koreans have been confirmed dead or injured, particularly';
  const start = text.indexOf('over 1,100');

  it('reads a quote that ends at the number with the measure words that follow it', () => {
    const quote = text.slice(start, start + 'over 1,100'.length);
    const reading = readQuote(quote, text.slice(start + quote.length));
    expect(reading.figures).toHaveLength(1);
    expect(reading.figures[0]).toMatchObject({
      stated: 'over 1,100',
      bound: 'more-than',
      low: 1100,
      measureWords: 'North Koreans have been confirmed dead or injured',
    });
  });

  it('never takes a figure that begins after the quote', () => {
    expect(readQuote('North Koreans have been', ' over 1,100 killed').figures).toEqual([]);
  });

  it('names a range the selection cuts short instead of reading half of it', () => {
    const reading = readQuote('claims between 1,100', ' and 3,000 troops');
    expect(reading.figures).toEqual([]);
    expect(reading.cutShort).toEqual(['between 1,100 and 3,000']);
  });

  it('knows a number is a date from the month after the selection', () => {
    const reading = readQuote('on 23', ' December the JCS said');
    expect(reading.figures).toEqual([]);
    expect(reading.notFigures[0]?.reason).toBe('date');
  });
});
