import { useCallback, useEffect, useRef, useState } from 'react';

/** Long enough for a burst of keys to be one search, short enough to read as "as you type". */
export const SEARCH_DEBOUNCE_MS = 180;

/**
 * A text field whose every key shows at once (`draft`) while what it drives (`commit`: a filter, a
 * search in a list) follows only when the keys pause, so a word typed is one search, not one per letter.
 * `flush` commits at once (Enter, leaving the field). A change of `value` from elsewhere (a chip removing
 * the search, a link) replaces the draft and drops a commit still waiting.
 */
export function useDebouncedDraft(
  value: string,
  commit: (next: string) => void,
  delayMs = SEARCH_DEBOUNCE_MS,
) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const pending = useRef<{ timer: number; text: string } | null>(null);
  /** The last text this field committed: a `value` other than it came from elsewhere. */
  const committed = useRef(value);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });

  const cancel = useCallback(() => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      cancel();
    }
  }, [value, cancel]);

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    cancel();
    // Seen before it arrives, so the keys typed meanwhile stay in the field.
    setSeen(waiting.text);
    committed.current = waiting.text;
    latestCommit.current(waiting.text);
  }, [cancel]);

  const change = useCallback(
    (next: string) => {
      setDraft(next);
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = { timer: window.setTimeout(flush, delayMs), text: next };
    },
    [delayMs, flush],
  );

  // Leaving (the rail collapsed, another dataset) does not lose what was typed.
  useEffect(() => flush, [flush]);
  return { draft, change, flush };
}
