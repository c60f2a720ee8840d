/** What each mark on the map means; HTML beside the map so it is read, zoomed and exported like text. */
export function Legend({ tilesShown }: { tilesShown: boolean }) {
  return (
    <ul className="map-legend" aria-label="Map legend">
      <li>
        <span className="map-legend__swatch map-legend__swatch--border" aria-hidden="true" /> International
        border
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--oblast" aria-hidden="true" /> Oblast boundary
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--kursk" aria-hidden="true" /> Kursk oblast
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--fighting" aria-hidden="true" /> Area of
        reported fighting (villages named in casualty reports)
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--river" aria-hidden="true" /> River
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--town" aria-hidden="true" /> Town (labels by
        size and zoom)
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--exact" aria-hidden="true" /> Place, exact
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--approx" aria-hidden="true" /> Place,
        approximate (circle of its uncertainty)
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--badge" aria-hidden="true">
          3
        </span>{' '}
        Claims and events shown; grey: none (hidden by the filters, or none linked)
      </li>
      {tilesShown && <li className="muted">Background: online tiles</li>}
    </ul>
  );
}
