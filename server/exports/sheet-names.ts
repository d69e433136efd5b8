/** Excel worksheet names: at most 31 characters, none of `: \ / ? * [ ]`, no leading or trailing `'`, unique. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = 'history';

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

function clean(title: string): string {
  const name = title.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  return cut(name, MAX_LENGTH).replace(/^'+|'+$/g, '').trim() || 'Sheet';
}

/** Valid, case-insensitively unique sheet names for the given titles, in order; duplicates get (2), (3)… */
export function uniqueSheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>([RESERVED]);
  return titles.map((title) => {
    const base = clean(title);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = `${cut(base, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
