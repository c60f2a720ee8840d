import { useId, type ReactNode } from 'react';
import { useLayoutStore, type Area } from '../state/layout';
import { PanelBoundary } from './PanelBoundary';

interface PanelProps {
  /** The landmark's accessible name; also its visible heading. */
  title: string;
  /** A dashboard panel: the target of its skip link (`#panel-<area>`), and of its split and maximise state. */
  area?: Area;
  /** Offer "Maximise": the panel can fill the window, and Escape brings it back. */
  maximisable?: boolean;
  /** Controls shown at the right of the heading (export menus, toggles). */
  actions?: ReactNode;
  /** Drawn over the panel's body: the details of a selection made in this panel. */
  overlay?: ReactNode;
  /** The body is not drawn (a collapsed split): only the heading and its controls stay. */
  collapsed?: boolean;
  className?: string;
  children: ReactNode;
}

/** A named landmark region with its heading and an error boundary, so one failing panel never blanks the page. */
export function Panel({
  title,
  area,
  maximisable = false,
  actions,
  overlay,
  collapsed = false,
  className,
  children,
}: PanelProps) {
  const headingId = useId();
  const maximised = useLayoutStore((s) => s.maximised);
  const setMaximised = useLayoutStore((s) => s.setMaximised);
  const isMax = area !== undefined && maximised === area;
  return (
    <section
      id={area ? `panel-${area}` : undefined}
      // The skip links move focus here; it is never a Tab stop of its own.
      tabIndex={area ? -1 : undefined}
      aria-labelledby={headingId}
      data-area={area}
      className={`panel ${className ?? ''}${isMax ? ' is-maximised' : ''}${collapsed ? ' is-collapsed' : ''}`}
      // While another panel fills the window, this one is out of the keyboard's and screen reader's way.
      inert={maximised !== null && !isMax}
    >
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {actions || (maximisable && area) ? (
          <div className="panel__actions">
            {actions}
            {maximisable && area ? (
              <button
                type="button"
                className="panel__maximise"
                aria-label={isMax ? `Restore ${title} (Escape)` : `Maximise ${title}`}
                title={isMax ? 'Back to the dashboard (Escape)' : 'Fill the window with this panel'}
                onClick={() => setMaximised(isMax ? null : area)}
              >
                <span aria-hidden="true">{isMax ? '⤡' : '⤢'}</span> {isMax ? 'Restore' : 'Maximise'}
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      {collapsed ? null : (
        <PanelBoundary name={title}>
          <div className="panel__body">{children}</div>
        </PanelBoundary>
      )}
      {overlay}
    </section>
  );
}
