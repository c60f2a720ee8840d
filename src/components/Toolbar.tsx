import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { rovingTarget } from '../lib/roving';

interface Props {
  label: string;
  className?: string;
  children: ReactNode;
}

/** The toolbar's own buttons: not those of a dialog one of them opened, nor hidden or disabled ones. */
function items(root: HTMLElement): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].filter(
    (b) => !b.disabled && !b.closest('dialog') && b.getClientRects().length > 0,
  );
}

/**
 * WAI-ARIA's toolbar: one Tab stop for a row of buttons, Left and Right (Home, End) move between them.
 * The buttons come from the features inside, which know nothing of it: the tab stops are set on the DOM,
 * and again whenever a button comes or goes.
 */
export function Toolbar({ label, className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef(0);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const apply = () => {
      const list = items(root);
      const at = Math.min(current.current, list.length - 1);
      list.forEach((b, i) => (b.tabIndex = i === at ? 0 : -1));
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    return () => observer.disconnect();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const root = ref.current;
    if (!root || (e.target as HTMLElement).closest('dialog')) return;
    const list = items(root);
    const at = list.findIndex((b) => b === (e.target as EventTarget));
    if (at < 0 || e.key === 'ArrowUp' || e.key === 'ArrowDown') return;
    const to = rovingTarget(e.key, at, list.length);
    if (to === null) return;
    e.preventDefault();
    list[to]?.focus();
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const root = ref.current;
    if (!root) return;
    const list = items(root);
    const at = list.findIndex((b) => b === (e.target as EventTarget));
    if (at < 0) return;
    current.current = at;
    list.forEach((b, i) => (b.tabIndex = i === at ? 0 : -1));
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      className={className}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {children}
    </div>
  );
}
