import { useQuery } from '@tanstack/react-query';
import { DatasetContext } from '../data/dataset-context';
import { DatasetError, datasetQueryOptions } from '../data/dataset-query';
import { Dashboard } from './Dashboard';
import { DatasetErrorPanel } from './DatasetErrorPanel';

/** Loads the dataset once, then shows the dashboard, or a readable error — never a blank page. */
export function App() {
  const query = useQuery(datasetQueryOptions());

  if (query.isPending) {
    return (
      <div className="app-status" role="status">
        Loading the dataset…
      </div>
    );
  }
  if (query.isError) {
    const error = query.error;
    return (
      <DatasetErrorPanel
        title="The dataset could not be shown"
        message={error.message}
        issues={error instanceof DatasetError ? error.issues : []}
      />
    );
  }
  return (
    <DatasetContext.Provider value={query.data}>
      <Dashboard />
    </DatasetContext.Provider>
  );
}
