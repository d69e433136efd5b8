/** HTML and XML character references: `&amp;`, `&nbsp;`, `&#39;`, `&#x4E00;`. */
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', middot: '·', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', ge: '≥', le: '≤', ne: '≠', plusmn: '±', times: '×', divide: '÷', deg: '°', permil: '‰', yen: '¥' };

export const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g;

function decodeOne(name: string): string | null {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return codePoint(Number(name.slice(1)));
  return NAMED[name] ?? null;
}

function codePoint(value: number): string | null {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : null;
}

/** The text with its character references replaced; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, (whole, name: string) => decodeOne(name) ?? whole) : text;
}
