import { AnalystGrade, GradeButton } from '../../components/AnalystGrade';
import { CATEGORY_LABEL, CREDIBILITY_LABEL, RELIABILITY_LABEL } from '../../config/labels';
import type { Measure, Source } from '../../data/schema';
import type { NormalisedClaim } from '../../data/validate';
import { describeFigure, formatFigure, formatFuzzyDate } from '../../lib/format';

interface Props {
  claim: NormalisedClaim;
  n: number | undefined;
  source: Source | undefined;
  measure: Measure | undefined;
  selected: boolean;
  related: boolean;
  onPick: (claimId: string) => void;
  /** Set when the table is virtualised: the row's position, for assistive technology. */
  rowIndex?: number;
}

/** One claim of the claims table. */
export function ClaimRow({ claim, n, source, measure, selected, related, onPick, rowIndex }: Props) {
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
        {source?.shortName ?? claim.sourceId}{' '}
        <abbr className="grade" title={source ? RELIABILITY_LABEL[source.reliability] : undefined}>
          {source?.reliability}
        </abbr>
        <AnalystGrade kind="source" id={claim.sourceId} withNote={false} />
      </td>
      <td>{CATEGORY_LABEL[claim.category]}</td>
      <td>
        <span className="claim-summary" title={claim.summary}>
          {claim.summary}
        </span>
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
      </td>
      <td className="nowrap">{formatFuzzyDate(claim.asOf)}</td>
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
