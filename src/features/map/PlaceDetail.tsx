import { useId } from 'react';
import type { PlaceView } from './place-model';
import { PlaceLinks } from './PlaceLinks';

/** The chosen place's claims and events, beside the map: readable and reachable from the keyboard. */
export function PlaceDetail({ view, onClose }: { view: PlaceView; onClose: () => void }) {
  const headingId = useId();
  return (
    <section className="map-detail" aria-labelledby={headingId}>
      <div className="map-detail__header">
        <h3 id={headingId} className="subheading">
          {view.place.name} <span className="muted">({view.precisionLabel})</span>
        </h3>
        <button type="button" className="link-button" onClick={onClose}>
          Close details
        </button>
      </div>
      {view.place.note && <p className="map-detail__note">{view.place.note}</p>}
      <p className="map-detail__coords muted">
        {view.place.lat.toFixed(4)}, {view.place.lon.toFixed(4)} — {view.place.coordinateSource}
      </p>
      <PlaceLinks view={view} interactive />
    </section>
  );
}
