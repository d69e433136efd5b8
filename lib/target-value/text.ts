/**
 * Text clean-up shared by the target parsers. Tables are typed by hand or extracted from PDFs, so the same
 * target arrives as `≥90%`, `≥ 90 %` or `≥９０％`; all of them must read alike.
 */

/** Full-width digits, Latin letters and the symbols used in targets read as their ASCII forms, char for char. */
export function normaliseWidth(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ％＝＜＞．／－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/−/g, '-');
}

/** Trailing item separators are not part of a target (DOMAIN.md §8: `targetText` is trimmed of them). */
export const TRAILING_PUNCTUATION = /[。；;，,、.\s]+$/;

/**
 * The form the grammar is matched against: normalised width, no whitespace (spaces in Chinese targets are
 * extraction noise, never meaningful) and no trailing separators.
 */
export function compactText(text: string): string {
  return normaliseWidth(text).replace(/\s+/g, '').replace(TRAILING_PUNCTUATION, '');
}

/** Longest-first alternation, so that `不低于` wins over `低于` and `家次` over `家`. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}
