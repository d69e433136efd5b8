/** Whole calendar days from one day to another (`YYYY-MM-DD`, both as the users' calendar names them): negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  const utcDay = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!) / 86_400_000;
  };
  return utcDay(to) - utcDay(from);
}
