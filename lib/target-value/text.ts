/**
 * Text clean-up shared by the target parsers. Tables are typed by hand or extracted from PDFs, so the same
 * target arrives as `≥90%`, `≥ 90 %` or `≥９０％`; all of them must read alike.
 *
 * Runs at the end of a text are trimmed with loops, never with `[…]+$` patterns: a regular expression tries such
 * a class at every position of a long run, which takes time quadratic in its length (40,000 spaces or a line of
 * commas held the server for seconds).
 */

/** Full-width digits, Latin letters and the symbols used in targets read as their ASCII forms, char for char. */
export function normaliseWidth(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ％＝＜＞．／－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/−/g, '-');
}

const SPACE = /\s/;

/** Whether one character is whitespace. */
export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

/** The text without the run of whitespace and of the characters in `chars` at its end; linear in the text. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]) || isSpace(text[end - 1]))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** Trailing item separators are not part of a target (DOMAIN.md §8: `targetText` is trimmed of them). */
export const TRAILING_SEPARATORS = '。；;，,、.';

/**
 * The form the grammar is matched against: normalised width, no whitespace (spaces in Chinese targets are
 * extraction noise, never meaningful) and no trailing separators.
 */
export function compactText(text: string): string {
  return trimEndOf(normaliseWidth(text).replace(/\s+/g, ''), TRAILING_SEPARATORS);
}

/** The longest of `words` that `text` ends with, or undefined; `words` must be sorted longest first. */
export function wordAtEnd(text: string, words: readonly string[]): string | undefined {
  return words.find((word) => text.endsWith(word));
}

/** Longest first, so that `不低于` wins over `低于` and `家次` over `家`. */
export function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** Longest-first alternation, so that `不低于` wins over `低于` and `家次` over `家`. */
export function alternation(words: readonly string[]): string {
  return longestFirst(words)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}
