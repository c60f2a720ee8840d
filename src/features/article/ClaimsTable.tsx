import { AnalystGrade, GradeButton } from '../../components/AnalystGrade';
import { CATEGORY_LABEL, CREDIBILITY_LABEL, RELIABILITY_LABEL } from '../../config/labels';
import type { Dataset, NormalisedClaim } from '../../data/validate';
import { describeFigure, formatFigure, formatFuzzyDate } from '../../lib/format';
import { isSelected, type Selection } from '../../state/store';

interface Props {
  dataset: Dataset;
  claims: readonly NormalisedClaim[];
  numbers: ReadonlyMap<string, number>;
  selection: Selection | null;
  related: ReadonlySet<string>;
  onPick: (claimId: string) => void;
}

/** Every shown claim as a table: the accessible, sortable-by-eye twin of the highlighted article. */
export function ClaimsTable({ dataset, claims, numbers, selection, related, onPick }: Props) {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const ordered = [...claims].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return (
    <div className="table-scroll">
      <table className="data-table claims-table">
        <caption className="visually-hidden">
          Claims of the article, in reading order: source and its reliability grade, category, figure with its
          bound, date, credibility grade
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Source</th>
            <th scope="col">Category</th>
            <th scope="col">Claim</th>
            <th scope="col">Figure</th>
            <th scope="col">As of</th>
            <th scope="col">Credibility</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((claim) => {
            const n = numbers.get(claim.id);
            const source = sources.get(claim.sourceId);
            const measure = claim.figure ? measures.get(claim.figure.measure) : undefined;
            const selected = isSelected(selection, 'claim', claim.id);
            return (
              <tr
                key={claim.id}
                data-claim-row={claim.id}
                className={selected ? 'is-selected' : related.has(claim.id) ? 'is-related' : undefined}
                aria-current={selected ? true : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    data-claim-show={claim.id}
                    aria-label={`Show claim C${n} in the article`}
                    onClick={() => onPick(claim.id)}
                  >
                    C{n}
                  </button>
                </td>
                <td>
                  {source?.shortName ?? claim.sourceId}{' '}
                  <abbr className="grade" title={source ? RELIABILITY_LABEL[source.reliability] : undefined}>
                    {source?.reliability}
                  </abbr>
                  <AnalystGrade kind="source" id={claim.sourceId} withNote={false} />
                </td>
                <td>{CATEGORY_LABEL[claim.category]}</td>
                <td>{claim.summary}</td>
                <td>
                  {claim.figure ? (
                    <span
                      title={`${describeFigure(claim.figure)} ${measure?.unit ?? ''} — stated as “${claim.figure.stated}”`}
                    >
                      <span className="figure">{formatFigure(claim.figure)}</span>{' '}
                      <span className="figure__measure">{measure?.label ?? claim.figure.measure}</span>
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="nowrap">{formatFuzzyDate(claim.asOf)}</td>
                <td>
                  <abbr
                    className="grade"
                    title={`${CREDIBILITY_LABEL[claim.credibility]}: ${claim.credibilityRationale}`}
                  >
                    {claim.credibility}
                  </abbr>
                  <AnalystGrade kind="claim" id={claim.id} />{' '}
                  <GradeButton kind="claim" id={claim.id} label={`C${n}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
