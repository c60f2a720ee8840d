import { useEffect } from 'react';
import { useAppStore } from './store';

/**
 * Escape clears the selection, unless a dialog or popup is using the key for itself. Held by the details'
 * frame (app/DetailsOverlay.tsx), which is there at once: the details themselves load their code first.
 */
export function useEscapeClearsSelection(): void {
  const select = useAppStore((s) => s.select);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open], [role="dialog"]')) return;
      if (!useAppStore.getState().selection) return;
      select(null);
      // Taken: a maximised panel waits for the next Escape to go back to the dashboard.
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [select]);
}
