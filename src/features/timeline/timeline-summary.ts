/** The timeline in words, for the slide's notes and the export's alt text. */
import { isoFromDayNumber } from '../../data/dates';
import { formatIsoDate } from '../../lib/format';
import type { DayRange, TimelineItem, TimelineLane } from './timeline-model';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function timelineRangeText(range: DayRange): string {
  return `${formatIsoDate(isoFromDayNumber(range.start))} – ${formatIsoDate(isoFromDayNumber(range.end))}`;
}

/** What the timeline shows: how many events and claims, over which dates, in which lanes, how precise. */
export function timelineSummary(
  items: readonly TimelineItem[],
  lanes: readonly TimelineLane[],
  range: DayRange,
): string {
  let events = 0;
  let claims = 0;
  let month = 0;
  let approx = 0;
  const perCategory = new Map<string, number>();
  // One pass: this may run over a hundred thousand items.
  for (const it of items) {
    if (it.end < range.start || it.start > range.end) continue;
    if (it.kind === 'event') events += 1;
    else claims += 1;
    if (it.date.precision === 'month') month += 1;
    else if (it.date.precision === 'approx') approx += 1;
    perCategory.set(it.category.id, (perCategory.get(it.category.id) ?? 0) + 1);
  }
  if (events + claims === 0) {
    return `The timeline shows no event or claim from ${timelineRangeText(range)} under the current filters.`;
  }
  const perLane = lanes
    .filter((lane) => (perCategory.get(lane.category.id) ?? 0) > 0)
    .map((lane) => `${lane.category.label} ${perCategory.get(lane.category.id) ?? 0}`);
  const precision = [
    ...(month > 0
      ? [`${plural(month, 'item is', 'items are')} known only to the month (drawn as spans)`]
      : []),
    ...(approx > 0 ? [`${plural(approx, 'item is', 'items are')} dated approximately (marked ≈)`] : []),
  ];
  return [
    `The timeline shows ${plural(events, 'event', 'events')} and ${plural(claims, 'claim', 'claims')} ` +
      `from ${timelineRangeText(range)}, in lanes by category: ${perLane.join(', ')}.`,
    ...(precision.length > 0 ? [`${precision.join('; ')}.`] : []),
  ].join(' ');
}
