import { formatNumber } from '../../lib/format';
import './timeline.css';
import { useCallback, useMemo, useRef } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ExportMenu } from '../../components/ExportMenu';
import { useDataset } from '../../data/dataset-context';
import { dayNumber, isoFromDayNumber } from '../../data/dates';
import { datasetIndex } from '../../data/dataset-index';
import { useAppStore } from '../../state/store';
import { useLeadingFilters } from '../../state/applied-filters';
import { useFacetCounts, useRelated } from '../../state/use-filtered';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineList } from './TimelineList';
import {
  allTimelineItems,
  timelineLanes,
  timelineItems,
  viewRange,
  type DayRange,
  type TimelineItem,
} from './timeline-model';
import { timelineRangeText, timelineSummary } from './timeline-summary';
import { useWidth } from '../../components/use-width';

/** Events and the article's claims in lanes by category on a time axis, and the same items as a list. */
export function TimelinePanel() {
  const dataset = useDataset();
  const filters = useLeadingFilters();
  const counts = useFacetCounts(filters);
  const related = useRelated();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  // The axis follows the same filters as the rows: one render for both.
  const { dateFrom, dateTo } = filters;
  const setFilters = useAppStore((s) => s.setFilters);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 900, false);

  const items = useMemo(() => timelineItems(dataset, filters), [dataset, filters]);
  const allItems = useMemo(() => allTimelineItems(dataset), [dataset]);
  const lanes = useMemo(() => timelineLanes(dataset), [dataset]);
  const extent = datasetIndex(dataset).domain;
  const range = useMemo(
    () =>
      viewRange(
        extent,
        dateFrom === null ? null : dayNumber(dateFrom),
        dateTo === null ? null : dayNumber(dateTo),
      ),
    [extent, dateFrom, dateTo],
  );
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const pick = useCallback((it: TimelineItem) => select({ kind: it.kind, id: it.id }), [select]);
  const getSvg = useCallback(
    () => box.current?.querySelector<SVGSVGElement>('svg.timeline-axis') ?? null,
    [box],
  );
  const summary = useCallback(() => timelineSummary(items, lanes, range), [items, lanes, range]);
  const setRange = useCallback(
    (r: DayRange) => setFilters({ dateFrom: isoFromDayNumber(r.start), dateTo: isoFromDayNumber(r.end) }),
    [setFilters],
  );

  return (
    <div className="timeline-panel">
      <div className="timeline-panel__bar">
        <p className="timeline-status">
          Showing {formatNumber(counts.eventsShown)} of {formatNumber(dataset.events.length)} events
        </p>
        <p className="timeline-status__claims muted">
          and {formatNumber(counts.claimsShown)} of {formatNumber(dataset.claims.length)} article claims (at
          their as-of date)
        </p>
        {dateFrom !== null || dateTo !== null ? (
          <button
            type="button"
            className="link-button"
            onClick={() => setFilters({ dateFrom: null, dateTo: null })}
          >
            Show all dates
          </button>
        ) : null}
        <ExportMenu
          view="timeline"
          viewTitle="Timeline: events and article claims by category"
          subtitle={`${timelineRangeText(range)} · filled: article claim, outlined: context, dashed: later context; ≈ approximate date`}
          getSvg={getSvg}
          summary={summary}
        />
      </div>
      <TimelineLegend />
      <div ref={box} className="timeline-panel__axis">
        {extent && (
          <TimelineAxis
            width={width}
            items={items}
            allItems={allItems}
            lanes={lanes}
            range={range}
            extent={extent}
            selection={selection}
            related={related}
            onPick={pick}
            onRange={setRange}
          />
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState>No event or claim matches the current filters.</EmptyState>
      ) : (
        <TimelineList items={items} sources={sources} selection={selection} related={related} onPick={pick} />
      )}
    </div>
  );
}
