import L, { type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Pane, Polygon } from 'react-leaflet';

const style: PathOptions = {
  className: 'map-reported-area',
  color: '#b3261e',
  weight: 2,
  dashArray: '2 4',
  fillColor: '#d55e00',
  fillOpacity: 0.16,
  interactive: false,
};

/** The area the reports are about, above the basemap and below the places; drawn even without a basemap. */
export function ReportedArea({ ring }: { ring: [number, number][] }) {
  const renderer = useMemo(() => L.svg({ pane: 'reported-area' }), []);
  return (
    <Pane name="reported-area" style={{ zIndex: 270 }}>
      {/* className as a prop: react-leaflet applies pathOptions only after the path exists. */}
      <Polygon positions={ring} className={style.className} pathOptions={style} renderer={renderer} />
    </Pane>
  );
}
