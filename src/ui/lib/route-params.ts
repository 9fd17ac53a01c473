// Reading the address: a unit code and a year that must be a real year.

/** The year of an address segment, or null when it is not one (the screen then says so). */
export function parseYearParam(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}
