import { Panel } from '../components/Panel';
import { useDataset } from '../data/dataset-context';
import { ArticlePanel } from '../features/article/ArticlePanel';
import { ChartPanel } from '../features/chart/ChartPanel';
import { DetailPanel } from '../features/detail/DetailPanel';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { ImportControls } from '../features/import/ImportControls';
import { ImportMessages } from '../features/import/ImportMessages';
import { GradeEditor } from '../features/judgement/GradeEditor';
import { SourcesGrades } from '../features/judgement/SourcesGrades';
import { useMapTitle } from '../features/map/map-area';
import { MapPanel } from '../features/map/MapPanel';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { AppliedFiltersProvider } from '../state/applied-filters';
import { useUrlSync } from '../state/use-url-sync';

/** The one screen: every panel reads the same filters and the same selection. */
export function Dashboard() {
  const dataset = useDataset();
  const mapTitle = useMapTitle();
  useUrlSync(dataset);
  return (
    <AppliedFiltersProvider>
      <div className="app">
        <header className="app-header">
          <p className="app-name">Claimscope</p>
          <h1 className="app-title">{dataset.title}</h1>
          <p className="app-version">
            Dataset <code>{dataset.id}</code> · version {dataset.version}
          </p>
          <div className="app-tools">
            <ImportControls />
            <SourcesGrades />
          </div>
        </header>
        <ImportMessages />
        <GradeEditor />
        <main className="dashboard">
          <Panel title="Filters" className="area-filters">
            <FiltersPanel />
          </Panel>
          <Panel title="Estimate disparity" className="area-chart">
            <ChartPanel />
          </Panel>
          <Panel title={mapTitle} className="area-map">
            <MapPanel />
          </Panel>
          <Panel title="Timeline" className="area-timeline">
            <TimelinePanel />
          </Panel>
          <Panel title="Documents and claims" className="area-article">
            <ArticlePanel />
          </Panel>
          <Panel title="Details" className="area-details">
            <DetailPanel />
          </Panel>
        </main>
      </div>
    </AppliedFiltersProvider>
  );
}
