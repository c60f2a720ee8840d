import { PLACE_KIND_LABEL, reliabilityLabel, SOURCE_KIND_LABEL } from '../../data/labels';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import type { Place, Source } from '../../data/schema';
import { formatFuzzyDate } from '../../lib/format';
import { useAppStore } from '../../state/store';
import { Links } from './parts';

function useLinked(
  test: (row: { placeIds?: readonly string[]; sourceIds?: readonly string[]; sourceId?: string }) => boolean,
) {
  const dataset = useDataset();
  const numbers = claimNumbers(dataset);
  return {
    claims: dataset.claims
      .filter(test)
      .map((c) => ({ id: c.id, label: `C${numbers.get(c.id)}: ${c.summary}` })),
    events: dataset.events
      .filter(test)
      .map((e) => ({ id: e.id, label: `${formatFuzzyDate(e.date)}: ${e.description}` })),
  };
}

export function PlaceDetail({ place }: { place: Place }) {
  const linked = useLinked((row) => row.placeIds?.includes(place.id) ?? false);
  return (
    <article className="detail__item" aria-label="Selected place">
      <p className="detail__kicker">
        Place · {place.kind ? PLACE_KIND_LABEL[place.kind] : 'kind not stated'}
      </p>
      <h3 className="detail__title">
        <bdi>{place.name}</bdi>
      </h3>
      <p className="detail__meta">
        {place.precision.kind === 'exact'
          ? 'Exact location'
          : `Approximate, within ${place.precision.radiusKm} km`}{' '}
        · {place.lat.toFixed(4)}, {place.lon.toFixed(4)}{' '}
        {place.coordinateSource ? <span className="muted">({place.coordinateSource})</span> : null}
      </p>
      {place.note ? <p className="detail__note">{place.note}</p> : null}
      <PlaceFilterButton place={place} />
      <Links title="Claims" kind="claim" rows={linked.claims} />
      <Links title="Events" kind="event" rows={linked.events} />
    </article>
  );
}

/** Narrows every panel to what is linked to this place, or lifts that filter again. */
function PlaceFilterButton({ place }: { place: Place }) {
  const places = useAppStore((s) => s.filters.places);
  const setFilters = useAppStore((s) => s.setFilters);
  const only = places.length === 1 && places[0] === place.id;
  return (
    <button
      type="button"
      className="detail__action"
      aria-pressed={only}
      onClick={() => setFilters({ places: only ? [] : [place.id] })}
    >
      {only ? 'Show every place again' : 'Show only what is linked to this place'}
    </button>
  );
}

export function SourceDetail({ source }: { source: Source }) {
  const linked = useLinked(
    (row) => row.sourceId === source.id || (row.sourceIds?.includes(source.id) ?? false),
  );
  return (
    <article className="detail__item" aria-label="Selected source">
      <p className="detail__kicker">
        Source · {source.kind ? SOURCE_KIND_LABEL[source.kind] : 'kind not stated'} ·{' '}
        {source.country ? <bdi>{source.country}</bdi> : 'country not stated'}
      </p>
      <h3 className="detail__title">
        <bdi>{source.name}</bdi>
      </h3>
      <p className="detail__meta">
        Reliability {reliabilityLabel(source.reliability)}
        {source.reliabilityRationale ? ` — ${source.reliabilityRationale}` : ''}
      </p>
      <Links title="Claims" kind="claim" rows={linked.claims} />
      <Links title="Events" kind="event" rows={linked.events} />
    </article>
  );
}
