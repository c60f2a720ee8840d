/**
 * Dates as tables write them, read in the one format the analyst chose for the column: never guessed per
 * row, so 03/04/2024 is always the same day in one column. A date that does not exist (31/02/2024) is an
 * error, never moved to the nearest real day.
 */
import { isRealDate } from './dates';
import type { DateFormat } from './table-mapping';

export type DateCell = { ok: true; date: string; time?: string } | { ok: false; reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  if (lower.length < 3) return 0;
  const i = MONTHS.findIndex((m) => lower.startsWith(m) && m.startsWith(lower.slice(0, 3)));
  return i + 1;
}

/** A trailing time: "14:30", "14:30:05", "14:30:05.000", "T14:30Z". */
const TIME = '(?:[T ]+(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const NUMERIC = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${TIME}$`);
/** "15 March 2024", "15-Mar-2024", "15 Mar. 2024". */
const DAY_MONTH_WORD = new RegExp(`^(\\d{1,2})[ -]+([A-Za-z]+)\\.?[ -,]+(\\d{4})${TIME}$`);
/** "March 15, 2024", "Mar 15 2024". */
const MONTH_WORD_DAY = new RegExp(`^([A-Za-z]+)\\.?[ -]+(\\d{1,2}),?[ -]+(\\d{4})${TIME}$`);

const num = (m: RegExpExecArray, i: number) => Number(m[i] ?? NaN);
const pad = (n: number) => String(n).padStart(2, '0');

const FORMAT_WORDS: Record<DateFormat, string> = {
  iso: 'YYYY-MM-DD',
  'iso-time': 'YYYY-MM-DD HH:MM',
  'day-first': 'day first (DD/MM/YYYY)',
  'month-first': 'month first (MM/DD/YYYY)',
};

/** Reads one cell as a date in `format`; the reason names the value and the format when it cannot. */
export function readDate(cell: string, format: DateFormat): DateCell {
  const text = cell.trim();
  let parts: [number, number, number, string | undefined, string | undefined] | null = null;
  let m: RegExpExecArray | null;
  if (format === 'iso' || format === 'iso-time') {
    if ((m = ISO.exec(text))) parts = [num(m, 1), num(m, 2), num(m, 3), m[4], m[5]];
  } else if ((m = NUMERIC.exec(text))) {
    const [a, b] = [num(m, 1), num(m, 2)];
    parts = format === 'day-first' ? [num(m, 3), b, a, m[4], m[5]] : [num(m, 3), a, b, m[4], m[5]];
  } else if (format === 'day-first' && (m = DAY_MONTH_WORD.exec(text))) {
    parts = [num(m, 3), monthNumber(m[2] ?? ''), num(m, 1), m[4], m[5]];
  } else if (format === 'month-first' && (m = MONTH_WORD_DAY.exec(text))) {
    parts = [num(m, 3), monthNumber(m[1] ?? ''), num(m, 2), m[4], m[5]];
  }
  const shown = `"${text.slice(0, 40)}"`;
  if (!parts) return { ok: false, reason: `${shown} is not a date written ${FORMAT_WORDS[format]}` };
  const [year, month, day, hours, minutes] = parts;
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (month < 1 || month > 12 || !isRealDate(iso)) {
    return { ok: false, reason: `${shown} is not a real calendar date (read ${FORMAT_WORDS[format]})` };
  }
  if (iso < '1900-01-01' || iso > '2100-12-31') {
    return { ok: false, reason: `${shown} lies outside 1900–2100` };
  }
  if (format !== 'iso-time' || hours === undefined || minutes === undefined) return { ok: true, date: iso };
  const h = Number(hours);
  const min = Number(minutes);
  if (h > 23 || min > 59) return { ok: false, reason: `${shown} has no such time of day` };
  return { ok: true, date: iso, time: `${pad(h)}:${pad(min)}` };
}

/**
 * The format a column's sample dates are written in: the one that reads the most samples, the preferred
 * one on a tie (03/04/2024 stays as the preset says); null when none reads any. A sample no format reads
 * (31/02/2024) is left for the row errors.
 */
export function detectDateFormat(samples: readonly string[], preferred: DateFormat): DateFormat | null {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  const order: DateFormat[] = [preferred, 'iso', 'day-first', 'month-first'];
  let best: DateFormat | null = null;
  let most = 0;
  for (const format of order) {
    const read = values.filter((v) => readDate(v, format).ok).length;
    if (read > most) [best, most] = [format, read];
  }
  return best;
}
