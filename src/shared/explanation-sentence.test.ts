import { describe, expect, it } from 'vitest';
import type { Axis } from '../domain/catalog/types.ts';
import type { ExclusionReason, Rule } from '../domain/scoring/explanation.ts';
import type { LeafMeasure } from '../domain/scoring/measure.ts';
import { scoreLeaf } from '../domain/scoring/score-leaf.ts';
import { resolveSettings, type SettingsOverrides } from '../domain/scoring/settings.ts';
import { scoreTree, type NodeResult, type ScoreGroup, type ScoreNode } from '../domain/scoring/tree.ts';
import {
  explanationSentence,
  rateNoun,
  type IndicatorWords,
  type SentencePlace,
} from './explanation-sentence.ts';

/** A leaf scored by the engine itself, so that a row breaks when the engine explains differently. */
function leaf(measure: LeafMeasure, settings: SettingsOverrides = {}): NodeResult {
  return { id: 'x', ...scoreLeaf(measure, resolveSettings(settings)) };
}

function group(node: ScoreGroup, settings: SettingsOverrides = {}): NodeResult {
  return scoreTree(node, resolveSettings(settings));
}

const value = (target: number, achieved: number, direction: 'higher' | 'lower' = 'higher') =>
  ({ kind: 'value', target, achieved, direction }) as const;

/** A leaf scoring `achieved` (0–100) through a value against target 100. */
const scoring = (id: string, achieved: number): ScoreNode => ({ id, measure: value(100, achieved) });

const PERCENT: IndicatorWords = { unit: '%', sasaran: null };
const IBU_HAMIL: IndicatorWords = { unit: '%', sasaran: 'ibu hamil' };
const AKI: IndicatorWords = { unit: 'Per 100.000 kelahiran hidup', sasaran: 'kelahiran hidup' };

interface Row {
  name: string;
  node: NodeResult;
  place: SentencePlace;
  id: string;
  en: string;
}

const service = (words?: IndicatorWords): SentencePlace => ({ axis: 'service', depth: 4, words });

/** Every rule the engine explains with, each with at least one row (the type keeps the list whole). */
const BY_RULE: Record<Rule, Row[]> = {
  'coverage-target': [
    {
      name: 'SPM ibu hamil: 286 of 427, target 100 %',
      node: leaf({ kind: 'coverage', sasaran: 427, target: 100, achieved: 286 }),
      place: service(IBU_HAMIL),
      id: 'Jumlah 286 dari sasaran 427 ibu hamil (cakupan 66,98%); target ≥ 100% tidak tercapai → nilai 66,98%',
      en: 'Count 286 of sasaran 427 ibu hamil (coverage 66.98%); target ≥ 100% not met → score 66.98%',
    },
    {
      name: 'ASI eksklusif: T 50 % is 200 people, 230 reached, capped',
      node: leaf({ kind: 'coverage', sasaran: 400, target: 50, achieved: 230 }),
      place: service(PERCENT),
      id: 'Jumlah 230 dari sasaran 400 (cakupan 57,5%); target ≥ 50% (= 200) tercapai → nilai 100,00% (115% dibatasi 100)',
      en: 'Count 230 of sasaran 400 (coverage 57.5%); target ≥ 50% (= 200) met → score 100.00% (115% capped at 100)',
    },
    {
      name: 'an absolute target set by Dinkes wins, and met compares the count with it',
      node: leaf({ kind: 'coverage', sasaran: 400, target: 50, achieved: 150, targetSasaran: 300 }),
      place: service(PERCENT),
      id: 'Jumlah 150 dari sasaran 400 (cakupan 37,5%); target absolut ≥ 300 tidak tercapai → nilai 50,00%',
      en: 'Count 150 of sasaran 400 (coverage 37.5%); absolute target ≥ 300 not met → score 50.00%',
    },
  ],
  'coverage-sasaran': [
    {
      name: 'the coverage convention: the score is the coverage itself',
      node: leaf({ kind: 'coverage', sasaran: 400, target: 50, achieved: 230 }, { convention: 'coverage' }),
      place: service(PERCENT),
      id: 'Jumlah 230 dari sasaran 400 (cakupan 57,5%); target ≥ 50% tercapai → nilai 57,50%',
      en: 'Count 230 of sasaran 400 (coverage 57.5%); target ≥ 50% met → score 57.50%',
    },
  ],
  // The engine explains a rate by the rule its value is scored with (value-…, zero-target-…).
  rate: [],
  'value-higher': [
    {
      name: 'a higher-is-better rate per 100.000 penduduk (its unit abbreviated)',
      node: leaf({
        kind: 'rate',
        per: 100000,
        sasaran: 50000,
        achieved: 40,
        target: 100,
        direction: 'higher',
      }),
      place: service({ unit: 'per 100.000 penddk', sasaran: null }),
      id: 'Capaian 80 per 100.000 penduduk (40 dari 50.000); target ≥ 100 tidak tercapai → nilai 80,00%',
      en: 'Achieved 80 per 100,000 penduduk (40 of 50,000); target ≥ 100 not met → score 80.00%',
    },
    {
      name: 'BOR 45 % against 60 %',
      node: leaf(value(60, 45)),
      place: service(PERCENT),
      id: 'Capaian 45%; target ≥ 60% tidak tercapai → nilai 75,00%',
      en: 'Achieved 45%; target ≥ 60% not met → score 75.00%',
    },
    {
      name: 'twelve times against ten, capped',
      node: leaf(value(10, 12)),
      place: service({ unit: 'kali', sasaran: null }),
      id: 'Capaian 12 kali; target ≥ 10 kali tercapai → nilai 100,00% (120% dibatasi 100)',
      en: 'Achieved 12 kali; target ≥ 10 kali met → score 100.00% (120% capped at 100)',
    },
  ],
  'value-lower-permenpan': [
    {
      name: 'AKI 146,2 per 100.000 kelahiran hidup against ≤ 132',
      node: leaf({ kind: 'rate', per: 100000, sasaran: 684, achieved: 1, target: 132, direction: 'lower' }),
      place: service(AKI),
      id: 'Capaian 146,2 per 100.000 kelahiran hidup (1 dari 684); target ≤ 132 tidak tercapai → nilai 89,24% (makin rendah makin baik: (2 − 146,2 ÷ 132) × 100)',
      en: 'Achieved 146.2 per 100,000 kelahiran hidup (1 of 684); target ≤ 132 not met → score 89.24% (lower is better: (2 − 146.2 ÷ 132) × 100)',
    },
    {
      name: 'referral ratio 2,6 % against ≤ 2 %',
      node: leaf(value(2, 2.6, 'lower')),
      place: service(PERCENT),
      id: 'Capaian 2,6%; target ≤ 2% tidak tercapai → nilai 70,00% (makin rendah makin baik: (2 − 2,6 ÷ 2) × 100)',
      en: 'Achieved 2.6%; target ≤ 2% not met → score 70.00% (lower is better: (2 − 2.6 ÷ 2) × 100)',
    },
    {
      name: 'length of stay within its target',
      node: leaf(value(3, 2.5, 'lower')),
      place: service({ unit: 'Hari', sasaran: null }),
      id: 'Capaian 2,5 hari; target ≤ 3 hari tercapai → nilai 100,00%',
      en: 'Achieved 2.5 hari; target ≤ 3 hari met → score 100.00%',
    },
    {
      name: 'stunting at exactly 20 against "< 20": 100, and not met',
      node: leaf({ ...value(20, 20, 'lower'), comparator: '<' }),
      place: service(PERCENT),
      id: 'Capaian 20%; target < 20% tidak tercapai → nilai 100,00%',
      en: 'Achieved 20%; target < 20% not met → score 100.00%',
    },
  ],
  'value-lower-ratio': [
    {
      name: 'referral ratio 2,6 % against ≤ 2 % by the ratio formula',
      node: leaf(value(2, 2.6, 'lower'), { lowerFormula: 'ratio' }),
      place: service(PERCENT),
      id: 'Capaian 2,6%; target ≤ 2% tidak tercapai → nilai 76,92% (makin rendah makin baik: 2 ÷ 2,6 × 100)',
      en: 'Achieved 2.6%; target ≤ 2% not met → score 76.92% (lower is better: 2 ÷ 2.6 × 100)',
    },
  ],
  'zero-target-lower': [
    {
      name: 'one malaria death against a target of 0',
      node: leaf({ ...value(0, 1, 'lower'), comparator: '=' }),
      place: service({ unit: 'Kasus', sasaran: null }),
      id: 'Capaian 1 kasus; target = 0 kasus tidak tercapai → nilai 0,00% (target 0: satu kejadian saja bernilai 0)',
      en: 'Achieved 1 kasus; target = 0 kasus not met → score 0.00% (target 0: a single case scores 0)',
    },
  ],
  'zero-target-higher': [
    {
      name: 'a higher-is-better target of 0',
      node: leaf(value(0, 5)),
      place: service(undefined),
      id: 'Capaian 5; target ≥ 0 tercapai → nilai 100,00% (target 0 selalu tercapai)',
      en: 'Achieved 5; target ≥ 0 met → score 100.00% (a target of 0 is always met)',
    },
  ],
  'range-inside': [
    {
      name: 'IKM 80 inside 76,61–88,30',
      node: leaf({ kind: 'range', min: 76.61, max: 88.3, aboveIsBetter: true, achieved: 80 }),
      place: service(undefined),
      id: 'Capaian 80; dalam rentang 76,61–88,3 → nilai 100,00%',
      en: 'Achieved 80; inside the band 76.61–88.3 → score 100.00%',
    },
  ],
  'range-below': [
    {
      name: 'IKM 70 below 76,61',
      node: leaf({ kind: 'range', min: 76.61, max: 88.3, aboveIsBetter: true, achieved: 70 }),
      place: service(undefined),
      id: 'Capaian 70; di bawah rentang 76,61–88,3 → nilai 91,37% (70 ÷ 76,61 × 100)',
      en: 'Achieved 70; below the band 76.61–88.3 → score 91.37% (70 ÷ 76.61 × 100)',
    },
  ],
  'range-above-better': [
    {
      name: 'IKM 90 above its band, where above is better',
      node: leaf({ kind: 'range', min: 76.61, max: 88.3, aboveIsBetter: true, achieved: 90 }),
      place: service(undefined),
      id: 'Capaian 90; di atas rentang 76,61–88,3 → nilai 100,00% (di atas rentang tetap baik)',
      en: 'Achieved 90; above the band 76.61–88.3 → score 100.00% (above the band is still good)',
    },
  ],
  'range-above': [
    {
      name: 'BOR 90 % above 60–85 %',
      node: leaf({ kind: 'range', min: 60, max: 85, achieved: 90 }),
      place: service(PERCENT),
      id: 'Capaian 90%; di atas rentang 60–85% → nilai 94,12% (makin rendah makin baik)',
      en: 'Achieved 90%; above the band 60–85% → score 94.12% (lower is better)',
    },
  ],
  yesno: [
    {
      name: 'Puskesmas ramah anak: ya',
      node: leaf({ kind: 'yesno', achieved: true }),
      place: service(undefined),
      id: 'Jawaban: ya → nilai 100,00%',
      en: 'Answer: yes → score 100.00%',
    },
  ],
  ontime: [
    {
      name: 'ten monthly reports of twelve on time',
      node: leaf({ kind: 'ontime', onTime: 10, due: 12 }),
      place: service(undefined),
      id: '10 dari 12 tepat waktu (83,33%); target ≥ 100% tidak tercapai → nilai 83,33%',
      en: '10 of 12 on time (83.33%); target ≥ 100% not met → score 83.33%',
    },
  ],
  'rubric-level': [
    {
      name: 'a management item at level 7 (0–10)',
      node: leaf({ kind: 'rubric', level: 7 }),
      place: { axis: 'management', depth: 3 },
      id: 'Tingkat 7 dipilih dari 0, 4, 7, 10 → nilai 7,00',
      en: 'Level 7 chosen of 0, 4, 7, 10 → score 7.00',
    },
    {
      name: 'a quality item at level 7 reads as a percentage, as the Mutu axis',
      node: leaf({ kind: 'rubric', level: 7 }),
      place: { axis: 'quality', depth: 3 },
      id: 'Tingkat 7 dipilih dari 0, 4, 7, 10 → nilai 70,00%',
      en: 'Level 7 chosen of 0, 4, 7, 10 → score 70.00%',
    },
  ],
  'rubric-band': [
    {
      name: 'a quality item of 72,5 % is level 7, 70 %',
      node: leaf({ kind: 'rubric', percent: 72.5 }),
      place: { axis: 'quality', depth: 3 },
      id: 'Persentase 72,5% → tingkat 7 → nilai 70,00%',
      en: 'Percentage 72.5% → level 7 → score 70.00%',
    },
  ],
  'rubric-rise': [
    {
      name: 'an IKS of 0,62 that rose from 0,58 is level 7',
      node: leaf({
        kind: 'rubric',
        percent: 0.62,
        previous: 0.58,
        mustRise: true,
        bands: [
          { from: 0, level: 4 },
          { from: 0.5, level: 7 },
        ],
      }),
      place: { axis: 'quality', depth: 3 },
      id: '0,62, tahun lalu 0,58: naik → tingkat 7 → nilai 70,00%',
      en: '0.62, last year 0.58: risen → level 7 → score 70.00%',
    },
    {
      name: 'an IKS of 0,58 that stayed is level 0',
      node: leaf({ kind: 'rubric', percent: 0.58, previous: 0.58, mustRise: true }),
      place: { axis: 'quality', depth: 3 },
      id: '0,58, tahun lalu 0,58: tetap/turun → tingkat 0 → nilai 0,00%',
      en: '0.58, last year 0.58: same or lower → level 0 → score 0.00%',
    },
  ],
  'zero-sasaran-full': [
    {
      name: 'no live births where the district scores a zero sasaran full',
      node: leaf(
        { kind: 'rate', per: 100000, sasaran: 0, achieved: 0, target: 132, direction: 'lower' },
        { zeroSasaran: 'full' },
      ),
      place: service(AKI),
      id: 'Sasaran 0 kelahiran hidup: tidak ada yang diukur tahun ini → nilai 100,00% (pengaturan kabupaten: sasaran 0 dinilai penuh)',
      en: 'A sasaran of 0 kelahiran hidup: nothing to measure this year → score 100.00% (district setting: a zero sasaran scores full)',
    },
  ],
  'nothing-to-count-full': [
    {
      name: 'no DBD case where the district scores nothing to count full',
      node: leaf(
        { ...value(1, 0, 'lower'), denominator: 0, nothingToCount: 'exclude' },
        { zeroSasaran: 'full' },
      ),
      place: service(PERCENT),
      id: '0 dari 0: tidak ada yang dihitung tahun ini → nilai 100,00% (pengaturan kabupaten: dinilai penuh)',
      en: '0 of 0: nothing to count this year → score 100.00% (district setting: scored full)',
    },
  ],
  'missing-scored-zero': [
    {
      name: 'a value still missing once the year is submitted',
      node: leaf({ kind: 'coverage', sasaran: 427, target: 100, achieved: null }, { submitted: true }),
      place: service(IBU_HAMIL),
      id: 'Belum diisi ketika penilaian dikirim → nilai 0,00%',
      en: 'Not entered when the assessment was submitted → score 0.00%',
    },
  ],
  excluded: [], // every exclusion has a reason: the table below
  'carried-over': [
    {
      name: 'a row a save did not change, its stored score carried over',
      node: {
        id: 'x',
        score: 80,
        explanation: { ...leaf(value(100, 80)).explanation, rule: 'carried-over' },
      },
      place: service(PERCENT),
      id: 'Nilai tersimpan, tidak berubah sejak dihitung → nilai 80,00%',
      en: 'Stored score, unchanged since computed → score 80.00%',
    },
  ],
  mean: [
    {
      name: 'the service axis: the mean of its four clusters',
      node: group({
        id: 'service',
        name: 'Pelayanan',
        children: ['SPM', 'UKM', 'UKMP', 'UKP'].map((id) => ({
          id,
          children: [scoring(`${id}.1`, 87.05)],
        })),
      }),
      place: { axis: 'service', depth: 0 },
      id: 'Rata-rata 4 klaster → nilai 87,05%',
      en: 'Mean of 4 clusters → score 87.05%',
    },
    {
      name: 'a variable of three indicators and one that does not apply',
      node: group({
        id: 'v',
        children: [
          scoring('a', 100),
          scoring('b', 85),
          scoring('c', 70),
          { ...scoring('d', 0), applicable: false, reason: 'Puskesmas non rawat inap' },
        ],
      }),
      place: { axis: 'service', depth: 2 },
      id: 'Rata-rata 3 indikator (1 tidak dinilai) → nilai 85,00%',
      en: 'Mean of 3 indicators (1 not assessed) → score 85.00%',
    },
    {
      name: 'the Mutu axis, one cluster of three groups, in % as its card',
      node: group({
        id: 'quality',
        name: 'Mutu',
        children: [
          {
            id: 'MUT',
            children: [75, 55, 90].map((percent, i) => ({
              id: `B${i + 1}`,
              children: [{ id: `B${i + 1}.1`, measure: { kind: 'rubric', percent } }],
            })),
          },
        ],
      }),
      place: { axis: 'quality', depth: 0 },
      // Levels 7 (75 %), 4 (55 %) and 10 (90 %): (7 + 4 + 10) / 3 = 7 → 70 %.
      id: 'Dari 1 klaster → nilai 70,00%',
      en: 'From 1 cluster → score 70.00%',
    },
  ],
  'weighted-mean': [
    {
      name: 'a programme whose variables the district weighted',
      node: group({
        id: 'p',
        children: [
          { id: 'v1', weight: 3, children: [scoring('a', 100)] },
          { id: 'v2', weight: 1, children: [scoring('b', 60)] },
        ],
      }),
      place: { axis: 'service', depth: 2 },
      id: 'Rata-rata berbobot 2 variabel → nilai 90,00%',
      en: 'Weighted mean of 2 variables → score 90.00%',
    },
  ],
};

/** Every reason a node is left out, each with at least one row. */
const BY_REASON: Record<ExclusionReason, Row[]> = {
  'not-applicable': [
    {
      name: 'an inpatient row at a Puskesmas without beds',
      node: group({
        id: 'g',
        children: [{ ...scoring('a', 50), applicable: false, reason: 'Puskesmas non rawat inap' }],
      }).children![0]!,
      place: service(PERCENT),
      id: 'Tidak dinilai: Puskesmas non rawat inap',
      en: 'Not assessed: the Puskesmas has no beds (non rawat inap)',
    },
    {
      name: 'a reason the Kepala Puskesmas typed stays as typed',
      node: group({
        id: 'g',
        children: [{ ...scoring('a', 50), applicable: false, reason: 'Tidak ada pabrik di wilayah' }],
      }).children![0]!,
      place: service(PERCENT),
      id: 'Tidak dinilai: Tidak ada pabrik di wilayah',
      en: 'Not assessed: Tidak ada pabrik di wilayah',
    },
  ],
  missing: [
    {
      name: 'no value yet in a draft',
      node: leaf({ kind: 'coverage', sasaran: 427, target: 100, achieved: null }),
      place: service(IBU_HAMIL),
      id: 'Tidak dinilai: belum diisi (bila penilaian dikirim tanpa angka ini, nilainya 0)',
      en: 'Not assessed: not entered yet (it scores 0 if the assessment is submitted without it)',
    },
    {
      name: 'a prevalence whose denominator counted nobody (nothingToCount "missing")',
      node: leaf({ ...value(20, 0, 'lower'), denominator: 0, nothingToCount: 'missing' }),
      place: service(PERCENT),
      id: 'Tidak dinilai: penyebut 0 dianggap belum diisi (belum ada yang diperiksa atau dilayani)',
      en: 'Not assessed: a denominator of 0 reads as not entered (nobody examined or served yet)',
    },
  ],
  'zero-sasaran': [
    {
      name: 'AKI: no live birth this year',
      node: leaf({ kind: 'rate', per: 100000, sasaran: 0, achieved: 0, target: 132, direction: 'lower' }),
      place: service(AKI),
      id: 'Tidak dinilai: 0 dari 0 kelahiran hidup, tidak ada yang dihitung tahun ini',
      en: 'Not assessed: 0 of 0 kelahiran hidup, nothing to count this year',
    },
    {
      name: 'a coverage with a sasaran of 0 and nothing entered',
      node: leaf({ kind: 'coverage', sasaran: 0, target: 100, achieved: null }),
      place: service(IBU_HAMIL),
      id: 'Tidak dinilai: sasaran 0 ibu hamil, tidak ada yang dihitung tahun ini',
      en: 'Not assessed: a sasaran of 0 ibu hamil, nothing to count this year',
    },
  ],
  'nothing-to-count': [
    {
      name: 'a coverage of events with no event (complications handled)',
      node: leaf({ kind: 'coverage', sasaran: 0, target: 80, achieved: 0, nothingToCount: 'exclude' }),
      place: service(PERCENT),
      id: 'Tidak dinilai: 0 dari 0, tidak ada yang dihitung tahun ini',
      en: 'Not assessed: 0 of 0, nothing to count this year',
    },
    {
      name: 'a case-fatality rate with no case',
      node: leaf({ ...value(1, 0, 'lower'), denominator: 0, nothingToCount: 'exclude' }),
      place: service(PERCENT),
      id: 'Tidak dinilai: penyebut 0, tidak ada yang dihitung tahun ini',
      en: 'Not assessed: a denominator of 0, nothing to count this year',
    },
    {
      name: 'outbreaks answered within 24 hours, with no outbreak',
      node: leaf({ kind: 'ontime', onTime: 0, due: 0, nothingToCount: 'exclude' }),
      place: service(undefined),
      id: 'Tidak dinilai: tidak ada kejadian tahun ini',
      en: 'Not assessed: no event this year',
    },
  ],
  'no-sasaran': [
    {
      name: 'a coverage whose sasaran is not set',
      node: leaf({ kind: 'coverage', sasaran: null, target: 100, achieved: 12 }),
      place: service(IBU_HAMIL),
      id: 'Tidak dinilai: sasaran belum diisi (Kepala Puskesmas mengisinya di Target & sasaran)',
      en: 'Not assessed: no sasaran yet (the Kepala Puskesmas sets it under Targets & sasaran)',
    },
  ],
  'nothing-due': [
    {
      name: 'a monthly report before any month is due',
      node: leaf({ kind: 'ontime', onTime: 0, due: 0 }),
      place: service(undefined),
      id: 'Tidak dinilai: belum ada laporan yang jatuh tempo',
      en: 'Not assessed: no report due yet',
    },
  ],
  'no-target': [
    {
      name: 'a value whose row prints no target',
      node: leaf({ kind: 'value', target: null, achieved: 3, direction: 'higher' }),
      place: service(undefined),
      id: 'Tidak dinilai: target belum ditetapkan (Dinkes menetapkannya)',
      en: 'Not assessed: no target yet (Dinkes sets it)',
    },
  ],
  'all-children-excluded': [
    {
      name: 'an inpatient variable at a Puskesmas without beds',
      node: group({
        id: 'v',
        children: ['a', 'b'].map((id) => ({
          ...scoring(id, 50),
          applicable: false,
          reason: 'Puskesmas non rawat inap',
        })),
      }),
      place: { axis: 'service', depth: 2 },
      id: 'Tidak dinilai: tidak satu pun dari 2 indikator dapat dinilai',
      en: 'Not assessed: none of its 2 indicators can be assessed',
    },
    {
      name: 'a UKM Pengembangan service the Puskesmas did not choose, its one key indicator',
      node: group({
        id: 'UKMP.B',
        children: [
          { ...scoring('UKMP.B.1', 50), applicable: false, reason: 'Layanan UKM Pengembangan tidak dipilih' },
        ],
      }),
      place: { axis: 'service', depth: 2 },
      id: 'Tidak dinilai: satu-satunya indikator di sini tidak dapat dinilai',
      en: 'Not assessed: its only indicator cannot be assessed',
    },
  ],
};

describe('one sentence per node of the "why"', () => {
  const ruled = Object.entries(BY_RULE).filter(([, rows]) => rows.length > 0);
  describe.each(ruled)('rule %s', (rule, rows) => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
      expect(row.node.explanation.rule).toBe(rule);
      expect(explanationSentence(row.node, row.place, 'id')).toBe(row.id);
      expect(explanationSentence(row.node, row.place, 'en')).toBe(row.en);
    });
  });

  describe.each(Object.entries(BY_REASON))('not assessed: %s', (reason, rows) => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
      expect(row.node.explanation.excluded).toBe(reason);
      expect(explanationSentence(row.node, row.place, 'id')).toBe(row.id);
      expect(explanationSentence(row.node, row.place, 'en')).toBe(row.en);
    });
  });

  it('has a row for every rule the engine scores with (excluded through its reasons; rate through its value rule)', () => {
    const empty = Object.entries(BY_RULE)
      .filter(([rule, rows]) => rule !== 'excluded' && rule !== 'rate' && rows.length === 0)
      .map(([rule]) => rule);
    expect(empty).toEqual([]);
    expect(Object.values(BY_REASON).every((rows) => rows.length > 0)).toBe(true);
  });

  it('never shows a code, a missing number or a technical word', () => {
    const all = [...Object.values(BY_RULE), ...Object.values(BY_REASON)].flat();
    for (const row of all) {
      for (const locale of ['id', 'en'] as const) {
        const sentence = explanationSentence(row.node, row.place, locale);
        expect(sentence).not.toMatch(
          /undefined|null|NaN|Infinity|(^|\s)–(\s|%|$)|\b(rule|targetSasaran|coverage-|excluded)\b/,
        );
      }
    }
  });

  it.each([
    ['service', 66.98, '66,98%'],
    ['management', 5.89, '5,89'],
    ['quality', 6.833333, '68,33%'],
  ] as const)('reads a %s node on its axis scale', (axis: Axis, score, shown) => {
    const node = { ...leaf({ kind: 'yesno', achieved: true }), score };
    expect(explanationSentence(node, { axis, depth: 3 }, 'id')).toBe(`Jawaban: ya → nilai ${shown}`);
  });
});

describe('what a rate is per', () => {
  it.each([
    ['Per 100.000 kelahiran hidup', 'kelahiran hidup'],
    ['per 100.000 penddk', 'penduduk'],
    ['per 100 rb pendk', 'penduduk'],
    ['Per 1000 pddk', 'penduduk'],
    ['/100.000 pend', 'penduduk'],
    ['‰', null],
  ])('reads "%s" as %s', (unit, noun) => {
    expect(rateNoun(unit)).toBe(noun);
  });
});
