// Which indicator a labelled row of a pasted block is, and which month a heading names: a workbook's
// rows carry the indicator's code (SPM.01) or its name, often numbered ("1)", "A.2", "b."), in any
// letter case and spacing.

export interface MatchableIndicator {
  code: string;
  name: string;
}

/** Lower case without accents, spacing or punctuation: "Cakupan  Posyandu-Mandiri" → "cakupanposyandumandiri". */
function squeeze(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Strips the numbering a worksheet puts before a name: "1.", "1)", "12 ", "A.", "a)", "A.1.2", "II.",
 * "(3)" — repeated ("B. 2) …"). A roman numeral or a letter counts only with its "." or ")".
 */
export function withoutNumbering(label: string): string {
  let s = label.trim();
  const token =
    /^\(?(?:\d+(?:\.\d+)*[.)]?\s+|\d+(?:\.\d+)*[.)]|[a-z](?:\.\d+)+[.)]?\s*|[a-z][.)]\s*|[ivxlcdm]+[.)]\s*)/i;
  for (let m = token.exec(s); m && m[0].length < s.length; m = token.exec(s)) s = s.slice(m[0].length).trim();
  return s;
}

function nameKey(label: string): string {
  return squeeze(withoutNumbering(label));
}

function codeKey(label: string): string {
  return label.trim().replace(/\s+/g, '').toUpperCase();
}

/**
 * The indicator each row's label cells name (null for none): a code first, else a name. Two indicators
 * with the same name are taken in catalog order, the first row naming it getting the first.
 */
export function matchIndicators<I extends MatchableIndicator>(
  labels: readonly (readonly string[])[],
  indicators: readonly I[],
): (I | null)[] {
  const byCode = new Map<string, I>();
  const byName = new Map<string, I[]>();
  for (const indicator of indicators) {
    byCode.set(codeKey(indicator.code), indicator);
    const key = nameKey(indicator.name);
    byName.set(key, [...(byName.get(key) ?? []), indicator]);
  }
  const seen = new Map<string, number>();
  return labels.map((cells) => {
    const texts = cells.map((c) => c.trim()).filter((c) => c !== '');
    for (const text of texts) {
      const found = byCode.get(codeKey(text));
      if (found) return found;
    }
    for (const text of texts) {
      const key = nameKey(text);
      const named = key === '' ? undefined : byName.get(key);
      if (!named) continue;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return named[Math.min(n, named.length - 1)] ?? null;
    }
    return null;
  });
}

/** Month names and their short forms, Indonesian and English, January first. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'pebruari', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'aug', 'ags'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov', 'nop', 'nopember'],
  ['desember', 'december', 'des', 'dec'],
];

/** The month of `months` ('YYYY-MM', the grid's) that a heading cell names ("Jan", "Januari 2023"), if any. */
export function monthOfHeading(text: string, months: readonly string[]): string | undefined {
  const word = /^\p{L}+/u.exec(text.trim().toLowerCase())?.[0];
  if (!word) return undefined;
  const index = MONTH_WORDS.findIndex((words) => words.includes(word));
  if (index < 0) return undefined;
  const mm = String(index + 1).padStart(2, '0');
  return months.find((m) => m.endsWith(`-${mm}`));
}
