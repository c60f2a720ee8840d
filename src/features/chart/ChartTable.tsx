import { useState } from 'react';
import { ORIGIN_LABEL } from '../../data/labels';
import type { Estimate } from '../../data/estimates';
import { formatFuzzyDate, formatNumber } from '../../lib/format';
import { BOUND_LABEL } from '../../data/figure-words';

interface ChartTableProps {
  rows: readonly Estimate[];
  measureLabel: (id: string) => string;
  caption: string;
}

/** The chart's table twin: the same rows, every number with its bound and the words behind it. */
export function ChartTable({ rows, measureLabel, caption }: ChartTableProps) {
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
                  <td>{e.low === undefined ? '—' : formatNumber(e.low)}</td>
                  <td>{e.high === undefined ? '—' : formatNumber(e.high)}</td>
                  <td>{formatFuzzyDate(e.date)}</td>
                  <td>
                    {e.reliability}
                    {e.credibility !== null ? e.credibility : ''}
                  </td>
                  <td>{ORIGIN_LABEL[e.origin]}</td>
                  <td>{e.quote}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
