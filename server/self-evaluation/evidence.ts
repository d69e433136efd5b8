import type { DbOrTx } from '@/db';

/**
 * The number of 佐证材料 attached to each 自评 line, by indicator. Attachments do not exist yet (they come with the
 * monitoring rounds): every line has none, so a scored 满意度 line is warned about. Count them here once they do.
 */
export function countLineEvidence(_db: DbOrTx, _evaluationId: number | null): Map<number, number> {
  return new Map();
}
