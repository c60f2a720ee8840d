import './dialog.css';
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native element: focus is trapped and Escape closes it, by the browser. Mount it to
 * open it and unmount it to close it; focus returns to whatever opened it.
 */
export function Dialog({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; an open attribute is the closest it can show.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog ref={ref} aria-labelledby={headingId} className={`dialog ${className ?? ''}`} onClose={onClose}>
      <div className="dialog__header">
        <h2 id={headingId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="dialog__close" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
