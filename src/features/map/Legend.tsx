interface Props {
  tilesShown: boolean;
  /** The division holding most of the places, by name, when one does. */
  emphasised: string | null;
  /** The category whose places outline the reported area, when there is one. */
  reportedArea: string | null;
  clustered: boolean;
  outside: boolean;
}

/** What each mark on the map means; HTML beside the map so it is read, zoomed and exported like text. */
export function Legend({ tilesShown, emphasised, reportedArea, clustered, outside }: Props) {
  return (
    <ul className="map-legend" aria-label="Map legend">
      <li>
        <span className="map-legend__swatch map-legend__swatch--border" aria-hidden="true" /> International
        border
      </li>
      <li>
        <span className="map-legend__swatch map-legend__swatch--oblast" aria-hidden="true" /> Oblast or region
        boundary
      </li>
      {emphasised && (
        <li>
          <span className="map-legend__swatch map-legend__swatch--emph" aria-hidden="true" />{' '}
          <bdi>{emphasised}</bdi> (holds most of the places)
        </li>
      )}
      {reportedArea && (
        <li>
          <span className="map-legend__swatch map-legend__swatch--area" aria-hidden="true" /> Area of the{' '}
          <bdi>{reportedArea.toLowerCase()}</bdi> reports (the villages and districts they name)
        </li>
      )}
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
      {clustered && (
        <li>
          <span className="map-legend__swatch map-legend__swatch--cluster" aria-hidden="true" /> Nearby places
          grouped, with their number (select to zoom in)
        </li>
      )}
      <li>
        <span className="map-legend__swatch map-legend__swatch--badge" aria-hidden="true">
          3
        </span>{' '}
        Claims and events shown; grey: none (hidden by the filters, or none linked)
      </li>
      {outside && (
        <li>
          <span className="map-legend__swatch map-legend__swatch--outside" aria-hidden="true" /> Plain
          background: outside the offline basemap
        </li>
      )}
      {tilesShown && <li className="muted">Background: online tiles</li>}
    </ul>
  );
}
