import { useMemo } from 'react';
import { AnalystGrade } from '../../components/AnalystGrade';
import { CATEGORY_LABEL, CREDIBILITY_LABEL } from '../../config/labels';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import type { NormalisedClaim } from '../../data/validate';
import { describeFigure, formatFuzzyDate } from '../../lib/format';
import { Links, SourceLine } from './parts';

/** A claim of the article: the verbatim sentence, who said it, how credible, and the events bearing on it. */
export function ClaimDetail({ claim }: { claim: NormalisedClaim }) {
  const dataset = useDataset();
  const numbers = useMemo(() => claimNumbers(dataset.claims), [dataset.claims]);
  const source = dataset.sources.find((s) => s.id === claim.sourceId);
  const events = dataset.events.filter((e) => e.claimIds.includes(claim.id));
  const places = dataset.places.filter((p) => claim.placeIds.includes(p.id));
  const measure = claim.figure ? dataset.measures.find((m) => m.id === claim.figure?.measure) : undefined;
  return (
    <article className="detail__item" aria-label="Selected claim">
      <p className="detail__kicker">
        Article claim C{numbers.get(claim.id)} · {CATEGORY_LABEL[claim.category]}
      </p>
      <h3 className="detail__title">{claim.summary}</h3>
      <blockquote className="detail__quote">“{claim.quote}”</blockquote>
      <p className="detail__meta">
        As of {formatFuzzyDate(claim.asOf)}
        {claim.figure ? (
          <>
            {' '}
            · {describeFigure(claim.figure)} {measure?.label ?? claim.figure.measure}{' '}
            <span className="muted">(stated “{claim.figure.stated}”)</span>
          </>
        ) : null}
      </p>
      <p className="detail__meta">
        Credibility <abbr title={CREDIBILITY_LABEL[claim.credibility]}>{claim.credibility}</abbr>
        <AnalystGrade kind="claim" id={claim.id} /> — {claim.credibilityRationale}
      </p>
      {claim.attributionNote ? <p className="detail__note">{claim.attributionNote}</p> : null}
      <h4 className="detail__h">Source</h4>
      <ul className="detail__list">{source ? <SourceLine source={source} /> : <li>{claim.sourceId}</li>}</ul>
      <Links
        title="Events citing it"
        kind="event"
        rows={events.map((e) => ({ id: e.id, label: `${formatFuzzyDate(e.date)}: ${e.description}` }))}
      />
      <Links title="Places" kind="place" rows={places.map((p) => ({ id: p.id, label: p.name }))} />
    </article>
  );
}
