import { useMemo } from 'react';
import { RELIABILITY_LABEL } from '../../config/labels';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import type { Place, Source } from '../../data/schema';
import { formatFuzzyDate } from '../../lib/format';
import { Links } from './parts';

function useLinked(
  test: (row: { placeIds?: readonly string[]; sourceIds?: readonly string[]; sourceId?: string }) => boolean,
) {
  const dataset = useDataset();
  const numbers = useMemo(() => claimNumbers(dataset.claims), [dataset.claims]);
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
      <p className="detail__kicker">Place · {place.kind}</p>
      <h3 className="detail__title">{place.name}</h3>
      <p className="detail__meta">
        {place.precision.kind === 'exact'
          ? 'Exact location'
          : `Approximate, within ${place.precision.radiusKm} km`}{' '}
        · {place.lat.toFixed(4)}, {place.lon.toFixed(4)}{' '}
        <span className="muted">({place.coordinateSource})</span>
      </p>
      {place.note ? <p className="detail__note">{place.note}</p> : null}
      <Links title="Claims" kind="claim" rows={linked.claims} />
      <Links title="Events" kind="event" rows={linked.events} />
    </article>
  );
}

export function SourceDetail({ source }: { source: Source }) {
  const linked = useLinked(
    (row) => row.sourceId === source.id || (row.sourceIds?.includes(source.id) ?? false),
  );
  return (
    <article className="detail__item" aria-label="Selected source">
      <p className="detail__kicker">
        Source · {source.kind} · {source.country}
      </p>
      <h3 className="detail__title">{source.name}</h3>
      <p className="detail__meta">
        Reliability {RELIABILITY_LABEL[source.reliability]} — {source.reliabilityRationale}
      </p>
      <Links title="Claims" kind="claim" rows={linked.claims} />
      <Links title="Events" kind="event" rows={linked.events} />
    </article>
  );
}
