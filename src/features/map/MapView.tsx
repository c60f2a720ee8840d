import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useState, type Dispatch } from 'react';
import { MapContainer, ScaleControl } from 'react-leaflet';
import type { Related } from '../../data/related';
import { useAppStore } from '../../state/store';
import type { Basemap } from './basemap';
import { BasemapLayers } from './BasemapLayers';
import { FightingArea } from './FightingArea';
import { FollowSelection, MapA11y, PersistView } from './MapBehaviour';
import { MapLabels } from './MapLabels';
import { MapPick } from './MapPick';
import { INITIAL_VIEW, MAP_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './map-config';
import { OnlineTiles } from './OnlineTiles';
import type { PlaceView } from './place-model';
import { PlaceLayers } from './PlaceLayers';
import { PlacePopup } from './PlacePopup';
import type { TileAction, TileState } from './tiles';
import { TrackSize } from './TrackSize';

interface Props {
  basemap: Basemap | undefined;
  views: readonly PlaceView[];
  related: Related;
  fightingArea: [number, number][] | null;
  tiles: TileState;
  dispatchTiles: Dispatch<TileAction>;
  popup: PlaceView | null;
  onPick: (placeId: string) => void;
  onPopupClosed: (placeId: string) => void;
  hintId: string;
}

const MAX_BOUNDS = L.latLngBounds([MAP_BOUNDS.south, MAP_BOUNDS.west], [MAP_BOUNDS.north, MAP_BOUNDS.east]);

export function MapView({
  basemap,
  views,
  related,
  fightingArea,
  tiles,
  dispatchTiles,
  popup,
  onPick,
  onPopupClosed,
  hintId,
}: Props) {
  // Read once: MapContainer's props are fixed at mount; later view changes go through useMap().
  const [start] = useState(() => useAppStore.getState().ui.mapView ?? INITIAL_VIEW);
  return (
    <MapContainer
      className="map-view"
      preferCanvas
      center={[start.lat, start.lon]}
      zoom={start.zoom}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      maxBounds={MAX_BOUNDS}
      maxBoundsViscosity={0.8}
      zoomSnap={0.5}
    >
      <MapA11y
        label="Map of the Kursk area: border, oblasts, rivers, towns and the dataset’s places"
        describedBy={hintId}
      />
      <OnlineTiles state={tiles} dispatch={dispatchTiles} />
      {basemap && <BasemapLayers basemap={basemap} tilesShown={tiles.status === 'on'} />}
      {fightingArea && <FightingArea ring={fightingArea} />}
      <PlaceLayers views={views} onPick={onPick} />
      <MapLabels basemap={basemap} views={views} onPick={onPick} />
      <ScaleControl imperial={false} position="bottomleft" />
      <PersistView />
      <TrackSize />
      <MapPick />
      <FollowSelection views={views} related={related} />
      {popup && <PlacePopup key={popup.place.id} view={popup} onClosed={onPopupClosed} />}
    </MapContainer>
  );
}
