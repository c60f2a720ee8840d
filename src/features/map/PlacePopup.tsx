import { useMemo } from 'react';
import { Popup } from 'react-leaflet';
import type { PlaceView } from './place-model';
import { PlaceLinks } from './PlaceLinks';

/** The selected place's popup on the map: a short list; the full one is beside the map. */
export function PlacePopup({ view, onClosed }: { view: PlaceView; onClosed: (placeId: string) => void }) {
  const { id, lat, lon } = view.place;
  // A new position (or handler) object would make react-leaflet close and reopen the popup on every render.
  const position = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  const handlers = useMemo(() => ({ remove: () => onClosed(id) }), [onClosed, id]);
  return (
    <Popup position={position} maxWidth={320} eventHandlers={handlers}>
      <div className="map-popup">
        <p className="map-popup__title">
          <strong>{view.place.name}</strong> <span className="muted">({view.precisionLabel})</span>
        </p>
        <PlaceLinks view={view} interactive={false} limit={3} />
      </div>
    </Popup>
  );
}
