import type { ReactNode } from 'react';

/** Said when a filter hides everything a panel could show, so an empty panel never looks broken. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="empty-state" role="status">
      {children}
    </p>
  );
}
