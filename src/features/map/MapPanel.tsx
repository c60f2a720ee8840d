import './map.css';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../../components/ExportMenu';
import { useDataset } from '../../data/dataset-context';
import { useAppStore } from '../../state/store';
import { type Selection } from '../../data/selection';
import { useFilteredClaims, useFilteredEvents, useRelated } from '../../state/use-filtered';
import { basemapQueryOptions } from './basemap-query';
import { fightingArea } from './fighting-area';
import { Legend } from './Legend';
import { LicencesDialog } from './LicencesDialog';
import { mapSummary, mapSvg } from './map-export';
import { ATTRIBUTION } from './map-config';
import { MapView } from './MapView';
import { placeViews } from './place-model';
import { PlaceDetail } from './PlaceDetail';
import { PlacesList } from './PlacesList';
import { TileSettings } from './TileSettings';
import { TILE_ERROR_LIMIT } from './tiles';
import { useTiles } from './use-tiles';

/** The Kursk-area map: offline basemap, the dataset's places, and the list that is its keyboard twin. */
export function MapPanel() {
  const dataset = useDataset();
  const claims = useFilteredClaims();
  const events = useFilteredEvents();
  const related = useRelated();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const basemap = useQuery(basemapQueryOptions());
  const tiles = useTiles();
  const hintId = useId();
  const mapRef = useRef<HTMLDivElement>(null);

  const views = useMemo(
    () => placeViews(dataset, claims, events, related),
    [dataset, claims, events, related],
  );
  const area = useMemo(() => fightingArea(dataset), [dataset]);

  // The detail and popup follow a place being selected anywhere, and stay while a claim is then picked.
  const [detailId, setDetailId] = useState<string | null>(null);
  const [popupId, setPopupId] = useState<string | null>(null);
  const [seen, setSeen] = useState<Selection | null>(null);
  if (selection !== seen) {
    setSeen(selection);
    if (selection?.kind === 'place') {
      setDetailId(selection.id);
      setPopupId(selection.id);
    }
  }

  const pick = useCallback((id: string) => select({ kind: 'place', id }), [select]);
  const popupClosed = useCallback((id: string) => setPopupId((cur) => (cur === id ? null : cur)), []);
  const getSvg = useCallback(() => mapSvg(mapRef.current), []);
  const summary = useMemo(() => mapSummary(views), [views]);
  const detail = views.find((v) => v.place.id === detailId) ?? null;
  const popup = views.find((v) => v.place.id === popupId && v.onMap) ?? null;

  return (
    <div className="map-panel">
      <div className="map-panel__toolbar">
        <ExportMenu
          view="map"
          viewTitle="Kursk area: places named in the claims and events"
          subtitle="Exact places as dots; approximate places as circles of their uncertainty"
          credit={`Map data: ${ATTRIBUTION}`}
          getSvg={getSvg}
          summary={summary}
        />
        <LicencesDialog />
        <TileSettings userUrl={tiles.userUrl} buildTimeUrl={tiles.buildTimeUrl} onSave={tiles.saveUserUrl} />
      </div>
      {basemap.isError && (
        <p className="map-notice" role="status">
          The offline basemap could not be loaded ({basemap.error.message}). The places are still drawn and
          listed.
        </p>
      )}
      {tiles.state.status === 'failed' && (
        <p className="map-notice" role="status">
          The online tiles failed to load ({TILE_ERROR_LIMIT} errors in a row): showing the offline basemap.{' '}
          <button type="button" className="link-button" onClick={() => tiles.dispatch({ type: 'retry' })}>
            Try the tiles again
          </button>
        </p>
      )}
      <p id={hintId} className="visually-hidden">
        Arrow keys pan the map, plus and minus zoom. Every place on the map is also in the Places list after
        the map.
      </p>
      <div className="map-panel__map" ref={mapRef}>
        <MapView
          basemap={basemap.data}
          views={views}
          related={related}
          fightingArea={area}
          tiles={tiles.state}
          dispatchTiles={tiles.dispatch}
          popup={popup}
          onPick={pick}
          onPopupClosed={popupClosed}
          hintId={hintId}
        />
        {basemap.isPending && (
          <p className="map-panel__loading" role="status">
            Loading the basemap…
          </p>
        )}
      </div>
      <Legend tilesShown={tiles.state.status === 'on'} />
      <div className="map-panel__side">
        <div>
          <h3 className="subheading">
            Places <span className="muted">({views.length})</span>
          </h3>
          <PlacesList views={views} selection={selection} onPick={pick} />
        </div>
        {detail && <PlaceDetail view={detail} onClose={() => setDetailId(null)} />}
      </div>
    </div>
  );
}
