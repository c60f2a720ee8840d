import './chart.css';
import { lazy, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { Deferred } from '../../components/Deferred';
import { preloadable, useSettledAfterPaint } from '../../components/preloadable';
import { EmptyState } from '../../components/EmptyState';
import { ExportMenu } from '../../components/ExportMenu';
import { sourceColour } from '../../config/palette';
import { NOT_GRADED, ORIGIN_LABEL } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { chartReference, type Estimate } from '../../data/estimates';
import { useJudgements } from '../../data/judgements-context';
import type { AssessedRange } from '../../data/schema';
import { describeFigure } from '../../data/figure-words';
import { formatFuzzyDate } from '../../lib/format';
import { isSelected } from '../../data/selection';
import { useAppStore } from '../../state/store';
import { useRelated } from '../../state/use-filtered';
import { markLabel } from './chart-model';
import { ChartControls } from './ChartControls';
import { ChartTable } from './ChartTable';
import { disparityLayout } from './disparity-layout';
import { chartView } from './chart-view';
import { EstimateTooltip } from './EstimateTooltip';
import { MarksContext, type MarkContext } from './mark-context';
import { useEstimates } from './use-estimates';
import { useWidth } from '../../components/use-width';

/**
 * The drawing (recharts) is a chunk asked for once the first screen is painted: the panel's headline,
 * summary and table come first, the drawing in the room kept for it.
 */
const disparityChunk = preloadable(() => import('./DisparityChart').then((m) => m.DisparityChart));
const DisparityChart = disparityChunk.Component;
// The view over time and the range form load when first asked for: the first screen shows the disparity.
const OverTimeChart = lazy(() => import('./OverTimeChart').then((m) => ({ default: m.OverTimeChart })));
const RangeEditor = lazy(() => import('./RangeEditor').then((m) => ({ default: m.RangeEditor })));

const NO_RANGES: readonly AssessedRange[] = [];
/** Below this the chart is drawn at this width and scaled down, rather than squeezing its labels. */
const MIN_WIDTH = 560;

/** A source's grade for a screen reader: "B", or "not graded". */
const grade = (e: Estimate) => e.reliability ?? NOT_GRADED;

function ariaLabelOf(e: Estimate, what: string): string {
  if (e.kind === 'tally') {
    return `${e.sourceName} (${grade(e)}): tally of ${e.events ?? 0} coded events, ${describeFigure(e)} ${what}, ${formatFuzzyDate(e.date)}: a count of events, not a claimed total`;
  }
  return `${e.sourceName} (${grade(e)}): ${describeFigure(e)} ${what}, ${formatFuzzyDate(e.date)}, ${ORIGIN_LABEL[e.origin].toLowerCase()}`;
}

/** The estimate-disparity chart: every source's figure with its bounds, the disparity, and how estimates moved. */
export function ChartPanel() {
  const dataset = useDataset();
  const judgements = useJudgements();
  const related = useRelated();
  const ui = useAppStore((s) => s.ui);
  // The controls answer a key at once; the chart follows in a render React can interrupt (at 100,000
  // events, redrawing it in the key's own frame would hold that frame).
  const shown = useDeferredValue(ui);
  const setUi = useAppStore((s) => s.setUi);
  const select = useAppStore((s) => s.select);
  const selection = useAppStore((s) => s.selection);
  const [tip, setTip] = useState<{ key: string; left: number; top: number } | null>(null);
  const [editing, setEditing] = useState(false);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const ids = { summary: useId(), tooltip: useId() };
  const panel = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(MIN_WIDTH, useWidth(panel, 640));

  const drawingArrived = useSettledAfterPaint(disparityChunk);
  const { sources, all, visible } = useEstimates();
  const reference = useMemo(() => chartReference(dataset), [dataset]);
  const ranges = dataset.analystJudgements?.ranges ?? NO_RANGES;
  const view = useMemo(
    () =>
      chartView({
        measures: dataset.measures,
        reference,
        all,
        visible,
        mode: shown.chartMode,
        scale: shown.chartScale,
        measureId: shown.measure,
        figures: shown.chartFigures,
        ranges,
      }),
    [
      dataset,
      reference,
      all,
      visible,
      shown.chartMode,
      shown.chartScale,
      shown.measure,
      shown.chartFigures,
      ranges,
    ],
  );

  const sourceIds = useMemo(() => dataset.sources.map((s) => s.id), [dataset]);
  const measureLabel = useCallback(
    (id: string) => dataset.measures.find((m) => m.id === id)?.label ?? id,
    [dataset],
  );
  const what = (view.measure?.label ?? '').toLowerCase();
  const onHover = useCallback((key: string | null, target: Element | null) => {
    if (!key || !target) {
      setTip(null);
      return;
    }
    // The tooltip sits by the mark's point, in percent of the frame so it follows the chart's scaling.
    const box = frame.current?.getBoundingClientRect();
    const at = (target.querySelector('[data-part="point"]') ?? target).getBoundingClientRect();
    const share = (offset: number, size: number | undefined) => (size ? (offset / size) * 100 : 0);
    setTip({
      key,
      left: share(at.x + at.width / 2 - (box?.x ?? 0), box?.width),
      top: share(at.y + at.height / 2 - (box?.y ?? 0), box?.height),
    });
  }, []);
  const selectedOf = (e: Estimate) =>
    e.kind === 'tally' ? isSelected(selection, 'source', e.rowId) : isSelected(selection, e.kind, e.rowId);
  const colourOf = useCallback((id: string) => sourceColour(sourceIds, id), [sourceIds]);
  const labelOf = useCallback((e: Estimate) => markLabel(e, view.axis), [view.axis]);
  const marks: MarkContext = {
    colourOf,
    selectedKeys: new Set(view.rows.filter(selectedOf).map((e) => e.key)),
    relatedKeys: new Set(
      view.rows
        .filter(
          (e) =>
            e.kind !== 'tally' && (e.kind === 'claim' ? related.claimIds : related.eventIds).has(e.rowId),
        )
        .map((e) => e.key),
    ),
    activeKey: tip?.key ?? null,
    tooltipId: ids.tooltip,
    tabKey: view.rows.some((e) => e.key === focusedKey) ? focusedKey : (view.rows[0]?.key ?? null),
    onFocusMark: setFocusedKey,
    labelOf,
    ariaLabelOf: (e) => ariaLabelOf(e, what),
    // A tally stands for a source's coded events: Enter selects the source.
    onActivate: (e) => select({ kind: e.kind === 'tally' ? 'source' : e.kind, id: e.rowId }),
    onHover,
  };
  const labelling = useMemo(
    () => ({ 'aria-label': view.title, 'aria-describedby': ids.summary }),
    [view.title, ids.summary],
  );
  const sourceName = useCallback((id: string) => sources.get(id)?.shortName ?? id, [sources]);
  const active = tip ? view.rows.find((e) => e.key === tip.key) : undefined;
  const getSvg = useCallback(
    () => frame.current?.querySelector<SVGSVGElement>('svg[data-chart]') ?? null,
    [],
  );
  // The chart draws its own headline; the caption says what is measured and how it is drawn.
  const exportSubtitle = [
    `Measure: ${view.measure ? `${view.measure.label} (${view.measure.unit})` : 'none'}`,
    shown.chartMode === 'disparity' ? 'disparity as of the article' : 'estimates over time',
    shown.chartScale === 'share' && view.shareAvailable ? 'share of the deployed force' : 'numbers as stated',
    ...(view.tallied ? ['event figures tallied per source (counts of coded events)'] : []),
  ].join(' · ');
  const citable = useMemo(() => {
    const ofMeasure = all.filter((e) => e.measure === view.measure?.id && e.kind !== 'tally');
    const claims = ofMeasure.filter((e) => e.kind === 'claim');
    // Hundreds of coded events are no list to tick: then only the claims are offered.
    return ofMeasure.length - claims.length > 40 ? claims : ofMeasure;
  }, [all, view.measure]);

  return (
    <div className="chart-panel" ref={panel}>
      <ChartControls
        measures={view.measures}
        measureId={view.measure?.id ?? ''}
        mode={ui.chartMode}
        scale={ui.chartScale}
        shareAvailable={view.shareAvailable}
        figures={view.tallyAvailable ? (view.tallied ? 'tally' : 'latest') : null}
        onMeasure={(measure) => setUi({ measure })}
        onMode={(chartMode) => setUi({ chartMode })}
        onScale={(chartScale) => setUi({ chartScale })}
        onFigures={(chartFigures) => setUi({ chartFigures })}
        onEditRange={judgements && view.measure ? () => setEditing(true) : null}
        hasRange={view.range !== null}
      >
        <ExportMenu
          view="chart"
          viewTitle={view.title}
          subtitle={exportSubtitle}
          judgement={view.rangeText ?? undefined}
          getSvg={getSvg}
          summary={view.summary}
        />
      </ChartControls>
      {view.sampleNote && (
        <p className="chart-note" role="status">
          {view.sampleNote}
        </p>
      )}
      {view.rows.length === 0 ? (
        <EmptyState>
          No estimate of {what || 'any measure'} passes the current filters
          {view.hiddenCount > 0 ? ` (${view.hiddenCount} hidden by the filters)` : ''}.
        </EmptyState>
      ) : (
        <div className="chart-frame" ref={frame}>
          <MarksContext.Provider value={marks}>
            {shown.chartMode === 'disparity' && !drawingArrived ? (
              <p
                role="status"
                className="deferred-status chart-drawing"
                style={{ aspectRatio: `${width} / ${disparityLayout({ ...view, width }).height}` }}
              >
                Drawing the chart…
              </p>
            ) : shown.chartMode === 'disparity' ? (
              <Deferred what="the chart">
                <DisparityChart
                  rows={view.rows}
                  width={width}
                  axis={view.axis}
                  title={view.title}
                  headline={view.ratioText?.headline ?? null}
                  forceLabel={view.forceLabel}
                  range={view.range}
                  labelling={labelling}
                />
              </Deferred>
            ) : (
              <Deferred what="the chart over time">
                <OverTimeChart
                  rows={view.rows}
                  width={width}
                  axis={view.axis}
                  title={view.title}
                  articleDate={reference.asOfDate}
                  range={view.range}
                  sourceName={sourceName}
                  colourOf={colourOf}
                  labelOf={labelOf}
                  labelling={labelling}
                />
              </Deferred>
            )}
          </MarksContext.Provider>
          {active && tip && (
            <EstimateTooltip
              id={ids.tooltip}
              estimate={active}
              sourceFullName={sources.get(active.sourceId)?.name ?? active.sourceName}
              measureLabel={measureLabel(active.measure)}
              left={tip.left}
              top={tip.top}
            />
          )}
        </div>
      )}
      {/* Below the drawing, which carries the headline itself: the chart stays in view in a short panel. */}
      {shown.chartMode === 'disparity' && view.ratioText && (
        <p className="chart-disparity" data-testid="chart-disparity">
          <strong>{view.ratioText.headline}</strong> {view.ratioText.caveat}
          {view.ratio?.articleOnly ? ' (Among the article’s own figures.)' : ''}
        </p>
      )}
      {view.tallied && (
        <p className="chart-note">
          Σ Tallies add up each source’s coded events (their figures of {what}, within the filters): counts of
          events, not claimed totals, so they are not compared with the sources’ claims.
        </p>
      )}
      {view.rangeText && (
        <p className="chart-note chart-note--analyst" data-testid="chart-analyst-range">
          {view.rangeText}
        </p>
      )}
      <p id={ids.summary} className="chart-summary">
        {view.summary}
      </p>
      <ChartTable rows={view.rows} range={view.range} measureLabel={measureLabel} caption={view.title} />
      {editing && judgements && view.measure && (
        <Deferred what="the assessed-range form">
          <RangeEditor
            context={judgements}
            measure={view.measure}
            range={view.range}
            citable={citable}
            defaultAsOf={reference.asOfDate ?? new Date().toISOString().slice(0, 10)}
            onClose={() => setEditing(false)}
          />
        </Deferred>
      )}
    </div>
  );
}
