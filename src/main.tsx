import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { datasetQueryOptions } from './data/dataset-query';
import { basemapQueryOptions } from './features/map/basemap-query';
import { useDeviceStore } from './state/device';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

// Both files are asked for now, in parallel, not when the component that needs each first renders:
// the map's basemap would otherwise wait for the dataset to load and the dashboard to render.
void queryClient.prefetchQuery(datasetQueryOptions(useDeviceStore.getState().activeKey));
void queryClient.prefetchQuery(basemapQueryOptions());

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
