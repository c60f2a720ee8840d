const DOT = <circle cx="7" cy="7" r="5" />;

const ENTRIES = [
  { label: 'Article claim (filled)', className: 'legend-article', shape: DOT, width: 14 },
  { label: 'Context (outlined)', className: 'legend-context', shape: DOT, width: 14 },
  { label: 'Later context (dashed)', className: 'legend-later', shape: DOT, width: 14 },
  {
    label: 'Month or span of days',
    className: 'legend-context',
    shape: <rect x="1" y="2" width="24" height="10" rx="5" />,
    width: 26,
  },
];

/** How to read the marks: origin by shape, precision by form. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Timeline legend">
      {ENTRIES.map((e) => (
        <li key={e.label}>
          <svg width={e.width} height="14" aria-hidden="true" className={e.className}>
            {e.shape}
          </svg>
          {e.label}
        </li>
      ))}
      <li>
        <span aria-hidden="true" className="timeline-legend__approx">
          ≈
        </span>
        Approximate date
      </li>
      <li>Shaded bars: many items (click to zoom in)</li>
    </ul>
  );
}
