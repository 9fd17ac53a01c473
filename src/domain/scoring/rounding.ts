// Rounding for display and for threshold comparison only; scores are kept at full precision.

/** Removes binary noise (0.1 + 0.2 → 0.3) by going through 12 significant digits. */
export function stripNoise(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Rounds half away from zero on the decimal value: roundHalfAway(8.495, 2) = 8.5, although 8.495 is
 * stored as 8.49499999… in binary (docs/scoring.md#rounding).
 */
export function roundHalfAway(x: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = stripNoise(Math.abs(stripNoise(x)) * factor);
  const rounded = Math.floor(scaled + 0.5);
  return (Math.sign(x) * rounded) / factor || 0;
}
