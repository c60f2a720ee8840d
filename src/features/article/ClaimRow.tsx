import { AnalystGrade, GradeButton } from '../../components/AnalystGrade';
import { CREDIBILITY_LABEL, gradeMark, reliabilityLabel } from '../../data/labels';
import type { Category, Measure, Source } from '../../data/schema';
import type { NormalisedClaim } from '../../data/validate';
import { formatFuzzyDate } from '../../lib/format';
import { describeFigure, formatFigure } from '../../data/figure-words';

interface Props {
  claim: NormalisedClaim;
  n: number | undefined;
  source: Source | undefined;
  category: Category;
  measure: Measure | undefined;
  selected: boolean;
  related: boolean;
  onPick: (claimId: string) => void;
  /** Set when the table is virtualised: the row's position, for assistive technology. */
  rowIndex?: number;
}

/** One claim of the claims table. */
export function ClaimRow({
  claim,
  n,
  source,
  category,
  measure,
  selected,
  related,
  onPick,
  rowIndex,
}: Props) {
  return (
    <tr
      data-claim-row={claim.id}
      aria-rowindex={rowIndex === undefined ? undefined : rowIndex + 2}
      className={selected ? 'is-selected' : related ? 'is-related' : undefined}
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
        <span className="nowrap">
          <bdi>{source?.shortName ?? claim.sourceId}</bdi>{' '}
          <abbr className="grade" title={source ? reliabilityLabel(source.reliability) : undefined}>
            {gradeMark(source?.reliability)}
          </abbr>
        </span>
        <AnalystGrade kind="source" id={claim.sourceId} withNote={false} />
        <bdi className="claims-table__sub">{category.label}</bdi>
      </td>
      <td>
        <span className="claim-summary" title={claim.summary}>
          {claim.summary}
        </span>
        {claim.anchor?.detached ? (
          <strong className="claim-detached"> ⚠ Its words are no longer in the document’s text.</strong>
        ) : null}
      </td>
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
        <span className="claims-table__sub nowrap">as of {formatFuzzyDate(claim.asOf)}</span>
      </td>
      <td>
        <abbr
          className="grade"
          title={`${CREDIBILITY_LABEL[claim.credibility]}: ${claim.credibilityRationale}`}
        >
          {claim.credibility}
        </abbr>
        <AnalystGrade kind="claim" id={claim.id} /> <GradeButton kind="claim" id={claim.id} label={`C${n}`} />
      </td>
    </tr>
  );
}
