/** What every drawn estimate needs from the panel: colour, selection, focus, and what to do when picked. */
import type { Estimate } from '../../data/estimates';
import type { PlacedMark } from './chart-model';
import { EstimateMark } from './EstimateMark';

export interface MarkContext {
  colourOf: (sourceId: string) => string;
  /** The shared selection itself. */
  selectedKeys: ReadonlySet<string>;
  /** What the selection touches (a claim's events, an event's claims), drawn more quietly. */
  relatedKeys: ReadonlySet<string>;
  activeKey: string | null;
  tooltipId: string;
  labelOf: (e: Estimate) => string;
  ariaLabelOf: (e: Estimate) => string;
  onActivate: (e: Estimate) => void;
  onHover: (key: string | null) => void;
}

/** The placed estimates as focusable marks, in reading order (the order of `placed`). */
export function Marks(props: {
  placed: readonly PlacedMark[];
  orientation: 'h' | 'v';
  context: MarkContext;
  /** Which marks carry a printed label; every one when absent. */
  labelled?: ReadonlySet<string>;
}) {
  const { context: c, labelled } = props;
  return props.placed.map(({ estimate: e, geometry }) => (
    <EstimateMark
      key={e.key}
      estimate={e}
      geometry={geometry}
      orientation={props.orientation}
      colour={c.colourOf(e.sourceId)}
      label={!labelled || labelled.has(e.key) ? c.labelOf(e) : null}
      ariaLabel={c.ariaLabelOf(e)}
      selected={c.selectedKeys.has(e.key)}
      related={c.relatedKeys.has(e.key)}
      active={c.activeKey === e.key}
      tooltipId={c.activeKey === e.key ? c.tooltipId : undefined}
      onActivate={c.onActivate}
      onHover={c.onHover}
    />
  ));
}
