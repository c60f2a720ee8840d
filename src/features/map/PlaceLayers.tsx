import L from 'leaflet';
import { useMemo } from 'react';
import { Circle, CircleMarker, Pane } from 'react-leaflet';
import type { PlaceView } from './place-model';
import { placeStyle } from './place-style';

interface Props {
  views: readonly PlaceView[];
  onPick: (placeId: string) => void;
}

/**
 * The dataset's places at their honest precision: an exact place is a dot, an approximate one a dashed
 * circle of its radius. SVG in their own pane, above the basemap and below the labels.
 */
export function PlaceLayers({ views, onPick }: Props) {
  const renderer = useMemo(() => L.svg({ pane: 'places' }), []);
  // Largest first, so a village's circle is drawn (and clickable) above the district around it.
  const ordered = useMemo(() => [...views].sort((a, b) => (b.radiusM ?? 0) - (a.radiusM ?? 0)), [views]);
  return (
    <Pane name="places" style={{ zIndex: 410 }}>
      {ordered.map((view) => {
        const center: [number, number] = [view.lat, view.lon];
        const handlers = { click: () => onPick(view.place.id) };
        // Leaflet sets a path's class only when it is created: a new state means a new path.
        const key = `${view.place.id}:${view.highlighted}:${view.dimmed}`;
        const style = placeStyle(view);
        return view.shape === 'point' ? (
          <CircleMarker
            key={key}
            center={center}
            radius={view.highlighted ? 8 : 6}
            className={style.className}
            pathOptions={style}
            renderer={renderer}
            eventHandlers={handlers}
          />
        ) : (
          <Circle
            key={key}
            center={center}
            radius={view.radiusM ?? 0}
            className={style.className}
            pathOptions={style}
            renderer={renderer}
            eventHandlers={handlers}
          />
        );
      })}
    </Pane>
  );
}
