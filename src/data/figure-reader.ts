/**
 * Reads the figures a passage states ("over 1,100", "between 1,100 and 3,000", "hundreds") into a bound,
 * low and high, and says which numbers are not figures (dates, years, unit numbers, ordinals, distances,
 * durations, percentages). Pure: the claim form proposes what this returns and the analyst confirms or
 * corrects it; nothing here decides a figure on its own.
 */
import type { Bound } from './schema';

export interface FigureReading {
  /** The words that carry the number, exactly as in the text: "over 1,100". */
  stated: string;
  /** Offsets of `stated` in the text read. */
  start: number;
  end: number;
  bound: Bound;
  low?: number;
  high?: number;
  /** The words after the number that say what it counts ("North Korean troops have been killed or injured"). */
  measureWords: string;
  /** What the analyst should know about this reading: a convention used, a word read loosely. */
  notes: string[];
}

export type NotAFigureReason =
  | 'date'
  | 'year'
  | 'time'
  | 'ordinal'
  | 'unit number'
  | 'distance or size'
  | 'duration'
  | 'percentage'
  | 'age';

export interface NotAFigure {
  text: string;
  start: number;
  end: number;
  reason: NotAFigureReason;
}

export interface Reading {
  figures: FigureReading[];
  notFigures: NotAFigure[];
}

/** Digit groups: commas, spaces, no-break, thin and narrow no-break spaces ("12 000"). */
const GROUP = '[,\\u00A0\\u2009\\u202F ]';
const DIGITS = `\\d{1,3}(?:${GROUP}\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  k: 1_000,
  m: 1_000_000,
  bn: 1_000_000_000,
};
const WORD = `(?:${Object.keys(TENS).join('|')})(?:-(?:${Object.keys(SMALL).slice(0, 9).join('|')}))?|${Object.keys(SMALL).join('|')}`;

/**
 * Vague quantities, read as a range. The low follows ACLED's coding rule where it has one (ACLED codes
 * "dozens" as 12 and "hundreds" as 100, the same for larger words); the high is the largest number the word
 * still covers. The rule used is said with every reading.
 */
interface Vague {
  pattern: string;
  low: number;
  high: number;
  rule: string;
}
const VAGUE: Vague[] = [
  {
    pattern: 'hundreds of thousands',
    low: 100_000,
    high: 999_999,
    rule: 'read as 100,000–999,999 (ACLED’s rule: the low is the word’s smallest number, 100,000)',
  },
  {
    pattern: 'tens of thousands',
    low: 10_000,
    high: 99_999,
    rule: 'read as 10,000–99,999 (ACLED’s rule: the low is the word’s smallest number, 10,000)',
  },
  {
    pattern: 'several thousand',
    low: 3_000,
    high: 9_999,
    rule: 'read as 3,000–9,999 (“several” taken as three or more)',
  },
  {
    pattern: 'a few thousand',
    low: 2_000,
    high: 5_000,
    rule: 'read as 2,000–5,000 (“a few” taken as two to five)',
  },
  {
    pattern: 'several hundred',
    low: 300,
    high: 999,
    rule: 'read as 300–999 (“several” taken as three or more)',
  },
  { pattern: 'a few hundred', low: 200, high: 500, rule: 'read as 200–500 (“a few” taken as two to five)' },
  {
    pattern: 'several dozen',
    low: 36,
    high: 99,
    rule: 'read as 36–99 (“several” taken as three or more dozens)',
  },
  {
    pattern: 'millions',
    low: 1_000_000,
    high: 9_999_999,
    rule: 'read as 1,000,000–9,999,999 (ACLED’s rule: the low is the word’s smallest number)',
  },
  {
    pattern: 'thousands',
    low: 1_000,
    high: 9_999,
    rule: 'read as 1,000–9,999 (ACLED’s rule: “thousands” coded as 1,000)',
  },
  {
    pattern: 'hundreds',
    low: 100,
    high: 999,
    rule: 'read as 100–999 (ACLED’s rule: “hundreds” coded as 100)',
  },
  { pattern: 'dozens', low: 12, high: 99, rule: 'read as 12–99 (ACLED’s rule: “dozens” coded as 12)' },
];

/** Words before a number that set its bound; longest first so "more than" wins over "more". */
const PREFIX: Array<{ words: string; bound: Bound; note?: string }> = [
  { words: 'more than', bound: 'more-than' },
  { words: 'over', bound: 'more-than' },
  { words: 'in excess of', bound: 'more-than' },
  { words: 'upwards of', bound: 'more-than' },
  { words: 'above', bound: 'more-than' },
  { words: 'exceeding', bound: 'more-than' },
  { words: 'exceeded', bound: 'more-than' },
  { words: 'exceeds', bound: 'more-than' },
  { words: 'exceed', bound: 'more-than' },
  { words: 'surpassing', bound: 'more-than' },
  { words: 'surpassed', bound: 'more-than' },
  { words: 'surpass', bound: 'more-than' },
  { words: 'at least', bound: 'at-least' },
  { words: 'no fewer than', bound: 'at-least' },
  { words: 'no less than', bound: 'at-least' },
  { words: 'not less than', bound: 'at-least' },
  { words: 'a minimum of', bound: 'at-least' },
  { words: 'about', bound: 'about' },
  { words: 'around', bound: 'about' },
  { words: 'some', bound: 'about' },
  { words: 'roughly', bound: 'about' },
  { words: 'approximately', bound: 'about' },
  { words: 'approx.', bound: 'about' },
  { words: 'an estimated', bound: 'about' },
  { words: 'estimated', bound: 'about' },
  { words: 'circa', bound: 'about' },
  { words: '~', bound: 'about' },
  { words: 'up to', bound: 'at-most' },
  { words: 'as many as', bound: 'at-most' },
  { words: 'at most', bound: 'at-most' },
  { words: 'no more than', bound: 'at-most' },
  { words: 'not more than', bound: 'at-most' },
  { words: 'a maximum of', bound: 'at-most' },
  {
    words: 'nearly',
    bound: 'at-most',
    note: '“nearly” means just under the number: read as at most; “about” may fit better',
  },
  {
    words: 'almost',
    bound: 'at-most',
    note: '“almost” means just under the number: read as at most; “about” may fit better',
  },
  {
    words: 'close to',
    bound: 'at-most',
    note: '“close to” means just under the number: read as at most; “about” may fit better',
  },
  {
    words: 'fewer than',
    bound: 'at-most',
    note: '“fewer than” excludes the number itself: read as at most',
  },
  {
    words: 'less than',
    bound: 'at-most',
    note: '“less than” excludes the number itself: read as at most',
  },
  { words: 'under', bound: 'at-most', note: '“under” excludes the number itself: read as at most' },
];

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Words that name a unit, an article or a model by its number: "Article 4", "Unit 29155". */
const DESIGNATORS =
  'article|articles|section|paragraph|resolution|unit|brigade|division|regiment|battalion|corps|army|fleet|no\\.|number|#|page|chapter|flight|route|highway|road|hwasong|type|model|block|line|phase|stage|level|grade|channel|platform';
const DISTANCE =
  'mm|cm|km|kms|m|metres?|meters?|kilometres?|kilometers?|miles?|feet|ft|inch(?:es)?|km2|km²|sq\\.? ?km|square (?:kilometres?|kilometers?|miles?)|hectares?|ha|calibre|caliber';
const DURATION = 'seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries';
/** A year-like number counts things only when a noun of things follows it ("2000 soldiers"). */
const COUNT_NOUNS =
  /^\s+(?:[A-Z][\w-]*\s+)*(?:troops|soldiers|people|civilians|casualties|dead|killed|wounded|injured|men|women|children|fighters|personnel|containers|shells|drones|missiles|rockets|vehicles|tanks|refugees|prisoners|deaths|balloons|units|rounds)\b/i;

/** Words after which the measure words stop: an adverbial clause starts there. */
const MEASURE_STOP =
  /^(?:since|in|near|at|on|by|during|after|before|according|while|when|from|across|within|per|of|for|until|as|into|over|with|which|who|that|than|but|and then|because|if|amid|along|against|so)$/i;

interface Atom {
  start: number;
  end: number;
  low: number;
  high?: number;
  /** A scale word or suffix was read ("million", "k"). */
  scaled: boolean;
  /** The number is written in digits. */
  digits: boolean;
  /** A round word ("a dozen") that means about the number. */
  about: boolean;
  notes: string[];
}

function parseDigits(raw: string): number {
  return Number(raw.replace(/[,\u00A0\u2009\u202F ]/g, ''));
}

function parseWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'a' || w === 'an' || w === 'and') {
      if (w !== 'and') current = Math.max(current, 1);
      continue;
    }
    if (SMALL[w] !== undefined) current += SMALL[w];
    else if (TENS[w] !== undefined) current += TENS[w];
    else if (w === 'hundred') current = Math.max(current, 1) * 100;
    else if (SCALES[w] !== undefined) {
      total += Math.max(current, 1) * SCALES[w];
      current = 0;
    } else return undefined;
    any = true;
  }
  return any ? total + current : undefined;
}

/** Rounds away floating-point noise: 1.1 million is 1,100,000, not 1,100,000.0000000002. */
const clean = (n: number) => Math.round(n * 1e6) / 1e6;

const NUMBER_ATOM = new RegExp(
  [
    // 1: digits, 2: attached scale (12k, 1.5m, 2bn), 3: spaced scale word (1.5 million)
    `(?<![\\d.,\\u00A0\\u2009\\u202F])(${DIGITS})(?:(k|m|bn)(?![\\w])|\\s+(thousand|million|billion)\\b)?`,
    // 4: "a dozen" / "a thousand" / "two hundred" / "twelve thousand" / "ten"
    `\\b((?:a|an|${WORD})(?:\\s+(?:${WORD}))?(?:\\s+(?:hundred|thousand|million|billion|dozen))?(?:\\s+(?:and\\s+)?(?:${WORD}))?(?:\\s+(?:thousand|million|billion))?)\\b`,
  ].join('|'),
  'gi',
);

function vagueAt(text: string, from: number): { vague: Vague; start: number; end: number }[] {
  const out: { vague: Vague; start: number; end: number }[] = [];
  const pattern = new RegExp(`\\b(${VAGUE.map((v) => v.pattern).join('|')})\\b`, 'gi');
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const vague = VAGUE.find((v) => v.pattern === (m?.[1] ?? '').toLowerCase());
    if (vague) out.push({ vague, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const yearLike = (token: string) => /^\d{4}$/.test(token) && Number(token) >= 1800 && Number(token) <= 2100;

function classify(text: string, start: number, end: number, digits: boolean): NotAFigureReason | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const token = text.slice(start, end);
  if (digits) {
    if (/^[-/.]\d{1,2}[-/.]\d{2,4}\b/.test(after) || /\d{4}-\d{2}$/.test(before + token)) return 'date';
    if (/^-\d{2}-\d{2}\b/.test(after) || /^\d{4}-\d{2}-\d{2}/.test(token + after)) return 'date';
    if (/^:\d{2}\b/.test(after) || /\d:$/.test(before)) return 'time';
    if (/^(?:st|nd|rd|th)\b/i.test(after)) return 'ordinal';
    if (/[A-Za-z][-‑]?$/.test(before) && !/\b(?:mid|early|late)-$/i.test(before)) return 'unit number';
    if (new RegExp(`\\b(?:${DESIGNATORS})\\s*$`, 'i').test(before)) return 'unit number';
    if (yearLike(token) && !COUNT_NOUNS.test(after)) return 'year';
    if (new RegExp(`\\b(?:${MONTHS})\\.?\\s*$`, 'i').test(before)) return 'date';
    if (new RegExp(`^\\s*(?:${MONTHS})\\b`, 'i').test(after)) return 'date';
  }
  if (/^\s*(?:%|per\s*cent\b|percent\b|percentage points?\b)/i.test(after)) return 'percentage';
  if (/^-year-old\b|^\s+years?\s+old\b/i.test(after) || /\baged\s+$/i.test(before)) return 'age';
  if (new RegExp(`^(?:-|\\s*)(?:${DISTANCE})\\b`, 'i').test(after)) return 'distance or size';
  if (new RegExp(`^(?:-|\\s+)(?:${DURATION})\\b`, 'i').test(after)) return 'duration';
  if (digits && /^s\b|^'s\b|^’s\b/.test(after)) return 'year';
  return null;
}

function prefixOf(text: string, start: number): { bound: Bound; start: number; note?: string } | null {
  const before = text.slice(Math.max(0, start - 30), start);
  for (const p of PREFIX) {
    const escaped = p.words.replace(/[.~]/g, (c) => `\\${c}`);
    const boundary = /^\w/.test(p.words) ? '\\b' : '';
    const m = new RegExp(`${boundary}${escaped}\\s*$`, 'i').exec(before);
    if (m)
      return {
        bound: p.bound,
        start: start - (before.length - m.index),
        ...(p.note ? { note: p.note } : {}),
      };
  }
  return null;
}

/** The words after a figure up to the end of its clause, or up to the next figure (`until`). */
function measureWordsAfter(text: string, from: number, until = text.length): string {
  const rest = text
    .slice(from, Math.max(from, until))
    .replace(/^\s*(?:\+|-?plus\b|or (?:more|so|fewer|less|thereabouts)\b)?/i, '');
  const clause = /^[^.,;:!?()"“”[\]\n]*/.exec(rest)?.[0] ?? '';
  const words: string[] = [];
  for (const w of clause.trim().split(/\s+/)) {
    if (w === '' || (words.length > 0 && MEASURE_STOP.test(w))) break;
    if (words.length === 0 && /^(?:of|the)$/i.test(w)) continue;
    words.push(w);
    if (words.length >= 10) break;
  }
  while (words.length > 0 && /^(?:and|or|but|while|whereas)$/i.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** Every number of a passage: the figures it states, and the numbers that are not figures, with why. */
export function readFigures(text: string): Reading {
  const atoms: Atom[] = [];
  const notFigures: NotAFigure[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);

  for (const v of vagueAt(text, 0)) {
    atoms.push({
      start: v.start,
      end: v.end,
      low: v.vague.low,
      high: v.vague.high,
      scaled: true,
      digits: false,
      about: false,
      notes: [`“${text.slice(v.start, v.end)}” ${v.vague.rule}`],
    });
    taken.push([v.start, v.end]);
  }

  NUMBER_ATOM.lastIndex = 0;
  for (let m = NUMBER_ATOM.exec(text); m; m = NUMBER_ATOM.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    if (m[1] !== undefined) {
      const coreEnd = start + m[1].length;
      // A scale read with the digits ("1.2m") makes them a count, never metres.
      const reason = classify(text, start, m[2] ? end : coreEnd, true);
      if (reason) {
        notFigures.push({ text: m[1], start, end: coreEnd, reason });
        taken.push([start, coreEnd]);
        // Only the digits were judged: let the scan look again right after them.
        NUMBER_ATOM.lastIndex = coreEnd;
        continue;
      }
      const scaleWord = (m[2] ?? m[3])?.toLowerCase();
      const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;
      atoms.push({
        start,
        end,
        low: clean(parseDigits(m[1]) * scale),
        scaled: scale !== 1,
        digits: true,
        about: false,
        notes: [],
      });
    } else if (m[4] !== undefined) {
      const words = m[4];
      const lower = words.toLowerCase();
      if (/^(?:an?|one)$/.test(lower)) continue;
      const reason = classify(text, start, end, false);
      const dozen = /\bdozen$/.test(lower);
      const value = dozen ? (parseWords(lower.replace(/\s*dozen$/, '')) ?? 1) * 12 : parseWords(lower);
      if (value === undefined) continue;
      if (reason) {
        notFigures.push({ text: words, start, end, reason });
        continue;
      }
      // "a thousand" is 1,000; "a dozen" is a round word for about 12.
      const article = /^an?\s/.test(lower);
      const about = dozen && article;
      const notes =
        article || dozen
          ? [`“${words}” read as ${about ? 'about ' : ''}${value.toLocaleString('en-GB')}`]
          : [];
      const scaled = /hundred|thousand|million|billion|dozen/.test(lower);
      atoms.push({ start, end, low: value, scaled, digits: false, about, notes });
    }
  }
  atoms.sort((a, b) => a.start - b.start);
  return { figures: combine(text, atoms), notFigures: notFigures.sort((a, b) => a.start - b.start) };
}

/** Joins atoms into figures: ranges ("between A and B", "A–B"), bounds from the words around them. */
function combine(text: string, atoms: Atom[]): FigureReading[] {
  const figures: FigureReading[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as Atom;
    const next = atoms[i + 1];
    const notes = [...a.notes];
    const prefix = prefixOf(text, a.start);
    const between = /\b(between|from)\s+$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
    const gap = next ? text.slice(a.end, next.start) : '';
    const joined =
      next &&
      a.high === undefined &&
      next.high === undefined &&
      (/^\s*[–—-]\s*$|^\s+to\s+$/i.test(gap) || (between && /^\s+and\s+$/i.test(gap)));
    if (joined && next) {
      let low = a.low;
      // "between 1 and 1.5 million": the scale of the second number applies to the first.
      if (!a.scaled && next.scaled && a.digits && next.digits) {
        const scale = scaleOf(text.slice(next.start, next.end));
        if (scale > 1 && a.low * scale <= next.low) low = clean(a.low * scale);
      }
      const start = between ? a.start - between[0].length : a.start;
      figures.push({
        stated: text.slice(start, next.end),
        start,
        end: next.end,
        bound: 'range',
        low,
        high: next.low,
        measureWords: measureWordsAfter(text, next.end, nextStart(text, atoms[i + 2])),
        notes: [...notes, ...next.notes],
      });
      i += 1;
      continue;
    }
    const after = text.slice(a.end, a.end + 16);
    const plus = /^(?:\+|-plus\b)/i.exec(after);
    const orMore = /^\s+or more\b/i.exec(after);
    const orSo = /^\s+or (?:so|thereabouts)\b/i.exec(after);
    const orFewer = /^\s+or (?:fewer|less)\b/i.exec(after);
    const suffix = plus ?? orMore ?? orSo ?? orFewer;
    const end = a.end + (suffix?.[0].length ?? 0);
    const start = prefix?.start ?? a.start;
    const base = {
      stated: text.slice(start, end),
      start,
      end,
      measureWords: measureWordsAfter(text, end, nextStart(text, next)),
    };
    if (a.high !== undefined) {
      // A vague quantity: a range, unless a bound word opens or closes it.
      if (prefix?.bound === 'more-than' || prefix?.bound === 'at-least') {
        figures.push({ ...base, bound: prefix.bound, low: a.low, notes });
      } else if (prefix?.bound === 'at-most') {
        figures.push({ ...base, bound: 'at-most', high: a.high, notes: withNote(notes, prefix.note) });
      } else figures.push({ ...base, bound: 'range', low: a.low, high: a.high, notes });
      continue;
    }
    if (plus) figures.push({ ...base, bound: 'more-than', low: a.low, notes });
    else if (orMore) figures.push({ ...base, bound: 'at-least', low: a.low, notes });
    else if (orSo) figures.push({ ...base, bound: 'about', low: a.low, notes });
    else if (orFewer) figures.push({ ...base, bound: 'at-most', high: a.low, notes });
    else if (prefix?.bound === 'at-most') {
      figures.push({ ...base, bound: 'at-most', high: a.low, notes: withNote(notes, prefix.note) });
    } else if (prefix) figures.push({ ...base, bound: prefix.bound, low: a.low, notes });
    else if (a.about) figures.push({ ...base, bound: 'about', low: a.low, notes });
    else figures.push({ ...base, bound: 'exact', low: a.low, notes });
  }
  return figures;
}

/** Where the next figure's words begin: its bound word, or its number. */
const nextStart = (text: string, atom: Atom | undefined) =>
  atom ? (prefixOf(text, atom.start)?.start ?? atom.start) : text.length;

const withNote = (notes: string[], note: string | undefined) => (note ? [...notes, note] : notes);

function scaleOf(atom: string): number {
  const m = /(k|m|bn|thousand|million|billion)$/i.exec(atom.trim());
  return m ? (SCALES[(m[1] ?? '').toLowerCase()] ?? 1) : 1;
}

export interface QuoteReading extends Reading {
  /** Figures the selection cuts short ("between 1,100" of "between 1,100 and 3,000"), as stated in full. */
  cutShort: string[];
}

/**
 * The figures a quote states, read with the text just after it so a quote that ends at the number ("over
 * 1,100", followed by "North Koreans have been … dead or injured") still gets its measure words and a
 * number followed by a month is still a date. Only figures wholly inside the quote are proposed; one the
 * selection cuts short is named so the analyst can widen the selection.
 */
export function readQuote(quote: string, textAfter = ''): QuoteReading {
  const all = readFigures(`${quote}${textAfter.slice(0, 200)}`);
  const starts = (x: { start: number }) => x.start < quote.length;
  return {
    figures: all.figures.filter((f) => f.end <= quote.length),
    notFigures: all.notFigures.filter(starts),
    cutShort: all.figures.filter((f) => starts(f) && f.end > quote.length).map((f) => f.stated),
  };
}
