// Reading the address: a unit code and a year that must be a real year.

/** The year of an address segment, or null when it is not one (the screen then says so). */
export function parseYearParam(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

/**
 * The year of a Puskesmas-year or district-year address (/puskesmas/{code}/{year}/…,
 * /districts/{code}/{year}/…), or null for any other. Read from its place, not as the first four
 * digits: a district's code (3318) is four digits too.
 */
export function yearOfPath(pathname: string): number | null {
  const match = /^\/(?:puskesmas|districts)\/[^/]+\/([^/]+)(?:\/|$)/.exec(pathname);
  return parseYearParam(match?.[1]);
}
