import { useState } from 'react';
import { gradeMark, ORIGIN_LABEL } from '../../data/labels';
import { CONFIDENCE_LABEL, likelihoodText } from '../../data/assessed-range';
import type { Estimate } from '../../data/estimates';
import type { AssessedRange } from '../../data/schema';
import { BOUND_LABEL } from '../../data/figure-words';
import { formatFuzzyDate, formatIsoDate, formatNumber } from '../../lib/format';

interface ChartTableProps {
  rows: readonly Estimate[];
  range: AssessedRange | null;
  measureLabel: (id: string) => string;
  caption: string;
}

const amount = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));

/** The chart's table twin: the same rows, every number with its bound and the words behind it. */
export function ChartTable({ rows, range, measureLabel, caption }: ChartTableProps) {
  // Rendered only while open: a closed twin costs nothing and stays out of other panels' table queries.
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Chart data as a table</summary>
      {open && (
        // A scroll box with nothing focusable inside must take focus itself, or keyboard users cannot scroll it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="chart-table__scroll" tabIndex={0} role="region" aria-label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Measure</th>
                <th scope="col">Bound</th>
                <th scope="col">Low</th>
                <th scope="col">Best</th>
                <th scope="col">High</th>
                <th scope="col">Date</th>
                <th scope="col">Grade</th>
                <th scope="col">Origin</th>
                <th scope="col">Quote</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.key} data-table-key={e.key}>
                  <th scope="row">{e.sourceName}</th>
                  <td>{measureLabel(e.measure)}</td>
                  <td>{BOUND_LABEL[e.bound]}</td>
                  <td>{amount(e.low)}</td>
                  <td>{amount(e.best)}</td>
                  <td>{amount(e.high)}</td>
                  <td>{formatFuzzyDate(e.date)}</td>
                  <td>
                    {gradeMark(e.reliability)}
                    {e.credibility !== null ? e.credibility : ''}
                  </td>
                  <td>
                    {e.kind === 'tally'
                      ? `Tally of ${(e.events ?? 0).toLocaleString('en-GB')} coded events`
                      : ORIGIN_LABEL[e.origin]}
                  </td>
                  <td>{e.quote}</td>
                </tr>
              ))}
              {range && (
                <tr data-table-key="analyst-range">
                  <th scope="row">Analyst (own judgement)</th>
                  <td>{measureLabel(range.measure)}</td>
                  <td>{likelihoodText(range.likelihood)}</td>
                  <td>{amount(range.low)}</td>
                  <td>{amount(range.best)}</td>
                  <td>{amount(range.high)}</td>
                  <td>{formatIsoDate(range.asOf)}</td>
                  <td>{range.confidence ? CONFIDENCE_LABEL[range.confidence] : '—'}</td>
                  <td>Analyst’s assessed range</td>
                  <td>{range.reasoning}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
