import type { Area } from '../state/layout';

const LINKS: { area: Area; label: string }[] = [
  { area: 'filters', label: 'Filters' },
  { area: 'chart', label: 'Estimate chart' },
  { area: 'map', label: 'Map' },
  { area: 'timeline', label: 'Timeline' },
  { area: 'article', label: 'Documents and claims' },
];

interface Props {
  /** Makes the panel ready to take focus (expands a collapsed split or rail) before focus moves to it. */
  reveal: (area: Area) => void;
}

/** The page's first Tab stops: one skip link (a button) to each panel, shown when focused. */
export function SkipLinks({ reveal }: Props) {
  return (
    <nav className="skip-links" aria-label="Skip to a panel">
      <ul>
        {LINKS.map(({ area, label }) => (
          <li key={area}>
            {/* A button, not a fragment link: the address keeps the view's clean link, and nothing on the
                page is taken for a link to a missing anchor. */}
            <button
              type="button"
              className="skip-links__link"
              onClick={() => {
                reveal(area);
                requestAnimationFrame(() => {
                  const panel = document.getElementById(`panel-${area}`);
                  panel?.focus({ preventScroll: true });
                  panel?.scrollIntoView({ block: 'nearest' });
                });
              }}
            >
              Skip to {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
