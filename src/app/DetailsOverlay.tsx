import { useId } from 'react';
import { DetailPanel } from '../features/detail/DetailPanel';
import { useAppStore } from '../state/store';

/** The selection's details, drawn over the panel the selection came from (see use-details-host). */
export function DetailsOverlay() {
  const headingId = useId();
  const select = useAppStore((s) => s.select);
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
        <DetailPanel />
      </div>
    </section>
  );
}
