import { UNIT_SOURCE } from './units';

const WHOLE_UNIT = new RegExp(`^${UNIT_SOURCE}$`);
const TRAILING_PARENTHESES = /[（(]\s*([^（）()]{1,12}?)\s*[)）]\s*$/;

/**
 * The unit an indicator's name carries in trailing parentheses (`涉农贷款余额（亿元）` → `亿元`, `会议数（次）` →
 * `次`), for a target written as a bare number: the table leaves the unit to the name. Anything in the parentheses
 * that is not one unit (`（invented）`, `（含港澳）`) gives null.
 */
export function unitFromName(name: string): string | null {
  const inside = TRAILING_PARENTHESES.exec(name.slice(-20))?.[1];
  // A word in Latin letters is a note (`（invented）`), not a unit such as `GB` or `kWh`.
  const latinWord = inside !== undefined && /[A-Za-z]{6}/.test(inside);
  return inside !== undefined && !latinWord && WHOLE_UNIT.test(inside) ? inside : null;
}
