/**
 * A date range, inclusive, either end open. A row passes when any day its date may mean lies in the range,
 * so a month-precision date stays in a range that cuts its month.
 */
import { formatIsoDate } from '../../lib/format';
import { dayNumber, isoFromDayNumber } from '../dates';
import { IsoDateSchema } from '../schema';
import { defineFilter } from './types';

const dateParam = IsoDateSchema.optional().catch(undefined);

export const datesFilter = defineFilter({
  key: 'dates',
  defaults: { dateFrom: null as string | null, dateTo: null as string | null },
  domain: (_dataset, index) =>
    index.domain
      ? { min: isoFromDayNumber(index.domain.start), max: isoFromDayNumber(index.domain.end) }
      : null,
  /** A reversed range is turned; an end beyond the data is clamped to it, or opened when it covers it. */
  clamp: ({ dateFrom, dateTo }, domain) => {
    let from = dateFrom;
    let to = dateTo;
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    if (domain) {
      if (from !== null) from = from <= domain.min ? null : from > domain.max ? domain.max : from;
      if (to !== null) to = to >= domain.max ? null : to < domain.min ? domain.min : to;
    }
    return { dateFrom: from, dateTo: to };
  },
  url: {
    params: { from: dateParam, to: dateParam },
    read: (params) => ({ dateFrom: params.from ?? null, dateTo: params.to ?? null }),
    write: (value) => ({ from: value.dateFrom, to: value.dateTo }),
  },
  describe: ({ dateFrom, dateTo }) => {
    if (dateFrom === null && dateTo === null) return [];
    const from = dateFrom === null ? 'the start' : formatIsoDate(dateFrom);
    const to = dateTo === null ? 'the end' : formatIsoDate(dateTo);
    return [{ key: 'dates', label: `Dates: ${from} – ${to}`, remove: { dateFrom: null, dateTo: null } }];
  },
  compile: ({ dateFrom, dateTo }) => {
    if (dateFrom === null && dateTo === null) return null;
    const from = dateFrom === null ? -Infinity : dayNumber(dateFrom);
    const to = dateTo === null ? Infinity : dayNumber(dateTo);
    return { kind: 'rows', test: (rows, i) => (rows.end[i] ?? 0) >= from && (rows.start[i] ?? 0) <= to };
  },
});
