/**
 * Numbers as people type them into a form: `1,234.5`, ` 30 `, full-width `１２` or `１，２３４．５` (Chinese input
 * methods), `1e3`. Bounded: a field longer than MAX_TYPED_NUMBER_LENGTH is refused before anything else looks at it,
 * and the pattern has no ambiguous repetition, so reading it takes time linear in its (capped) length.
 */
export const MAX_TYPED_NUMBER_LENGTH = 64;

/** Full-width digits, signs, point, comma and space → ASCII, char for char. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** One number, with no ambiguous repetition (`\d+\.?\d*` backtracks quadratically on a long digit run). */
export const TYPED_NUMBER_PATTERN = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d{1,3})?$/i;

export type TypedNumber = { ok: true; value: number | null } | { ok: false; message: string };

/** An empty field is `null`; anything that is not one finite number is refused with a Chinese message. */
export function readTypedNumber(text: string): TypedNumber {
  if (text.length > MAX_TYPED_NUMBER_LENGTH) return { ok: false, message: `数值过长（不超过 ${MAX_TYPED_NUMBER_LENGTH} 个字符）` };
  const compact = halfWidth(text).replace(/[,，、\s]/g, '');
  if (compact === '') return { ok: true, value: null };
  if (!TYPED_NUMBER_PATTERN.test(compact)) return { ok: false, message: '请输入数字' };
  const value = Number(compact);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: '数值超出允许范围' };
}
