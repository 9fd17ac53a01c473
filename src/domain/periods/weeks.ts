// Weeks for the rows reported weekly (W2, the weekly outbreak-alert report). A week runs Monday to
// Sunday and belongs to the month in which it ends: its report is made once the week is over, so it
// is counted with the month its Sunday falls in. A month thus has 4 or 5 weeks, a year 52 or 53.

/** The number of weeks ending in month `n` (1–12) of `year`: the Sundays in that month. */
export function weeksInMonth(year: number, n: number): number {
  const days = new Date(Date.UTC(year, n, 0)).getUTCDate();
  // Day of the week of the 1st: 0 Sunday … 6 Saturday; the first Sunday is on day 1 + (7 − dow) % 7.
  const firstSunday = 1 + ((7 - new Date(Date.UTC(year, n - 1, 1)).getUTCDay()) % 7);
  return Math.floor((days - firstSunday) / 7) + 1;
}

/** The weeks ending in the first `months` months of `year` (the weeks due when those months are). */
export function weeksInMonths(year: number, months: number): number {
  let weeks = 0;
  for (let n = 1; n <= months; n++) weeks += weeksInMonth(year, n);
  return weeks;
}
