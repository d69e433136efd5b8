import { z } from 'zod';
import { readTypedNumber } from './typed-number';

/**
 * Where a number field comes from: a JSON body carries numbers (`json`: a string is refused), a form carries the text
 * people typed (`typed`: read by readTypedNumber — bounded, full-width aware — and an empty text is null).
 */
export type NumberSource = 'json' | 'typed';

/** A number field; `message` names it in errors ("完成值应为数字"). */
export function numberField(message: string, source: NumberSource) {
  if (source === 'json') return z.number({ error: message }).nullable();
  return z.string({ error: message }).transform((input, ctx) => {
    const read = readTypedNumber(input);
    if (read.ok) return read.value;
    ctx.addIssue({ code: 'custom', message: `${message}：${read.message}` });
    return z.NEVER;
  });
}
