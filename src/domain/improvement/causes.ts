// The causes of a problem, grouped as the fishbone (Ishikawa) diagram a Puskesmas team draws for Bab V:
// manusia, metode, material, mesin, dana, lingkungan. The order is the one the reports print.

export const CAUSE_HEADINGS = ['manusia', 'metode', 'material', 'mesin', 'dana', 'lingkungan'] as const;
export type CauseHeading = (typeof CAUSE_HEADINGS)[number];

/** The causes found under each heading, each a short sentence; a heading may have none. */
export type ProblemCauses = Record<CauseHeading, string[]>;

/** Causes with nothing written under any heading. */
export function noCauses(): ProblemCauses {
  return { manusia: [], metode: [], material: [], mesin: [], dana: [], lingkungan: [] };
}

/** How many causes are written, under all headings. */
export function causeCount(causes: ProblemCauses): number {
  return CAUSE_HEADINGS.reduce((n, h) => n + causes[h].length, 0);
}
