import { lazy, useId } from 'react';
import { Deferred } from '../components/Deferred';
import { useAppStore } from '../state/store';
import { useEscapeClearsSelection } from '../state/use-escape-clears-selection';

// Shown only once something is selected: its code loads then.
const DetailPanel = lazy(() =>
  import('../features/detail/DetailPanel').then((m) => ({ default: m.DetailPanel })),
);

/** The selection's details, drawn over the panel the selection came from (see use-details-host). */
export function DetailsOverlay() {
  const headingId = useId();
  const select = useAppStore((s) => s.select);
  useEscapeClearsSelection();
  return (
    <section className="details-overlay" aria-labelledby={headingId} data-details>
      <header className="details-overlay__header">
        <h2 id={headingId} className="panel__title">
          Details
        </h2>
        <button
          type="button"
          className="details-overlay__close"
          aria-label="Close the details (Escape)"
          onClick={() => select(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="details-overlay__body">
        <Deferred what="the details">
          <DetailPanel />
        </Deferred>
      </div>
    </section>
  );
}
