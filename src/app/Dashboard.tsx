import { lazy, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { usePanelRef } from 'react-resizable-panels';
import { Deferred } from '../components/Deferred';
import { Panel } from '../components/Panel';
import { Toolbar } from '../components/Toolbar';
import { useDataset } from '../data/dataset-context';
import { useJudgements } from '../data/judgements-context';
import { ArticlePanel } from '../features/article/ArticlePanel';
import { AuthoringControls } from '../features/authoring/AuthoringControls';
import { ChartPanel } from '../features/chart/ChartPanel';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { ImportControls } from '../features/import/ImportControls';
import { ImportMessages } from '../features/import/ImportMessages';
import { SourcesGrades } from '../features/judgement/SourcesGrades';
import { useMapTitle } from '../features/map/map-area';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { AppliedFiltersProvider } from '../state/applied-filters';
import { useLayoutStore, type Area } from '../state/layout';
import { useAppStore } from '../state/store';
import { useUrlSync } from '../state/use-url-sync';
import { DetailsOverlay } from './DetailsOverlay';
import { DrawnWhenNear } from './DrawnWhenNear';
import { mapChunk } from './map-chunk';
import { PrintCaption } from './PrintCaption';
import { SkipLinks } from './SkipLinks';
import { useDetailsHost } from './use-details-host';
import { useStacked } from '../components/use-stacked';
import { Workspace } from './Workspace';

const MapPanel = mapChunk.Component;
// Opened from a claim row or the sources list only: its code loads then.
const GradeEditor = lazy(() =>
  import('../features/judgement/GradeEditor').then((m) => ({ default: m.GradeEditor })),
);

/** The one screen: every panel reads the same filters and the same selection. */
export function Dashboard() {
  const dataset = useDataset();
  const mapTitle = useMapTitle();
  useUrlSync(dataset);
  const stacked = useStacked();
  const { railCollapsed, maximised, epoch, setRailCollapsed, reset } = useLayoutStore();
  const host = useDetailsHost();
  const grading = useJudgements()?.editing != null;
  const readingRef = usePanelRef();
  const [readingCollapsed, setReadingCollapsed] = useState(false);
  useEscapeRestores();
  // When the dashboard first showed a dataset: what the page needed before it is its initial code
  // (measured by `npm run bench`); code asked for after it (the chart's drawing) did not hold the screen.
  useLayoutEffect(() => {
    if (performance.getEntriesByName('first-screen').length === 0) performance.mark('first-screen');
  }, []);

  const reveal = useCallback(
    (area: Area) => {
      if (area === 'filters') setRailCollapsed(false);
      if (area === 'article') readingRef.current?.expand();
    },
    [readingRef, setRailCollapsed],
  );
  const overlay = (area: Area) => (host === area ? <DetailsOverlay /> : null);
  const articleCollapsed = !stacked && readingCollapsed && maximised !== 'article';

  const chart = (
    <Panel
      title="Estimate disparity"
      area="chart"
      maximisable
      className="area-chart"
      overlay={overlay('chart')}
    >
      <ChartPanel />
    </Panel>
  );
  const map = (
    <Panel title={mapTitle} area="map" maximisable className="area-map" overlay={overlay('map')}>
      <DrawnWhenNear active={stacked} what="the map">
        <Deferred what="the map">
          <MapPanel />
        </Deferred>
      </DrawnWhenNear>
    </Panel>
  );
  const timeline = (
    <Panel
      title="Timeline"
      area="timeline"
      maximisable
      className="area-timeline"
      overlay={overlay('timeline')}
    >
      <DrawnWhenNear active={stacked} what="the timeline">
        <TimelinePanel />
      </DrawnWhenNear>
    </Panel>
  );
  const article = (
    <Panel
      title="Documents and claims"
      area="article"
      maximisable
      className="area-article"
      collapsed={articleCollapsed}
      overlay={overlay('article')}
      actions={
        stacked ? null : (
          <button
            type="button"
            className="panel__toggle"
            aria-expanded={!readingCollapsed}
            onClick={() => (readingCollapsed ? readingRef.current?.expand() : readingRef.current?.collapse())}
          >
            {readingCollapsed ? 'Show' : 'Hide'}
            <span className="visually-hidden"> the documents and claims</span>
          </button>
        )
      }
    >
      <DrawnWhenNear active={stacked} what="the documents and claims">
        <ArticlePanel />
      </DrawnWhenNear>
    </Panel>
  );

  return (
    <AppliedFiltersProvider>
      <div
        className={`app${stacked ? ' is-stacked' : ' is-split'}${railCollapsed ? ' has-rail-collapsed' : ''}${maximised ? ' has-maximised' : ''}`}
      >
        {/* While a panel fills the window the other panels are out of reach, and so are their links. */}
        {maximised === null ? <SkipLinks reveal={reveal} /> : null}
        <header className="app-header" inert={maximised !== null}>
          <p className="app-name">Claimscope</p>
          <div className="app-heading">
            <h1 className="app-title" title={dataset.title}>
              {dataset.title}
            </h1>
            <p className="app-version">
              Dataset <code>{dataset.id}</code> · version {dataset.version}
            </p>
            <PrintCaption />
          </div>
          <Toolbar label="Dataset and layout" className="app-tools">
            <ImportControls />
            <SourcesGrades />
            <AuthoringControls />
            <button
              type="button"
              aria-expanded={!railCollapsed}
              aria-controls="panel-filters"
              onClick={() => setRailCollapsed(!railCollapsed)}
            >
              {railCollapsed ? 'Show filters' : 'Hide filters'}
            </button>
            <button
              type="button"
              onClick={reset}
              title="Splits, filter rail and panel sizes back to the defaults"
            >
              Reset layout
            </button>
          </Toolbar>
        </header>
        <ImportMessages />
        {grading ? (
          <Deferred what="the grade form">
            <GradeEditor />
          </Deferred>
        ) : null}
        <main className="dashboard">
          <Panel title="Filters" area="filters" className="area-filters">
            <FiltersPanel compact={railCollapsed} />
          </Panel>
          <div className="workspace">
            {stacked ? (
              <div className="ws-stack">
                {chart}
                {map}
                {timeline}
                {article}
              </div>
            ) : (
              <Workspace
                key={epoch}
                chart={chart}
                map={map}
                timeline={timeline}
                article={article}
                readingRef={readingRef}
                onReadingCollapsed={setReadingCollapsed}
              />
            )}
          </div>
        </main>
      </div>
    </AppliedFiltersProvider>
  );
}

/** Escape gives a maximised panel back to the dashboard, once nothing nearer (a dialog, a selection) took it. */
function useEscapeRestores() {
  const maximised = useLayoutStore((s) => s.maximised);
  const setMaximised = useLayoutStore((s) => s.setMaximised);
  useEffect(() => {
    if (maximised === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open], [role="dialog"]')) return;
      if (useAppStore.getState().selection) return;
      setMaximised(null);
      // Focus stays with the panel: its Maximise button is where the keyboard user goes on from.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`#panel-${maximised} .panel__maximise`)?.focus(),
      );
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [maximised, setMaximised]);
}
