import type { DbOrTx } from '@/db';
import { countEvidenceByIndicator } from '@/db/queries/attachments';

/**
 * The number of 佐证材料 behind each 自评 line, by indicator: the line's own attachments and those of the indicator's
 * entries in the budget year. A scored 满意度 line without any is warned about (satisfaction-evidence).
 */
export function countLineEvidence(db: DbOrTx, projectIds: number[], year: number): Map<number, number> {
  return countEvidenceByIndicator(db, projectIds, year);
}
