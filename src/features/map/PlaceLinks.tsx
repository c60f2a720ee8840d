import { useMemo, type ReactNode } from 'react';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import { formatFuzzyDate } from '../../lib/format';
import { useAppStore } from '../../state/store';
import type { PlaceView } from './place-model';

interface Props {
  view: PlaceView;
  /** In the popup the rows are read-only text; in the panel each leads to its claim or event. */
  interactive: boolean;
  /** At most this many rows (the popup stays short; the panel beside the map lists them all). */
  limit?: number;
}

/** The claims and events linked to a place (under the global filters): source, date and the words used. */
export function PlaceLinks({ view, interactive, limit = Infinity }: Props) {
  const dataset = useDataset();
  const select = useAppStore((s) => s.select);
  const numbers = claimNumbers(dataset);
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  // In the popup the map sits outside the panel's heading outline, so plain text stands in for headings.
  const Heading = interactive ? 'h4' : 'p';
  const hidden = view.total - view.count;
  const claims = view.claims.slice(0, limit);
  const events = view.events.slice(0, Math.max(0, limit - claims.length));
  const cut = view.count - claims.length - events.length;

  if (view.count === 0) {
    return (
      <p className="map-links__empty">
        {view.total === 0
          ? 'No claim or event is linked to this place.'
          : `The filters hide all ${view.total} linked claims and events.`}
      </p>
    );
  }
  const row = (key: string, label: string, pick: () => void, meta: string, body: ReactNode) => (
    <li key={key}>
      <p className="map-links__meta">
        {interactive ? (
          <button type="button" className="link-button" onClick={pick}>
            {label}
          </button>
        ) : (
          <strong>{label}</strong>
        )}{' '}
        · {meta}
      </p>
      {body}
    </li>
  );
  return (
    <div className="map-links">
      {claims.length > 0 && (
        <>
          <Heading className="map-links__heading">Claims ({view.claims.length})</Heading>
          <ul className="map-links__list">
            {claims.map((c) =>
              row(
                c.id,
                `Claim C${numbers.get(c.id) ?? '?'}`,
                () => select({ kind: 'claim', id: c.id }),
                `${sources.get(c.sourceId)?.shortName ?? c.sourceId} · ${formatFuzzyDate(c.asOf)}`,
                <blockquote className="map-links__quote">“{c.quote}”</blockquote>,
              ),
            )}
          </ul>
        </>
      )}
      {events.length > 0 && (
        <>
          <Heading className="map-links__heading">Events ({view.events.length})</Heading>
          <ul className="map-links__list">
            {events.map((e) =>
              row(
                e.id,
                `Event of ${formatFuzzyDate(e.date)}`,
                () => select({ kind: 'event', id: e.id }),
                e.sourceIds.map((id) => sources.get(id)?.shortName ?? id).join(', '),
                <p className="map-links__text">{e.description}</p>,
              ),
            )}
          </ul>
        </>
      )}
      {cut > 0 && <p className="map-links__more">…and {cut} more in the place’s details beside the map.</p>}
      {hidden > 0 && (
        <p className="map-links__hidden muted">
          {hidden} more linked row{hidden > 1 ? 's are' : ' is'} hidden by the filters.
        </p>
      )}
    </div>
  );
}
