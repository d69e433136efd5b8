'use client';

import { useState, type ReactNode } from 'react';

/**
 * A `<details>` whose content is rendered only once it is first opened (and kept after): a page of many closed
 * sections (a project's 填报与历史 per indicator) sends the summaries as HTML, not every form and table under them.
 */
export function LazyDetails({ open = false, className, summary, children }: { open?: boolean; className?: string; summary: ReactNode; children: ReactNode }) {
  const [shown, setShown] = useState(open);
  return (
    <details open={open} className={className} onToggle={(event) => event.currentTarget.open && setShown(true)}>
      {summary}
      {shown && children}
    </details>
  );
}
