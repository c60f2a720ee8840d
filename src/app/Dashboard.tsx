import { Panel } from '../components/Panel';
import { useDataset } from '../data/dataset-context';
import { ArticlePanel } from '../features/article/ArticlePanel';
import { ChartPanel } from '../features/chart/ChartPanel';
import { ImportControls } from '../features/import/ImportControls';
import { ImportMessages } from '../features/import/ImportMessages';
import { GradeEditor } from '../features/judgement/GradeEditor';
import { SourcesGrades } from '../features/judgement/SourcesGrades';
import { MapPanel } from '../features/map/MapPanel';

/** The one screen: every panel reads the same filters and the same selection. */
export function Dashboard() {
  const dataset = useDataset();
  return (
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
          <p className="muted">Filters arrive with the filters and timeline work.</p>
        </Panel>
        <Panel title="Estimate disparity" className="area-chart">
          <ChartPanel />
        </Panel>
        <Panel title="Kursk area map" className="area-map">
          <MapPanel />
        </Panel>
        <Panel title="Timeline" className="area-timeline">
          <p className="muted">The timeline arrives with its own work.</p>
        </Panel>
        <Panel title="Article and claims" className="area-article">
          <ArticlePanel />
        </Panel>
      </main>
    </div>
  );
}
