/** Scale words that prefix a base unit (`万元`, `亿元`, `万家`, `万亿元`). */
const SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8 };

function splitScale(unit: string): { factor: number; base: string } {
  let factor = 1;
  let at = 0;
  while (at < unit.length && SCALES[unit[at]] !== undefined) factor *= SCALES[unit[at++]];
  return { factor, base: unit.slice(at) };
}

/**
 * Converts a value between scales of one base unit: `万元`→`亿元` divides by 1e4, `万家`→`家` multiplies.
 * A unit that is only a scale word (`450万`, `90亿`) borrows the other side's base, since the table leaves the
 * base to the indicator name. Different bases (`次` vs `元`), or a unit on one side only, cannot be compared:
 * `null`. The result is rounded to 15 significant digits so that 0.07万元 is 700元, not 700.0000000000001.
 */
export function convertScale(value: number, fromUnit: string | null, toUnit: string | null): number | null {
  const from = fromUnit?.trim() || null;
  const to = toUnit?.trim() || null;
  if (from === to) return value;
  if (from === null || to === null) return null;
  const source = splitScale(from);
  const target = splitScale(to);
  if (source.base !== target.base && source.base !== '' && target.base !== '') return null;
  const converted =
    source.factor >= target.factor
      ? value * (source.factor / target.factor)
      : value / (target.factor / source.factor);
  return Number.isFinite(converted) ? Number(converted.toPrecision(15)) : null;
}

/**
 * The units an actual may be entered in for a target unit: the unit itself, then its base and the 万/亿
 * scales of that base (`亿元` → 亿元, 元, 万元). A unit without a countable base (`%`, none) has only itself.
 */
export function entryUnits(targetUnit: string | null): string[] {
  if (!targetUnit) return [];
  const { base } = splitScale(targetUnit);
  if (!base || base === '%') return [targetUnit];
  return [...new Set([targetUnit, base, `万${base}`, `亿${base}`])];
}
