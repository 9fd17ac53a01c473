// The headline figures as people read them: service and quality in %, management on 0–10.
import { formatAxisScore } from '../../shared/axis-scale.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { formatFixed } from './numbers.ts';

export type Axis = 'service' | 'management' | 'quality';
export const AXES: readonly Axis[] = ['service', 'management', 'quality'];

/** 91,25% · 8,50 · 95,00% (two decimals: categories are compared on the 2-decimal rounded figure). */
export function formatAxis(axis: Axis, score: number | null | undefined, locale: Locale): string {
  return formatAxisScore(axis, score, locale);
}

/** A threshold as the rule states it: "91" or "8,5". */
export function formatThreshold(x: number, locale: Locale): string {
  return formatFixed(x, Number.isInteger(x) ? 0 : 1, locale);
}
