// One plain sentence per node of a result's "why", in Indonesian and English: what was counted, the
// target and whether it is met, and the score — in the words of the glossary (docs/scoring.md#glossary)
// and on the axis' own scale. The dashboard, the grid's tooltip and `pkp score` all say it this way.
import type { Axis, Comparator } from '../domain/catalog/types.ts';
import type { ExclusionReason, Explanation, ExplanationValue } from '../domain/scoring/explanation.ts';
import { formatNodeScore } from './axis-scale.ts';
import { formatNumber } from './format.ts';
import { term } from './glossary.ts';
import type { Locale } from './messages/index.ts';

/** What the catalog says about an indicator that its explanation does not carry. */
export interface IndicatorWords {
  /** The unit column as printed: "%", "Per 100.000 kelahiran hidup", "jam", "Kasus". */
  unit: string;
  /** What the sasaran counts, in lower case ("ibu hamil", "kelahiran hidup"); null when the row does not say plainly. */
  sasaran: string | null;
}

/** Where a node sits: its axis (the scale of its score) and its depth (what a mean is taken over). */
export interface SentencePlace {
  axis: Axis;
  /** 0 for the axis root ("Pelayanan"), 1 for its clusters, 2 for programmes or groups… */
  depth: number;
  /** For an indicator: its unit and what its sasaran counts. */
  words?: IndicatorWords | undefined;
}

/** A scored node (a `NodeResult`); of a group's children only their shape is read (leaves or groups). */
export interface SentenceNode {
  score: number | null;
  explanation: Explanation;
  children?: readonly { children?: readonly unknown[] | undefined }[] | undefined;
}

const SYMBOL: Record<Comparator, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' };

/** What a group's children are, by axis and depth (a leaf's parent: its indicators or items). */
type Noun = 'cluster' | 'programme' | 'variable' | 'subVariable' | 'group' | 'indicator' | 'item';

const NOUNS: Record<Locale, Record<Noun, readonly [one: string, many: string]>> = {
  id: {
    cluster: ['klaster', 'klaster'],
    programme: ['program', 'program'],
    variable: ['variabel', 'variabel'],
    subVariable: ['subvariabel', 'subvariabel'],
    group: ['kelompok', 'kelompok'],
    indicator: ['indikator', 'indikator'],
    item: ['butir', 'butir'],
  },
  en: {
    cluster: ['cluster', 'clusters'],
    programme: ['programme', 'programmes'],
    variable: ['variable', 'variables'],
    subVariable: ['sub-variable', 'sub-variables'],
    group: ['group', 'groups'],
    indicator: ['indicator', 'indicators'],
    item: ['item', 'items'],
  },
};

/** The reasons the engine gives for a row that does not apply, in English; a reason typed by a user stays as typed. */
const NOT_APPLICABLE_EN: Record<string, string> = {
  'Puskesmas non rawat inap': 'the Puskesmas has no beds (non rawat inap)',
  'Layanan UKM Pengembangan tidak dipilih': 'UKM Pengembangan service not chosen',
  'Ditandai tidak berlaku': 'marked not applicable',
};

/** Words that do not depend on the node, per language. */
const W = {
  id: {
    of: 'dari',
    notAssessed: 'Tidak dinilai',
    met: 'tercapai',
    missed: 'tidak tercapai',
    score: 'nilai',
    capped: (ratio: string) => `${ratio} dibatasi 100`,
    lower: 'makin rendah makin baik',
    nothingThisYear: 'tidak ada yang dihitung tahun ini',
  },
  en: {
    of: 'of',
    notAssessed: 'Not assessed',
    met: 'met',
    missed: 'not met',
    score: 'score',
    capped: (ratio: string) => `${ratio} capped at 100`,
    lower: 'lower is better',
    nothingThisYear: 'nothing to count this year',
  },
} as const;

/** Up to 2 decimals and no trailing zeros, as inputs and targets are printed: 427, 3,8, 66,67. */
function plain(x: number, locale: Locale): string {
  const decimals = [0, 1].find((d) => Number(x.toFixed(d)) === Number(x.toFixed(2))) ?? 2;
  return formatNumber(x, decimals, locale);
}

const percent = (x: number, locale: Locale) => `${plain(x, locale)}%`;

const num = (v: ExplanationValue | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** A unit printed as one capitalised word reads in lower case inside a sentence ("Hari" → "hari"). */
function unitWord(unit: string): string {
  return /^[A-Z][a-z]+$/.test(unit) ? unit.toLowerCase() : unit;
}

/** A value in its unit: "2,6%", "3,2 hari", "12 kali"; bare where the unit is unknown or says nothing. */
function inUnit(x: number, words: IndicatorWords | undefined, locale: Locale): string {
  const unit = words?.unit.trim() ?? '';
  if (unit === '%') return percent(x, locale);
  if (unit === '' || /^(per\b|\/|‰)|ya\s*\/|ada\s*\//i.test(unit)) return plain(x, locale);
  return `${plain(x, locale)} ${unitWord(unit)}`;
}

/**
 * What a rate is per, from its unit: "Per 100.000 kelahiran hidup" → "kelahiran hidup";
 * "per 100.000 penddk", "Per 1000 pddk", "/100.000 pend" → "penduduk"; "‰" → nothing.
 */
export function rateNoun(unit: string): string | null {
  const rest = unit
    .replace(/^\s*(per\b|\/)\s*/i, '')
    .replace(/^[\d.,]+\s*(rb\b|ribu\b)?\s*/i, '')
    .trim();
  if (rest === '' || rest === '‰') return null;
  if (/^(pe?n?d+u?d?u?k?|pend\w*)\.?$/i.test(rest)) return 'penduduk';
  return rest.toLowerCase();
}

/** What the sasaran counts: the catalog's reading, else for a rate what its unit is per. */
function sasaranNoun(e: Explanation, words: IndicatorWords | undefined): string | null {
  if (words?.sasaran) return words.sasaran;
  return words && typeof e.inputs.per === 'number' ? rateNoun(words.unit) : null;
}

/** What a group's children are called, by where the group sits. */
function childNoun(node: SentenceNode, place: SentencePlace): Noun {
  const children = node.children ?? [];
  const leaves = children.length > 0 && children.every((c) => (c.children ?? []).length === 0);
  if (place.axis === 'service') {
    if (leaves) return 'indicator';
    return (['cluster', 'programme', 'variable'] as const)[place.depth] ?? 'subVariable';
  }
  // Table 5: root → its one cluster → groups A1–A6 / B1–B3 → items (a nested heading holds items too).
  if (place.depth === 0) return 'cluster';
  return place.depth === 1 ? 'group' : 'item';
}

function nounCount(n: number, noun: Noun, locale: Locale): string {
  const [one, many] = NOUNS[locale][noun];
  return `${plain(n, locale)} ${n === 1 ? one : many}`;
}

/**
 * One sentence for a node of a scored tree:
 * - "Jumlah 286 dari sasaran 427 ibu hamil (cakupan 66,98%); target ≥ 100% tidak tercapai → nilai 66,98%"
 * - "Rata-rata 4 klaster → nilai 87,05%"
 * - "Tidak dinilai: Puskesmas non rawat inap"
 * - "Tidak dinilai: 0 dari 0 kelahiran hidup, tidak ada yang dihitung tahun ini"
 * The score reads on the axis' scale (a Mutu node × 10, as %).
 */
export function explanationSentence(node: SentenceNode, place: SentencePlace, locale: Locale): string {
  const e = node.explanation;
  if (e.excluded) return `${W[locale].notAssessed}: ${exclusionWhy(e.excluded, node, place, locale)}`;
  const scored = `${W[locale].score} ${formatNodeScore(place.axis, node.score, locale)}`;
  const body = scoredBody(node, place, locale);
  return `${body.what} → ${scored}${body.note ? ` (${body.note})` : ''}`;
}

/** Why a node is not assessed, after "Tidak dinilai: ". */
function exclusionWhy(
  reason: ExclusionReason,
  node: SentenceNode,
  place: SentencePlace,
  locale: Locale,
): string {
  const e = node.explanation;
  const id = locale === 'id';
  const noun = sasaranNoun(e, place.words);
  // "0 dari 0 kelahiran hidup", or "sasaran 0 ibu hamil" where nothing was entered.
  const ofZero = (achieved: number | null) => {
    const what =
      achieved === null
        ? id
          ? 'sasaran 0'
          : 'a sasaran of 0'
        : `${plain(achieved, locale)} ${W[locale].of} 0`;
    return `${what}${noun ? ` ${noun}` : ''}, ${W[locale].nothingThisYear}`;
  };
  switch (reason) {
    case 'not-applicable': {
      const given = typeof e.inputs.reason === 'string' ? e.inputs.reason : null;
      if (id) return given ?? 'tidak berlaku di sini';
      return given === null ? 'does not apply here' : (NOT_APPLICABLE_EN[given] ?? given);
    }
    case 'missing':
      if (e.inputs.nothingToCount === 'missing' && countedNothing(e))
        return id
          ? 'penyebut 0 dianggap belum diisi (belum ada yang diperiksa atau dilayani)'
          : 'a denominator of 0 reads as not entered (nobody examined or served yet)';
      return id
        ? 'belum diisi (bila penilaian dikirim tanpa angka ini, nilainya 0)'
        : 'not entered yet (it scores 0 if the assessment is submitted without it)';
    case 'zero-sasaran':
      return ofZero(num(e.inputs.achieved));
    case 'nothing-to-count':
      if (e.inputs.due === 0) return id ? 'tidak ada kejadian tahun ini' : 'no event this year';
      if (e.inputs.denominator === 0)
        return id ? `penyebut 0, ${W.id.nothingThisYear}` : `a denominator of 0, ${W.en.nothingThisYear}`;
      return ofZero(num(e.inputs.achieved));
    case 'no-sasaran':
      return id
        ? 'sasaran belum diisi (Kepala Puskesmas mengisinya di Target & sasaran)'
        : 'no sasaran yet (the Kepala Puskesmas sets it under Targets & sasaran)';
    case 'nothing-due':
      return id ? 'belum ada laporan yang jatuh tempo' : 'no report due yet';
    case 'no-target':
      return id ? 'target belum ditetapkan (Dinkes menetapkannya)' : 'no target yet (Dinkes sets it)';
    case 'all-children-excluded': {
      const n = num(e.inputs.excluded) ?? (node.children ?? []).length;
      const noun = childNoun(node, place);
      if (n === 1) {
        const [one] = NOUNS[locale][noun];
        return id ? `satu-satunya ${one} di sini tidak dapat dinilai` : `its only ${one} cannot be assessed`;
      }
      const nouns = nounCount(n, noun, locale);
      return id ? `tidak satu pun dari ${nouns} dapat dinilai` : `none of its ${nouns} can be assessed`;
    }
  }
}

/** Whether the period's counted denominator (or events, or sasaran) is 0. */
function countedNothing(e: Explanation): boolean {
  return e.inputs.denominator === 0 || e.inputs.sasaran === 0 || e.inputs.due === 0;
}

/** The sentence before "→ nilai …", and a note after the score (a clamp, the rule of a missed "lower"). */
function scoredBody(
  node: SentenceNode,
  place: SentencePlace,
  locale: Locale,
): { what: string; note?: string } {
  const e = node.explanation;
  const w = W[locale];
  const id = locale === 'id';
  const i = e.inputs;
  switch (e.rule) {
    case 'mean':
    case 'weighted-mean': {
      const counted = num(i.counted) ?? 0;
      const left = num(i.excluded) ?? 0;
      const noun = childNoun(node, place);
      const weighted = e.rule === 'weighted-mean';
      const what =
        counted === 1
          ? `${id ? 'Dari' : 'From'} ${nounCount(1, noun, locale)}`
          : id
            ? `Rata-rata${weighted ? ' berbobot' : ''} ${nounCount(counted, noun, locale)}`
            : `${weighted ? 'Weighted mean' : 'Mean'} of ${nounCount(counted, noun, locale)}`;
      return left > 0
        ? { what: `${what} (${plain(left, locale)} ${id ? 'tidak dinilai' : 'not assessed'})` }
        : { what };
    }
    case 'coverage-target':
    case 'coverage-sasaran':
      return coverageBody(e, place.words, locale);
    case 'ontime': {
      const share = num(e.derived.share) ?? 0;
      const what = id
        ? `${plain(num(i.onTime) ?? 0, locale)} dari ${plain(num(i.due) ?? 0, locale)} tepat waktu (${percent(share, locale)})`
        : `${plain(num(i.onTime) ?? 0, locale)} of ${plain(num(i.due) ?? 0, locale)} on time (${percent(share, locale)})`;
      return withCap(`${what}${targetPhrase(e, '%', locale)}`, e, locale);
    }
    case 'yesno':
      return {
        what: id
          ? `Jawaban: ${i.achieved === true ? 'ya' : 'tidak'}`
          : `Answer: ${i.achieved === true ? 'yes' : 'no'}`,
      };
    case 'rubric-level':
      return {
        what: id
          ? `Tingkat ${plain(num(i.level) ?? 0, locale)} dipilih dari 0, 4, 7, 10`
          : `Level ${plain(num(i.level) ?? 0, locale)} chosen of 0, 4, 7, 10`,
      };
    case 'rubric-band': {
      const level = plain(num(e.derived.level) ?? 0, locale);
      return {
        what: id
          ? `Persentase ${percent(num(i.percent) ?? 0, locale)} → tingkat ${level}`
          : `Percentage ${percent(num(i.percent) ?? 0, locale)} → level ${level}`,
      };
    }
    case 'rubric-rise': {
      const figure = plain(num(i.percent) ?? 0, locale);
      const previous = plain(num(i.previous) ?? 0, locale);
      const level = plain(num(e.derived.level) ?? 0, locale);
      const risen = (num(i.percent) ?? 0) > (num(i.previous) ?? 0);
      return {
        what: id
          ? `${figure}, tahun lalu ${previous}: ${risen ? 'naik' : 'tetap/turun'} → tingkat ${level}`
          : `${figure}, last year ${previous}: ${risen ? 'risen' : 'same or lower'} → level ${level}`,
      };
    }
    case 'range-inside':
    case 'range-below':
    case 'range-above-better':
    case 'range-above':
      return rangeBody(e, place.words, locale);
    case 'zero-sasaran-full': {
      const noun = sasaranNoun(e, place.words);
      return {
        what: id
          ? `Sasaran 0${noun ? ` ${noun}` : ''}: tidak ada yang diukur tahun ini`
          : `A sasaran of 0${noun ? ` ${noun}` : ''}: nothing to measure this year`,
        note: id
          ? 'pengaturan kabupaten: sasaran 0 dinilai penuh'
          : 'district setting: a zero sasaran scores full',
      };
    }
    case 'nothing-to-count-full':
      return {
        what: id ? `0 dari 0: ${W.id.nothingThisYear}` : `0 of 0: ${W.en.nothingThisYear}`,
        note: id ? 'pengaturan kabupaten: dinilai penuh' : 'district setting: scored full',
      };
    case 'missing-scored-zero':
      return {
        what: id ? 'Belum diisi ketika penilaian dikirim' : 'Not entered when the assessment was submitted',
      };
    case 'excluded':
      // Always carries `excluded`, handled before; kept for a stored tree that lost its reason.
      return { what: w.notAssessed };
    case 'carried-over':
      // Only inside a save's rescoring; a "why" that is read is scored afresh and never says it.
      return {
        what: id ? 'Nilai tersimpan, tidak berubah sejak dihitung' : 'Stored score, unchanged since computed',
      };
    case 'rate':
    case 'value-higher':
    case 'value-lower-permenpan':
    case 'value-lower-ratio':
    case 'zero-target-lower':
    case 'zero-target-higher':
      return valueBody(e, place.words, locale);
  }
}

/** "; target ≥ 100% tidak tercapai" from the comparison that decided `met`; "" when nothing was compared. */
function targetPhrase(e: Explanation, unit: '%' | IndicatorWords | undefined, locale: Locale): string {
  const c = e.comparison;
  if (e.met === undefined) return '';
  const word = e.met ? W[locale].met : W[locale].missed;
  if (!c) return `; target ${word}`;
  const target = unit === '%' ? percent(c.target, locale) : inUnit(c.target, unit, locale);
  return `; target ${SYMBOL[c.comparator]} ${target} ${word}`;
}

function withCap(what: string, e: Explanation, locale: Locale): { what: string; note?: string } {
  const ratio = num(e.derived.ratio) ?? num(e.derived.coverage) ?? num(e.derived.share);
  if (!e.capped || ratio === null) return { what };
  return { what, note: W[locale].capped(percent(ratio, locale)) };
}

function coverageBody(
  e: Explanation,
  words: IndicatorWords | undefined,
  locale: Locale,
): { what: string; note?: string } {
  const i = e.inputs;
  const id = locale === 'id';
  const achieved = num(i.achieved) ?? 0;
  const sasaran = num(i.sasaran) ?? 0;
  const coverage = num(e.derived.coverage) ?? 0;
  const noun = words?.sasaran ? ` ${words.sasaran}` : '';
  const count = term('jumlah', locale);
  const what = id
    ? `${capitalise(count)} ${plain(achieved, locale)} dari ${term('sasaran', locale)} ${plain(sasaran, locale)}${noun} (${term('cakupan', locale)} ${percent(coverage, locale)})`
    : `${capitalise(count)} ${plain(achieved, locale)} of ${term('sasaran', locale)} ${plain(sasaran, locale)}${noun} (${term('cakupan', locale)} ${percent(coverage, locale)})`;
  let target = '';
  const c = e.comparison;
  if (c && e.met !== undefined) {
    const word = e.met ? W[locale].met : W[locale].missed;
    const dinkesSet = num(i.targetSasaran);
    if (dinkesSet !== null) {
      // Dinkes set the absolute target: met compares the count with it.
      target = `; ${term('targetAbsolut', locale)} ${SYMBOL[c.comparator]} ${plain(c.target, locale)} ${word}`;
    } else {
      const ts = num(e.derived.targetSasaran);
      // T % × S people, shown where it is not the whole sasaran: the score is the count against it.
      const people = ts !== null && ts !== sasaran ? ` (= ${plain(ts, locale)})` : '';
      target = `; target ${SYMBOL[c.comparator]} ${percent(c.target, locale)}${people} ${word}`;
    }
  }
  return withCap(`${what}${target}`, e, locale);
}

function valueBody(
  e: Explanation,
  words: IndicatorWords | undefined,
  locale: Locale,
): { what: string; note?: string } {
  const i = e.inputs;
  const id = locale === 'id';
  const achievedWord = capitalise(term('capaian', locale));
  const rate = num(e.derived.rate);
  const per = num(i.per);
  let what: string;
  let realised: number;
  if (rate !== null && per !== null) {
    // A rate: R per N of what its unit is per, with the count and the sasaran it comes from.
    realised = rate;
    const noun = sasaranNoun(e, words);
    const from = `${plain(num(i.achieved) ?? 0, locale)} ${W[locale].of} ${plain(num(i.sasaran) ?? 0, locale)}`;
    what = `${achievedWord} ${plain(rate, locale)} per ${plain(per, locale)}${noun ? ` ${noun}` : ''} (${from})`;
  } else {
    realised = num(i.achieved) ?? 0;
    what = `${achievedWord} ${inUnit(realised, words, locale)}`;
  }
  // A rate's target is per N, as its realised value: no unit after it.
  const target = targetPhrase(e, rate !== null ? undefined : words, locale);
  const t = e.comparison?.target ?? num(i.target);
  let note: string | undefined;
  const lower = W[locale].lower;
  if (e.rule === 'value-lower-permenpan' && t !== null && realised > t)
    note = `${lower}: (2 − ${plain(realised, locale)} ÷ ${plain(t, locale)}) × 100`;
  else if (e.rule === 'value-lower-ratio' && t !== null && realised > t)
    note = `${lower}: ${plain(t, locale)} ÷ ${plain(realised, locale)} × 100`;
  else if (e.rule === 'zero-target-lower' && realised !== 0)
    note = id ? 'target 0: satu kejadian saja bernilai 0' : 'target 0: a single case scores 0';
  else if (e.rule === 'zero-target-higher')
    note = id ? 'target 0 selalu tercapai' : 'a target of 0 is always met';
  const capped = withCap(`${what}${target}`, e, locale);
  return note ? { what: capped.what, note } : capped;
}

function rangeBody(
  e: Explanation,
  words: IndicatorWords | undefined,
  locale: Locale,
): { what: string; note?: string } {
  const i = e.inputs;
  const id = locale === 'id';
  const r = num(i.achieved) ?? 0;
  const min = num(i.min) ?? 0;
  // A band printed with one end only is open above (stored as null: JSON has no Infinity).
  const max = num(i.max);
  const band =
    max === null ? `≥ ${inUnit(min, words, locale)}` : `${plain(min, locale)}–${inUnit(max, words, locale)}`;
  const where = {
    'range-inside': id ? 'dalam rentang' : 'inside the band',
    'range-below': id ? 'di bawah rentang' : 'below the band',
    'range-above-better': id ? 'di atas rentang' : 'above the band',
    'range-above': id ? 'di atas rentang' : 'above the band',
  }[e.rule as 'range-inside' | 'range-below' | 'range-above-better' | 'range-above'];
  const what = `${capitalise(term('capaian', locale))} ${inUnit(r, words, locale)}; ${where} ${band}`;
  if (e.rule === 'range-below') return { what, note: `${plain(r, locale)} ÷ ${plain(min, locale)} × 100` };
  if (e.rule === 'range-above-better')
    return { what, note: id ? 'di atas rentang tetap baik' : 'above the band is still good' };
  if (e.rule === 'range-above') return { what, note: W[locale].lower };
  return { what };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
