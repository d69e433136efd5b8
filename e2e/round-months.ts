/**
 * Months of the demo department's 2022 that specs keep for monitoring rounds of their own (a month has at most one
 * round). Specs that open a round on "any free month" skip these, so that no spec finds another's round in a state it
 * did not expect, whatever order the specs run in.
 */
export const ROUND_MONTHS = {
  /** The authorization matrix's round (e2e/authz/round-state.ts). */
  matrix: '2022-01',
  /** The 催报 rules' closed and open rounds (e2e/authz/matrix-round.ts). */
  reminderClosed: '2022-02',
  reminderOpen: '2022-03',
  /** The 佐证材料 checks' approved round, locking 2022年岭南金融博物馆运营管理 through April (e2e/attachment-db.ts). */
  attachmentLock: '2022-04',
} as const;

export const isKeptRoundMonth = (period: string): boolean => (Object.values(ROUND_MONTHS) as string[]).includes(period);
