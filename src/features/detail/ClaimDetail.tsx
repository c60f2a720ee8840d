import { AnalystGrade } from '../../components/AnalystGrade';
import { CREDIBILITY_LABEL, DOCUMENT_KIND_LABEL } from '../../data/labels';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import { categoryOf } from '../../data/dataset-index';
import type { NormalisedClaim } from '../../data/validate';
import { formatFuzzyDate } from '../../lib/format';
import { describeFigure } from '../../data/figure-words';
import { Links, SourceLine } from './parts';

/** A claim of a document: the verbatim sentence, who said it, how credible, and the events bearing on it. */
export function ClaimDetail({ claim }: { claim: NormalisedClaim }) {
  const dataset = useDataset();
  const numbers = claimNumbers(dataset);
  const source = dataset.sources.find((s) => s.id === claim.sourceId);
  const events = dataset.events.filter((e) => e.claimIds.includes(claim.id));
  const places = dataset.places.filter((p) => claim.placeIds.includes(p.id));
  const measure = claim.figure ? dataset.measures.find((m) => m.id === claim.figure?.measure) : undefined;
  const document = dataset.documents.find((d) => d.id === claim.documentId);
  return (
    <article className="detail__item" aria-label="Selected claim">
      <p className="detail__kicker">
        Claim C{numbers.get(claim.id)} · <bdi>{categoryOf(dataset, claim.category).label}</bdi>
      </p>
      <h3 className="detail__title">{claim.summary}</h3>
      <blockquote className="detail__quote">“{claim.quote}”</blockquote>
      {document && (
        <p className="detail__meta">
          In <bdi>{document.title}</bdi> ({DOCUMENT_KIND_LABEL[document.kind].toLowerCase()}
          {document.publisher ? (
            <>
              , <bdi>{document.publisher}</bdi>
            </>
          ) : null}
          , {formatFuzzyDate(document.date)})
          {document.text === undefined ? ' — quoted as cited: the dataset holds no text of it' : ''}
        </p>
      )}
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
