// The browser tab's title of a screen: what the screen is first (a row of tabs cuts the end), then
// whose and which year, then the application — so two tabs of two Puskesmas or two years differ.

/** A part of the title; empty parts (a name not loaded yet) are left out. */
export type TitlePart = string | number | null | undefined;

/** pageTitle(['Entri bulanan', 'Puskesmas Pati I', 2023], 'PKP') → "Entri bulanan · Puskesmas Pati I · 2023 — PKP". */
export function pageTitle(parts: readonly TitlePart[], app: string): string {
  const shown = parts.filter((p) => p !== null && p !== undefined && String(p).trim() !== '');
  return shown.length === 0 ? app : `${shown.join(' · ')} — ${app}`;
}
