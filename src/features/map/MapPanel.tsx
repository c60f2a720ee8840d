import './map.css';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../../components/ExportMenu';
import { useDataset } from '../../data/dataset-context';
import { editionKey } from '../../data/dataset-keys';
import { useAppStore } from '../../state/store';
import { type Selection } from '../../data/selection';
import { shownMasks } from '../../data/filter';
import { useAppliedFilters } from '../../state/applied-filters';
import { useRelated } from '../../state/use-filtered';
import { displayLon, type Box } from './basemap';
import { overviewQueryOptions } from './basemap-query';
import { CLUSTER_ABOVE } from './clusters';
import { Legend } from './Legend';
import { LicencesDialog } from './LicencesDialog';
import { dominantOf, mapAreaName } from './map-area';
import { mapSummary, mapSvg } from './map-export';
import { ATTRIBUTION, FALLBACK_BOX, WRAP_WEST_OF } from './map-config';
import { MapView } from './MapView';
import { placesBox, placeViews } from './place-model';
import { PlaceDetail } from './PlaceDetail';
import { PlacesList } from './PlacesList';
import { placeGeo } from './regions';
import { reportedArea } from './reported-area';
import { TileSettings } from './TileSettings';
import { TILE_ERROR_LIMIT } from './tiles';
import { useTiles } from './use-tiles';

const union = (a: Box, b: Box | null): Box =>
  b ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : a;

/** The map of the dataset's places: offline basemap, the places, and the list that is its keyboard twin. */
export function MapPanel() {
  const dataset = useDataset();
  const filters = useAppliedFilters();
  const related = useRelated();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const overviewQuery = useQuery(overviewQueryOptions());
  // The basemap arrives through a store React renders at once (useSyncExternalStore): what it takes to place
  // thousands of places on it is left to a background render, so the load is not one long task.
  // Deferred on the first render too (an initial value): the basemap is often cached before the dataset.
  const overview = useDeferredValue(overviewQuery.data ?? null, null) ?? undefined;
  const tiles = useTiles();
  const hintId = useId();
  const mapRef = useRef<HTMLDivElement>(null);
  const [sheetError, setSheetError] = useState<Error | null>(null);

  // Where each place is drawn and whether the basemap covers it: per dataset and basemap, not per filter.
  const geo = useMemo(() => (overview ? placeGeo(dataset.places, overview) : undefined), [dataset, overview]);
  const shown = useMemo(() => shownMasks(dataset, filters), [dataset, filters]);
  const { views, sorted } = useMemo(
    () => placeViews(dataset, shown, related, geo, (p) => displayLon(p.lon, WRAP_WEST_OF)),
    [dataset, shown, related, geo],
  );
  const positions = useMemo(
    () =>
      dataset.places.map((p, i) => ({
        lat: p.lat,
        lon: geo?.lon[i] ?? displayLon(p.lon, WRAP_WEST_OF),
        radiusM: p.precision.kind === 'approximate' ? p.precision.radiusKm * 1000 : null,
      })),
    [dataset, geo],
  );
  // The cluster index itself is built by the map (MapView), a render of its own after this one.
  const clustered = positions.length > CLUSTER_ABOVE;
  const reported = useMemo(() => reportedArea(dataset, (i) => positions[i]?.lon ?? 0), [dataset, positions]);
  const areaName = mapAreaName(dataset, overview);
  const dominant = useMemo(() => dominantOf(dataset, overview), [dataset, overview]);
  const fitBox = useMemo(() => placesBox(positions) ?? overview?.bbox ?? FALLBACK_BOX, [positions, overview]);
  const maxBox = useMemo(() => {
    const [w, , e] = union(overview?.bbox ?? FALLBACK_BOX, placesBox(positions));
    // North and south only Mercator's limits: a world-wide view at the lowest zoom must not be pushed off
    // its centre by a box smaller than the screen.
    return [w - 30, -80, e + 30, 85] as Box;
  }, [positions, overview]);

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
  const summary = useMemo(() => mapSummary(views, areaName), [views, areaName]);
  const detail = useMemo(() => views.find((v) => v.place.id === detailId) ?? null, [views, detailId]);
  const popup = useMemo(() => views.find((v) => v.place.id === popupId) ?? null, [views, popupId]);
  const outside = useMemo(() => views.filter((v) => v.outside).length, [views]);
  const basemapError = overviewQuery.error ?? sheetError;

  return (
    <div className="map-panel">
      <div className="map-panel__toolbar">
        <ExportMenu
          view="map"
          viewTitle={`${areaName ?? 'Map'}: places named in the claims and events`}
          subtitle={
            clustered
              ? 'Exact places as dots; approximate places as circles of their uncertainty; nearby places grouped with their count'
              : 'Exact places as dots; approximate places as circles of their uncertainty'
          }
          credit={`Map data: ${ATTRIBUTION}`}
          getSvg={getSvg}
          summary={summary}
        />
        <LicencesDialog />
        <TileSettings
          userUrl={tiles.userUrl}
          buildTimeUrl={tiles.buildTimeUrl}
          storageProblem={tiles.storageProblem}
          onSave={tiles.saveUserUrl}
        />
      </div>
      {basemapError && (
        <p className="map-notice" role="status">
          The offline basemap could not be loaded ({basemapError.message}). The places are still drawn and
          listed.
        </p>
      )}
      {outside > 0 && (
        <p className="map-notice map-notice--outside" role="status">
          {outside === views.length ? 'Every place' : `${outside.toLocaleString('en-GB')} of the places`} lie
          {outside === 1 ? 's' : ''} outside the offline basemap’s coverage: drawn on the plain background,
          and marked in the list.
        </p>
      )}
      {tiles.state.status === 'failed' && (
        <p className="map-notice" role="status">
          {tiles.state.blocked ? (
            <>Online tiles are not shown. {tiles.state.blocked} Showing the offline basemap.</>
          ) : (
            <>
              The online tiles failed to load ({TILE_ERROR_LIMIT} errors in a row): showing the offline
              basemap.{' '}
              <button type="button" className="link-button" onClick={() => tiles.dispatch({ type: 'retry' })}>
                Try the tiles again
              </button>
            </>
          )}
        </p>
      )}
      <p id={hintId} className="visually-hidden">
        Arrow keys pan the map, plus and minus zoom. Every place on the map is also in the Places list after
        the map.
      </p>
      <div className="map-panel__map" ref={mapRef}>
        <MapView
          overview={overview}
          dominant={dominant}
          areaName={areaName}
          views={views}
          positions={positions}
          clustered={clustered}
          wrapWestOf={overview?.wrapWestOf ?? WRAP_WEST_OF}
          related={related}
          reportedArea={reported?.ring ?? null}
          fitBox={fitBox}
          maxBox={maxBox}
          fitKey={editionKey(dataset)}
          tiles={tiles.state}
          dispatchTiles={tiles.dispatch}
          popup={popup}
          onPick={pick}
          onPopupClosed={popupClosed}
          onBasemapError={setSheetError}
          hintId={hintId}
        />
        {overviewQuery.isPending && (
          <p className="map-panel__loading" role="status">
            Loading the basemap…
          </p>
        )}
      </div>
      <Legend
        tilesShown={tiles.state.status === 'on'}
        emphasised={dominant?.name ?? null}
        reportedArea={reported?.category ?? null}
        clustered={clustered}
        outside={outside > 0}
      />
      <div className="map-panel__side">
        <div>
          <h3 className="subheading">
            Places <span className="muted">({views.length.toLocaleString('en-GB')})</span>
          </h3>
          <PlacesList views={sorted} selection={selection} onPick={pick} />
        </div>
        {detail && <PlaceDetail view={detail} onClose={() => setDetailId(null)} />}
      </div>
    </div>
  );
}
