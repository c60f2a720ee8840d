/**
 * Tabs tell each other when they save an analyst's judgements, so a tab opened earlier reads them again
 * instead of showing (and later writing) a stale copy. BroadcastChannel where the browser has it; a tab
 * without it still merges its own writes with what is stored (judgements.ts), it only learns later.
 */
import type { Overwritten } from './judgements';

const CHANNEL = 'claimscope-judgements';

export function announceJudgements(key: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ key });
  channel.close();
}

/** Calls `onChange` when another tab saved judgements for `key`; returns the unsubscribe. */
export function listenForJudgements(key: string, onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ key?: unknown }>) => {
    if (event.data?.key === key) onChange();
  };
  return () => channel.close();
}

/** What a save replaced that another tab had changed meanwhile, in words. */
export function describeOverwritten(rows: readonly Overwritten[]): string {
  const named = rows
    .slice(0, 3)
    .map(
      (r) =>
        `${r.kind === 'range' ? 'the assessed range of' : r.kind} ${r.id}${
          r.at ? ` (changed ${r.at.slice(0, 16).replace('T', ' ')} UTC)` : ''
        }`,
    )
    .join(', ');
  const more = rows.length > 3 ? ` and ${rows.length - 3} more` : '';
  return (
    `Your grade, note or range on ${named}${more} replaced a change made in another tab since this one read it. ` +
    'Yours is the newer and is kept; open that row to check it.'
  );
}
