/** The body of `PUT /api/v1/indicators/{id}/entries/{period}`, made ready for saveEntry (which validates it). */
import { ValidationError } from '../errors';

export const ENTRY_FIELDS = ['value', 'status', 'unit', 'forecast', 'reasons', 'explanation', 'possibility', 'note', 'confirm'] as const;

/** Fields of an entry as the API returns it; a client may send one back unchanged, they are ignored. */
const READ_ONLY_FIELDS = new Set(['id', 'period', 'by', 'at', 'confirmedWarnings']);

/** Fields that may be null in JSON though saveEntry wants them absent. */
const NULL_MEANS_ABSENT = new Set(['reasons', 'explanation', 'note']);

/** Refuses unknown fields (a typo would otherwise be dropped silently); null for a list or text means none. */
export function parseEntryBody(body: Record<string, unknown>): Record<string, unknown> {
  const unknown = Object.keys(body).filter((k) => !(ENTRY_FIELDS as readonly string[]).includes(k) && !READ_ONLY_FIELDS.has(k));
  if (unknown.length > 0) {
    const names = unknown.map((k) => k.slice(0, 40)).join('、');
    throw new ValidationError(`未知字段：${names}（可用字段：${ENTRY_FIELDS.join('、')}）`, Object.fromEntries(unknown.map((k) => [k, ['未知字段']])));
  }
  const input: Record<string, unknown> = {};
  for (const field of ENTRY_FIELDS) {
    if (!(field in body)) continue;
    const value = body[field];
    if (value === null && NULL_MEANS_ABSENT.has(field)) continue;
    input[field] = value;
  }
  return input;
}
