import { useId, type ReactNode } from 'react';
import { PanelBoundary } from './PanelBoundary';

interface PanelProps {
  /** The landmark's accessible name; also its visible heading. */
  title: string;
  /** Controls shown at the right of the heading (export menus, toggles). */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A named landmark region with its heading and an error boundary, so one failing panel never blanks the page. */
export function Panel({ title, actions, className, children }: PanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`panel ${className ?? ''}`}>
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <PanelBoundary name={title}>
        <div className="panel__body">{children}</div>
      </PanelBoundary>
    </section>
  );
}
