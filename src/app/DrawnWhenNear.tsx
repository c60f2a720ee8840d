import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface Props {
  /** Only while the panels stack: side by side every panel is on the first screen. */
  active: boolean;
  /** The panel's content in words, for the line shown until it is drawn: "the map". */
  what: string;
  children: ReactNode;
}

/**
 * A stacked panel's content, drawn once the page is scrolled near it: on a phone the first screen shows
 * the header and the chart, and drawing the map, the timeline and the documents below it would hold the
 * page before anything can be used. Once drawn, a panel stays drawn. A printed page draws everything.
 */
export function DrawnWhenNear({ active, what, children }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [near, setNear] = useState(() => !active || typeof IntersectionObserver === 'undefined');
  const shown = near || !active;

  useEffect(() => {
    const el = ref.current;
    if (shown || !el) return;
    // A quarter of a screen ahead: the panel is drawn just before it scrolls into view.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '25% 0px' },
    );
    observer.observe(el);
    const print = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [shown]);

  if (shown) return children;
  return (
    <p ref={ref} className="drawn-when-near">
      {what.charAt(0).toUpperCase() + what.slice(1)} is drawn when it scrolls into view.
    </p>
  );
}
