import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { prefetchFirstScreen } from './app/prefetch';
// After app.css: the layout's rules (panel boxes, splits) refine the base ones.
import './app/layout.css';
import { useDeviceStore } from './state/device';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

prefetchFirstScreen(queryClient, useDeviceStore.getState().activeKey);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
