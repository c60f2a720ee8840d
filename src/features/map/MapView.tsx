import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useState, type Dispatch } from 'react';
import { MapContainer, ScaleControl, useMap } from 'react-leaflet';
import type { Related } from '../../data/related';
import { useAppStore } from '../../state/store';
import type { AreaProps, Box, Overview } from './basemap';
import { BasemapLayers } from './BasemapLayers';
import { ClusterLayer } from './ClusterLayer';
import { PlaceClusters } from './clusters';
import {
  FitToData,
  FocusWithoutScroll,
  FollowSelection,
  MapA11y,
  MaxBounds,
  PersistView,
  ZoomClass,
} from './MapBehaviour';
import { MapLabels } from './MapLabels';
import { MapPick } from './MapPick';
import { FIT_MAX_ZOOM, FIT_PADDING, MAX_ZOOM, MIN_ZOOM } from './map-config';
import { OnlineTiles } from './OnlineTiles';
import type { PlaceView } from './place-model';
import { PlaceLayers } from './PlaceLayers';
import { PlacePopup } from './PlacePopup';
import { ReportedArea } from './ReportedArea';
import type { TileAction, TileState } from './tiles';
import { TrackSize } from './TrackSize';
import { useBasemap, useViewState } from './use-basemap';

interface Props {
  overview: Overview | undefined;
  /** The division holding most of the places, emphasised. */
  dominant: AreaProps | null;
  /** What the map is of ("Kursk area"), for its accessible name. */
  areaName: string | null;
  views: readonly PlaceView[];
  /** Every place's drawn position, in the dataset's order. */
  positions: readonly { lat: number; lon: number }[];
  /** Whether the places are many enough to cluster. */
  clustered: boolean;
  /** Where the basemap's longitudes wrap, for the cluster index. */
  wrapWestOf: number;
  related: Related;
  reportedArea: [number, number][] | null;
  /** The places' area (first view, and a new dataset's), and how far the map may pan. */
  fitBox: Box;
  maxBox: Box;
  fitKey: string;
  tiles: TileState;
  dispatchTiles: Dispatch<TileAction>;
  popup: PlaceView | null;
  onPick: (placeId: string) => void;
  onPopupClosed: (placeId: string) => void;
  onBasemapError: (error: Error | null) => void;
  hintId: string;
}

/** "the Kursk area", "Ukraine", "the dataset’s places". */
const mapOf = (name: string | null) =>
  name === null ? 'the dataset’s places' : / area$/.test(name) ? `the ${name}` : name;

const bounds = ([w, s, e, n]: Box) => L.latLngBounds([s, w], [n, e]);

export function MapView(props: Props) {
  const { areaName, fitBox, maxBox, fitKey, tiles, dispatchTiles, popup, onPopupClosed, hintId } = props;
  // Read once: MapContainer's props are fixed at mount; later view changes go through useMap(). A link's
  // saved view wins over the fit to the places.
  const [start] = useState(() => {
    const saved = useAppStore.getState().ui.mapView;
    return saved
      ? { center: [saved.lat, saved.lon] as [number, number], zoom: saved.zoom }
      : { bounds: bounds(fitBox), boundsOptions: { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM } };
  });
  return (
    <MapContainer
      className="map-view"
      preferCanvas
      {...start}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      maxBoundsViscosity={0.8}
      zoomSnap={0.5}
    >
      <MapA11y
        label={`Map of ${mapOf(areaName)}: borders, divisions, rivers, towns and the dataset’s places`}
        describedBy={hintId}
      />
      <OnlineTiles state={tiles} dispatch={dispatchTiles} />
      <MapContent {...props} />
      <ScaleControl imperial={false} position="bottomleft" />
      <PersistView />
      <TrackSize />
      <FocusWithoutScroll />
      <FitToData box={fitBox} fitKey={fitKey} />
      <MaxBounds box={maxBox} />
      <ZoomClass />
      <MapPick />
      {popup && <PlacePopup key={popup.place.id} view={popup} onClosed={onPopupClosed} />}
    </MapContainer>
  );
}

/** Everything drawn that follows the view: the basemap's levels of detail, the places, their labels. */
function MapContent({
  overview,
  dominant,
  views,
  positions,
  clustered,
  wrapWestOf,
  related,
  reportedArea,
  tiles,
  onPick,
  onBasemapError,
}: Props) {
  const map = useMap();
  // Built here, a component apart from the panel's own models: on a large dataset's first render React can
  // paint between the two rather than run both in one long task.
  const clusters = useMemo(
    () => (clustered ? new PlaceClusters(positions, wrapWestOf) : null),
    [clustered, positions, wrapWestOf],
  );
  const view = useViewState();
  const drawn = useBasemap(overview, view, dominant);
  const error = drawn.error;
  useEffect(() => onBasemapError(error), [error, onBasemapError]);
  const zoomInto = useCallback(
    (id: number, lat: number, lon: number) => {
      const zoom = clusters ? clusters.expansionZoom(id) : map.getZoom() + 2;
      map.flyTo([lat, lon], Math.min(MAX_ZOOM, Math.max(zoom, map.getZoom() + 1)), { duration: 0.5 });
    },
    [map, clusters],
  );
  return (
    <>
      <BasemapLayers drawn={drawn} tilesShown={tiles.status === 'on'} />
      {reportedArea && <ReportedArea ring={reportedArea} />}
      {clusters ? (
        <ClusterLayer views={views} clusters={clusters} onPick={onPick} onCluster={zoomInto} />
      ) : (
        <PlaceLayers views={views} onPick={onPick} />
      )}
      <MapLabels
        labels={drawn.labels}
        views={views}
        clusters={clusters}
        onPick={onPick}
        onCluster={zoomInto}
      />
      <FollowSelection views={views} related={related} />
    </>
  );
}
