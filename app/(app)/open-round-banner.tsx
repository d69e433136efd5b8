import { getDb } from '@/db';
import { RoundBanner } from '@/components/rounds/round-banner';
import { beijingDay } from '@/lib/calendar/shanghai';
import { openRoundSummary } from '@/server/rounds/manage-rounds';

/** 总览 and 项目: the department–year's open monitoring round, if there is one. */
export function OpenRoundBanner({ budgetYearId }: { budgetYearId: number }) {
  const round = openRoundSummary(getDb(), budgetYearId);
  if (!round) return null;
  return <RoundBanner period={round.period} deadline={round.deadline} official={round.official} counts={round.counts} today={beijingDay(new Date())} />;
}
