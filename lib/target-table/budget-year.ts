import type { ImportPreview } from './types';

/**
 * The budget year a table is for, when the user does not say: the year most of its project names and its
 * title carry (the seed's `2022年…` projects), or null when none is written.
 */
export function inferBudgetYear(preview: Pick<ImportPreview, 'title' | 'projects'>): number | null {
  const counts = new Map<number, number>();
  // A per-project table's 实施期 names its year too: `2022年`, `2023.07-2024.01`, `202001-202012`.
  for (const text of [preview.title, ...preview.projects.flatMap((p) => [p.name, p.period ?? ''])]) {
    const years = new Set([...text.matchAll(/(?<!\d)(20\d{2})(?:年|-\d{4}年|年度|\.\d{1,2}|\d{2}(?!\d))/g)].map((m) => Number(m[1])));
    for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) {
    if (best === null || count > counts.get(best)! || (count === counts.get(best) && year < best)) best = year;
  }
  return best;
}
