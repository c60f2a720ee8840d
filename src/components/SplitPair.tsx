import type { ReactNode } from 'react';
import { Group, Panel as Split, Separator, useDefaultLayout } from 'react-resizable-panels';
import { layoutStorage } from '../state/layout';

interface Pane {
  id: string;
  /** The least the pane keeps (any CSS length react-resizable-panels reads: "18rem", "20%"). */
  minSize: string;
  children: ReactNode;
}

interface Props {
  /** Names the split's sizes kept in this browser. */
  id: string;
  /** Side by side ("horizontal") or one over the other ("vertical"). */
  orientation: 'horizontal' | 'vertical';
  /** Sizes in percent by pane id, until the analyst drags the separator. */
  defaultLayout: Record<string, number>;
  /** The separator's accessible name: what it resizes. */
  label: string;
  first: Pane;
  second: Pane;
  className: string;
  cellClassName: string;
}

/** Two panes and the separator between them, dragged or moved with the arrow keys; the sizes are kept. */
export function SplitPair({
  id,
  orientation,
  defaultLayout,
  label,
  first,
  second,
  className,
  cellClassName,
}: Props) {
  const saved = useDefaultLayout({ id, storage: layoutStorage });
  return (
    <Group
      orientation={orientation}
      className={className}
      defaultLayout={saved.defaultLayout ?? defaultLayout}
      onLayoutChanged={saved.onLayoutChanged}
    >
      <Split id={first.id} minSize={first.minSize} className={cellClassName}>
        {first.children}
      </Split>
      <Separator
        className={`ws-sep ws-sep--${orientation === 'horizontal' ? 'v' : 'h'}`}
        aria-label={label}
      />
      <Split id={second.id} minSize={second.minSize} className={cellClassName}>
        {second.children}
      </Split>
    </Group>
  );
}
