import './chart.css';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ExportMenu } from '../../components/ExportMenu';
import { sourceColour } from '../../config/palette';
import { useDataset } from '../../data/dataset-context';
import { chartReference, type Estimate } from '../../data/estimates';
import { ORIGIN_LABEL } from '../../data/labels';
import { formatFuzzyDate } from '../../lib/format';
import { describeFigure } from '../../data/figure-words';
import { useAppStore } from '../../state/store';
import { isSelected } from '../../data/selection';
import { useRelated } from '../../state/use-filtered';
import { disparityLayout, legendLayout, overTimeLayout, markLabel } from './chart-model';
import { ChartControls } from './ChartControls';
import { ChartTable } from './ChartTable';
import { chartView } from './chart-view';
import { DisparityChart } from './DisparityChart';
import { EstimateTooltip } from './EstimateTooltip';
import type { MarkContext } from './marks';
import { OverTimeChart } from './OverTimeChart';
import { useEstimates } from './use-estimates';

/** The estimate-disparity chart: every source's figure with its bounds, the disparity, and how estimates moved. */
export function ChartPanel() {
  const dataset = useDataset();
  const related = useRelated();
  const ui = useAppStore((s) => s.ui);
  const setUi = useAppStore((s) => s.setUi);
  const select = useAppStore((s) => s.select);
  const selection = useAppStore((s) => s.selection);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const ids = { title: useId(), summary: useId(), tooltip: useId() };

  const { sources, all, visible } = useEstimates();
  const reference = useMemo(() => chartReference(dataset), [dataset]);
  const view = useMemo(
    () =>
      chartView({
        measures: dataset.measures,
        reference,
        all,
        visible,
        mode: ui.chartMode,
        scale: ui.chartScale,
        measureId: ui.measure,
      }),
    [dataset, reference, all, visible, ui.chartMode, ui.chartScale, ui.measure],
  );

  const sourceIds = useMemo(() => dataset.sources.map((s) => s.id), [dataset]);
  const measureLabel = useCallback(
    (id: string) => dataset.measures.find((m) => m.id === id)?.label ?? id,
    [dataset],
  );
  const what = (view.measure?.label ?? '').toLowerCase();
  const marks: MarkContext = {
    colourOf: (id) => sourceColour(sourceIds, id),
    selectedKeys: new Set(view.rows.filter((e) => isSelected(selection, e.kind, e.rowId)).map((e) => e.key)),
    relatedKeys: new Set(
      view.rows
        .filter((e) => (e.kind === 'claim' ? related.claimIds : related.eventIds).has(e.rowId))
        .map((e) => e.key),
    ),
    activeKey,
    tooltipId: ids.tooltip,
    labelOf: (e) => markLabel(e, view.axis),
    ariaLabelOf: (e: Estimate) =>
      `${e.sourceName} (${e.reliability}): ${describeFigure(e)} ${what}, ${formatFuzzyDate(e.date)}, ${ORIGIN_LABEL[e.origin].toLowerCase()}`,
    onActivate: (e) => select({ kind: e.kind, id: e.rowId }),
    onHover: setActiveKey,
  };
  const labelling = { 'aria-labelledby': ids.title, 'aria-describedby': ids.summary, titleId: ids.title };

  const legend = legendLayout(
    [...new Set(view.rows.map((e) => e.sourceId))].map((id) => ({
      sourceId: id,
      name: sources.get(id)?.shortName ?? id,
    })),
  );
  const layout =
    view.rows.length === 0
      ? null
      : ui.chartMode === 'disparity'
        ? disparityLayout(view.rows, view.axis, view.forceLabel !== null)
        : overTimeLayout(view.rows, view.axis, reference.asOfDate, (legend[legend.length - 1]?.row ?? 0) + 1);
  const active = layout?.marks.find((m) => m.estimate.key === activeKey) ?? null;
  const frame = useRef<HTMLDivElement>(null);
  const getSvg = useCallback(() => frame.current?.querySelector<SVGSVGElement>(':scope > svg') ?? null, []);
  // The chart draws its own headline; the caption says what is measured and how it is drawn.
  const exportSubtitle = [
    `Measure: ${view.measure ? `${view.measure.label} (${view.measure.unit})` : 'none'}`,
    ui.chartMode === 'disparity' ? 'disparity as of the article' : 'estimates over time',
    ui.chartScale === 'share' && view.shareAvailable ? 'share of the deployed force' : 'numbers as stated',
  ].join(' · ');

  return (
    <div className="chart-panel">
      <ExportMenu
        view="chart"
        viewTitle={view.title}
        subtitle={exportSubtitle}
        getSvg={getSvg}
        summary={view.summary}
      />
      <ChartControls
        measures={view.measures}
        measureId={view.measure?.id ?? ''}
        mode={ui.chartMode}
        scale={ui.chartScale}
        shareAvailable={view.shareAvailable}
        onMeasure={(measure) => setUi({ measure })}
        onMode={(chartMode) => setUi({ chartMode })}
        onScale={(chartScale) => setUi({ chartScale })}
      />
      {ui.chartMode === 'disparity' && view.ratioText && (
        <p className="chart-disparity" data-testid="chart-disparity">
          <strong>{view.ratioText.headline}</strong> {view.ratioText.caveat}
          {view.ratio?.articleOnly ? ' (Among the article’s own figures.)' : ''}
        </p>
      )}
      {view.total > view.rows.length && (
        <p className="chart-note" role="status">
          {ui.chartMode === 'disparity'
            ? `${view.total} estimates: showing ${view.rows.length}, evenly spread from the lowest to the highest.`
            : `${view.total} figures: showing each source’s latest per month, the latest ${view.rows.length}.`}
        </p>
      )}
      {layout === null ? (
        <EmptyState>
          No estimate of {what || 'any measure'} passes the current filters
          {view.hiddenCount > 0 ? ` (${view.hiddenCount} hidden by the filters)` : ''}.
        </EmptyState>
      ) : (
        <div className="chart-frame" ref={frame}>
          {'rowsBottom' in layout ? (
            <DisparityChart
              layout={layout}
              axis={view.axis}
              title={view.title}
              headline={view.ratioText?.headline ?? null}
              forceLabel={view.forceLabel}
              marks={marks}
              labelling={labelling}
            />
          ) : (
            <OverTimeChart
              layout={layout}
              axis={view.axis}
              title={view.title}
              articleDate={reference.asOfDate}
              legend={legend}
              marks={marks}
              labelling={labelling}
            />
          )}
          {active && (
            <EstimateTooltip
              id={ids.tooltip}
              estimate={active.estimate}
              sourceFullName={sources.get(active.estimate.sourceId)?.name ?? active.estimate.sourceName}
              measureLabel={measureLabel(active.estimate.measure)}
              left={(active.x / layout.width) * 100}
              top={(active.y / layout.height) * 100}
            />
          )}
        </div>
      )}
      <p id={ids.summary} className="chart-summary">
        {view.summary}
      </p>
      <ChartTable rows={view.rows} measureLabel={measureLabel} caption={view.title} />
    </div>
  );
}
