import './detail.css';
import { useDataset } from '../../data/dataset-context';
import { useAppStore } from '../../state/store';
import { ClaimDetail } from './ClaimDetail';
import { EventDetail } from './EventDetail';
import { PlaceDetail, SourceDetail } from './OtherDetail';

/** The one detail pane: whatever is selected anywhere, its quotes, citations and grades. */
export function DetailPanel() {
  const dataset = useDataset();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);

  const body = (() => {
    if (!selection) return null;
    const { kind, id } = selection;
    if (kind === 'event') {
      const event = dataset.events.find((e) => e.id === id);
      return event && <EventDetail event={event} />;
    }
    if (kind === 'claim') {
      const claim = dataset.claims.find((c) => c.id === id);
      return claim && <ClaimDetail claim={claim} />;
    }
    if (kind === 'place') {
      const place = dataset.places.find((p) => p.id === id);
      return place && <PlaceDetail place={place} />;
    }
    const source = dataset.sources.find((s) => s.id === id);
    return source && <SourceDetail source={source} />;
  })();

  if (!body) {
    return (
      <p className="detail-empty muted">
        Select an event, claim, place or source in any panel to read its quotes, citations and grades here.
        Escape clears the selection.
      </p>
    );
  }
  return (
    <div className="detail">
      {body}
      <button type="button" className="detail__clear" onClick={() => select(null)}>
        Clear selection
      </button>
    </div>
  );
}
