/** A 自评 score in points with two decimals (9.59); a dash when there is none. */
export function formatScore(points: number | null | undefined): string {
  return points == null ? '—' : points.toFixed(2);
}
