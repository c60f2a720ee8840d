import { NOT_GRADED, ORIGIN_LABEL } from '../../data/labels';
import type { Estimate } from '../../data/estimates';
import { describePrecision, formatFuzzyDate } from '../../lib/format';
import { formatFigure } from '../../data/figure-words';

interface EstimateTooltipProps {
  id: string;
  estimate: Estimate;
  sourceFullName: string;
  measureLabel: string;
  /** Position in percent of the chart's box, so it follows the svg however it is scaled. */
  left: number;
  top: number;
}

/** What is behind a mark: the words, who said them and how far they are trusted, when, and where from. */
export function EstimateTooltip({
  id,
  estimate: e,
  sourceFullName,
  measureLabel,
  left,
  top,
}: EstimateTooltipProps) {
  const alignRight = left > 55;
  return (
    <div
      id={id}
      role="tooltip"
      className="chart-tooltip"
      // Anchored by the side away from the mark, so the box keeps its full width near either edge.
      style={{
        ...(alignRight ? { right: `${100 - left}%` } : { left: `${left}%` }),
        top: `${top}%`,
        transform: 'translateY(14px)',
      }}
    >
      <p className="chart-tooltip__figure">
        <strong>{formatFigure(e)}</strong> {measureLabel.toLowerCase()}
      </p>
      {e.kind === 'tally' ? (
        <p className="chart-tooltip__quote">
          Tally of {(e.events ?? 0).toLocaleString('en-GB')} coded events: the sum of their figures within the
          filters. A count of events, not a claimed total.
        </p>
      ) : (
        <blockquote className="chart-tooltip__quote">“{e.quote}”</blockquote>
      )}
      <dl className="chart-tooltip__facts">
        <dt>Source</dt>
        <dd>
          {sourceFullName} — {e.reliability ? `reliability ${e.reliability}` : NOT_GRADED}
          {e.credibility !== null ? `, credibility ${e.credibility}` : ''}
        </dd>
        <dt>{e.kind === 'tally' ? 'Dates' : 'As of'}</dt>
        <dd>
          {formatFuzzyDate(e.date)} ({describePrecision(e.date)})
        </dd>
        <dt>Origin</dt>
        <dd>
          {e.kind === 'claim'
            ? 'Article (claim)'
            : e.kind === 'tally'
              ? 'Coded events (tally)'
              : `${ORIGIN_LABEL[e.origin]} (dated event)`}
        </dd>
      </dl>
      {e.context && <p className="chart-tooltip__context">{e.context}</p>}
    </div>
  );
}
