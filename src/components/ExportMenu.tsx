import './export-menu.css';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { MarkingDialog } from './MarkingDialog';
import { loadBuilders, useExport, type ExportFormat, type ExportSubject } from './use-export';

/**
 * The Export menu of one panel (menu button pattern: Enter, Space or arrows open it; arrows, Home and End
 * move; Escape closes it and returns focus to the button).
 *
 * Props contract, kept small and stable so every panel wires it the same way:
 *  - `view`: 'chart' | 'map' | 'timeline' — names the files and the button ("Export map");
 *  - `viewTitle`: the image's title, e.g. "Estimate disparity";
 *  - `subtitle` (optional): the measure or mode shown, e.g. "Casualties (killed + wounded), absolute";
 *  - `credit` (optional): an attribution the image must carry (map data);
 *  - `getSvg`: returns the view's live, fully drawn <svg> (styles are read from the page), or a detached one
 *    already styled inline; may be async; null when nothing is drawn;
 *  - `summary`: the view's text summary, written as the slide's notes (or a function returning it, called
 *    only when exporting).
 * The caption (filters, sources and grades, article, dataset version, export time, marking) and the CSV/JSON
 * data exports come from the shared state; the panel passes nothing for them.
 */
export type ExportMenuProps = ExportSubject;

const ITEMS: { format: ExportFormat; label: string; group: 'image' | 'data' }[] = [
  { format: 'png', label: 'PNG image (2×, as on screen)', group: 'image' },
  { format: 'png-slide', label: 'PNG image, 16:9 slide (2×)', group: 'image' },
  { format: 'png-a4', label: 'PNG image, A4 landscape (2×)', group: 'image' },
  { format: 'svg', label: 'SVG image', group: 'image' },
  { format: 'copy', label: 'Copy image (PNG) to the clipboard', group: 'image' },
  { format: 'pptx', label: 'PowerPoint slide (.pptx)', group: 'image' },
  { format: 'csv', label: 'CSV data: the filtered claims and events', group: 'data' },
  { format: 'json', label: 'JSON data: the filtered dataset', group: 'data' },
];
const MARKING_ITEM = ITEMS.length;

export function ExportMenu(props: ExportMenuProps) {
  const { run, status } = useExport(props);
  const [open, setOpen] = useState(false);
  const [markingOpen, setMarkingOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const count = ITEMS.length + 1;
  const rootRef = useRef<HTMLDivElement>(null);

  // A click or focus anywhere else closes the menu, as a native menu would.
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node | null)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

  const focusItem = (index: number) => itemRefs.current[(index + count) % count]?.focus();
  const openMenu = (index: number) => {
    setOpen(true);
    loadBuilders().catch(() => {
      // Said by the export itself, if the code is still missing when an item is chosen.
    });
    // The items exist only once the menu has rendered.
    requestAnimationFrame(() => focusItem(index));
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (index: number) => {
    close(true);
    const item = ITEMS[index];
    if (item) void run(item.format);
    else setMarkingOpen(true);
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 0 : count - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = itemRefs.current.findIndex((el) => el === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusItem(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="export-menu__button"
        // The visible word "Export" begins the name, so speech input finds it.
        aria-label={`Export ${props.view}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={status.busy}
        onClick={() => (open ? close(false) : openMenu(0))}
        onKeyDown={onButtonKey}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          tabIndex={-1}
          aria-label={`Export ${props.view}`}
          className="export-menu__list"
          onKeyDown={onMenuKey}
        >
          {ITEMS.map((item, i) => (
            <button
              key={item.format}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`export-menu__item${i > 0 && ITEMS[i - 1]?.group !== item.group ? ' is-group-start' : ''}`}
              onClick={() => choose(i)}
            >
              {item.label}
            </button>
          ))}
          <button
            ref={(el) => {
              itemRefs.current[MARKING_ITEM] = el;
            }}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="export-menu__item is-group-start"
            onClick={() => choose(MARKING_ITEM)}
          >
            Handling marking…
          </button>
        </div>
      )}
      <span
        role="status"
        className={`export-menu__status${status.failed ? ' is-error' : ''}`}
        data-busy={status.busy || undefined}
      >
        {status.message}
      </span>
      {markingOpen && <MarkingDialog onClose={() => setMarkingOpen(false)} />}
    </div>
  );
}
