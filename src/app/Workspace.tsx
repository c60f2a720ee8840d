import type { ReactNode, RefObject } from 'react';
import {
  Group,
  Panel as Split,
  Separator,
  useDefaultLayout,
  type PanelImperativeHandle,
} from 'react-resizable-panels';
import { SplitPair } from '../components/SplitPair';
import { layoutStorage, useLayoutStore } from '../state/layout';
import { COLLAPSED_PX, DEFAULT_SIDE, defaultMain, defaultRows } from '../state/layout-defaults';

interface Props {
  chart: ReactNode;
  map: ReactNode;
  timeline: ReactNode;
  article: ReactNode;
  /** The article's split, so a skip link or its heading can expand it. */
  readingRef: RefObject<PanelImperativeHandle | null>;
  onReadingCollapsed: (collapsed: boolean) => void;
}

/** The header's height and the page's padding: the window's height less this is the splits'. */
const CHROME_PX = 64;
/** The filter rail and the page's padding: the window's width less this is the splits'. */
const RAIL_PX = 316;

/**
 * The chart at the left, the map over the timeline at the right, the article and claims below: splits the
 * analyst drags (or moves with the arrow keys on a focused separator), kept in this browser.
 */
export function Workspace({ chart, map, timeline, article, readingRef, onReadingCollapsed }: Props) {
  const rows = useDefaultLayout({ id: 'rows', storage: layoutStorage });
  const railCollapsed = useLayoutStore((s) => s.railCollapsed);
  const height = typeof window === 'undefined' ? 900 : window.innerHeight - CHROME_PX;
  const width = typeof window === 'undefined' ? 1440 : window.innerWidth - (railCollapsed ? 16 : RAIL_PX);
  return (
    <Group
      orientation="vertical"
      className="ws-rows"
      defaultLayout={rows.defaultLayout ?? { ...defaultRows(height) }}
      onLayoutChanged={rows.onLayoutChanged}
    >
      <Split id="main" minSize="14rem" className="ws-cell">
        <SplitPair
          id="main"
          orientation="horizontal"
          defaultLayout={defaultMain(width)}
          label="Resize the chart and the map and timeline"
          className="ws-cell"
          cellClassName="ws-cell"
          first={{ id: 'chart', minSize: '18rem', children: chart }}
          second={{
            id: 'side',
            minSize: '16rem',
            children: (
              <SplitPair
                id="side"
                orientation="vertical"
                defaultLayout={DEFAULT_SIDE}
                label="Resize the map and the timeline"
                className="ws-cell"
                cellClassName="ws-cell"
                first={{ id: 'map', minSize: '8rem', children: map }}
                second={{ id: 'timeline', minSize: '8rem', children: timeline }}
              />
            ),
          }}
        />
      </Split>
      <Separator className="ws-sep ws-sep--h" aria-label="Resize the panels and the documents" />
      <Split
        id="reading"
        panelRef={readingRef}
        collapsible
        collapsedSize={`${COLLAPSED_PX}px`}
        minSize="11rem"
        className="ws-cell"
        onResize={(size) => onReadingCollapsed(size.inPixels <= COLLAPSED_PX + 1)}
      >
        {article}
      </Split>
    </Group>
  );
}
