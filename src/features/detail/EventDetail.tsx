import { CREDIBILITY_LABEL, ORIGIN_LABEL } from '../../data/labels';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import { categoryOf } from '../../data/dataset-index';
import type { Event } from '../../data/schema';
import { formatFuzzyDate, describePrecision } from '../../lib/format';
import { describeFigure } from '../../data/figure-words';
import { Citations, Links, SourceLine } from './parts';

/** An event: when (at its precision), what, who says so, the claims it bears on and where to read more. */
export function EventDetail({ event }: { event: Event }) {
  const dataset = useDataset();
  const numbers = claimNumbers(dataset);
  const claims = dataset.claims.filter((c) => event.claimIds.includes(c.id));
  const sources = dataset.sources.filter((s) => event.sourceIds.includes(s.id));
  const places = dataset.places.filter((p) => event.placeIds.includes(p.id));
  const measures = new Map(dataset.measures.map((m) => [m.id, m.label]));
  const categories = [event.category, ...event.alsoCategories].map((c) => categoryOf(dataset, c).label);
  return (
    <article className="detail__item" aria-label="Selected event">
      <p className="detail__kicker">
        Event · <bdi>{categories.join(', ')}</bdi> · {ORIGIN_LABEL[event.origin]}
      </p>
      <h3 className="detail__title">
        {formatFuzzyDate(event.date)}
        {event.time ? `, ${event.time}` : ''} <span className="muted">({describePrecision(event.date)})</span>
      </h3>
      {event.date.note ? <p className="detail__note">{event.date.note}</p> : null}
      <p>{event.description}</p>
      {(event.confidence || event.confidenceNote) && (
        <p className="detail__meta">
          Confidence: <strong>{event.confidence ?? 'not stated'}</strong>
          {event.confidenceNote ? ` — ${event.confidenceNote}` : ''}
        </p>
      )}
      {event.figures.length > 0 && (
        <ul className="detail__list">
          {event.figures.map((f, i) => (
            <li key={i}>
              {describeFigure(f)} {measures.get(f.measure) ?? f.measure}{' '}
              <span className="muted">
                {f.stated ? `(stated: “${f.stated}”)` : '(a coded figure: no words of its source)'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h4 className="detail__h">Sources</h4>
      <ul className="detail__list">
        {sources.map((s) => (
          <SourceLine key={s.id} source={s} />
        ))}
      </ul>
      <Citations citations={event.citations} />
      {claims.length > 0 && (
        <>
          <h4 className="detail__h">Claims it bears on</h4>
          {claims.map((c) => (
            <blockquote key={c.id} className="detail__quote">
              “{c.quote}”{' '}
              <span className="muted">
                C{numbers.get(c.id)} · credibility{' '}
                <abbr title={CREDIBILITY_LABEL[c.credibility]}>{c.credibility}</abbr>
              </span>
            </blockquote>
          ))}
        </>
      )}
      <Links
        title="Claims"
        kind="claim"
        rows={claims.map((c) => ({ id: c.id, label: `C${numbers.get(c.id)}: ${c.summary}` }))}
      />
      <Links title="Places" kind="place" rows={places.map((p) => ({ id: p.id, label: p.name }))} />
    </article>
  );
}
