// The accreditation criteria this system's loop serves — 2.7.1, 2.8.3 and 2.8.4 of the Puskesmas
// accreditation standard — as data: each element (elemen penilaian, EP) with its text and the evidence
// a surveyor asks for, as the criteria print them, and which of pkp's own records can prove each piece.
//
// Texts are transcribed as printed (their wording and spelling kept, so that they match the surveyor's
// instrument word for word); only the web page's markup and doubled spaces are gone. 2.7.1 prints its
// six elements as an unlettered list: they are lettered a–f here in the printed order, as 2.8.3 and
// 2.8.4 letter theirs.

/** R regulation (an SK, SOP, KAK, RPK), D document (records, minutes, photos), W interview, O observation. */
export const EVIDENCE_KINDS = ['R', 'D', 'W', 'O'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * A fact pkp's own records establish for a Puskesmas-year (see checks.ts, which decides each one):
 * - `catalog-decree`: the year's indicators and targets are those of a published district decree;
 * - `months-collected` / `months-reported`: every month due is complete / reported to Dinkes on time;
 * - `year-submitted`: the year's assessment went to Dinkes (the Kepala Puskesmas submitted it);
 * - `review-meetings`: at least two performance reviews, each with attendance, minutes and a photo;
 * - `review-rtl`: a decision of a review is linked to an RTL action;
 * - `lintas-program-meeting`: a cross-programme discussion with attendance, minutes and a photo;
 * - `analysis-written`: Bab V — a programme analysis, and a problem analysis per indicator below target;
 * - `rtl-planned` / `rtl-followed-up`: RTL actions for the problems / actions carried out, none overdue;
 * - `feedback-received` / `feedback-followed-up`: a Dinkes feedback letter sent / each point followed up;
 * - `ukmp-*`: UKM Pengembangan — services chosen with their key indicator, the key indicators' targets
 *   met, analysed, recorded every month, and their RTL;
 * - `lokmin-monthly`: a lokakarya mini bulanan in every month due (the monthly report to the head);
 * - `attached`: nothing pkp records proves it: a document attached to the element does.
 */
export const PROOFS = [
  'catalog-decree',
  'months-collected',
  'months-reported',
  'year-submitted',
  'review-meetings',
  'review-rtl',
  'lintas-program-meeting',
  'analysis-written',
  'rtl-planned',
  'rtl-followed-up',
  'feedback-received',
  'feedback-followed-up',
  'ukmp-chosen',
  'ukmp-achievement',
  'ukmp-analysis',
  'ukmp-monitoring',
  'ukmp-rtl',
  'lokmin-monthly',
  'attached',
] as const;
export type Proof = (typeof PROOFS)[number];

/** One piece of evidence the criterion lists under an element, and what proves it in pkp. */
export interface ElementEvidence {
  kind: EvidenceKind;
  /** As printed. */
  text: string;
  /**
   * The records that prove it, all of them needed. Absent for R, W and O, which the surveyor checks
   * (a regulation is read, people are interviewed, work is observed) — except where the district's
   * own decree is the regulation (2.8.3 a).
   */
  proof?: readonly Proof[];
}

export interface AccreditationElement {
  /** "2.8.4.a". */
  code: string;
  criterion: CriterionCode;
  letter: string;
  /** The element's text, as printed, without its trailing kinds "(R, D, W)". */
  text: string;
  /** The kinds printed after the element, in the printed order. */
  kinds: readonly EvidenceKind[];
  evidence: readonly ElementEvidence[];
}

export const CRITERIA = ['2.7.1', '2.8.3', '2.8.4'] as const;
export type CriterionCode = (typeof CRITERIA)[number];

export interface Criterion {
  code: CriterionCode;
  /** The criterion's statement, as printed. */
  text: string;
  /** The seed's page title ("Penilaian Kinerja"). */
  title: string;
}

export const CRITERION_TEXTS: readonly Criterion[] = [
  {
    code: '2.7.1',
    title: 'Cakupan dan Pelaksanaan',
    text: 'Cakupan dan pelaksanaan UKM Pengembangan dilakukan untuk mencapai tujuan pembangunan kesehatan di wilayah kerjanya',
  },
  {
    code: '2.8.3',
    title: 'Upaya Perbaikan',
    text: 'Kepala Puskesmas dan penanggung jawab UKM melakukan upaya perbaikan terhadap hasil penilaian capaian kinerja pelayanan UKM.',
  },
  {
    code: '2.8.4',
    title: 'Penilaian Kinerja',
    text: 'Penilaian kinerja terhadap penyelenggaraan pelayanan UKM dilaksanakan secara periodik untuk menunjukan akuntabilitas dalam pengelolaan pelayanan UKM.',
  },
];

const element = (
  criterion: CriterionCode,
  letter: string,
  text: string,
  kinds: readonly EvidenceKind[],
  evidence: readonly ElementEvidence[],
): AccreditationElement => ({ code: `${criterion}.${letter}`, criterion, letter, text, kinds, evidence });

/** The elements of 2.7.1, 2.8.3 and 2.8.4, in the criteria's order. */
export const ELEMENTS: readonly AccreditationElement[] = [
  // ── 2.7.1 Cakupan dan pelaksanaan UKM Pengembangan ──
  element(
    '2.7.1',
    'a',
    'Ditetapkan jenis - jenis pelayanan UKM Pengembangan sesuai dengan hasil analisis permasalahan di wilayah kerja Puskesmas',
    ['R', 'D'],
    [
      {
        kind: 'R',
        text: 'SK Jenis Pelayanan UKM pengembangan yang terintegrasi dengan SK Jenis pelayanan yang telah ditetapkan oleh Puskesmas',
      },
      { kind: 'D', text: 'Hasil analisis penetapan UKM Pengembangan', proof: ['ukmp-chosen', 'attached'] },
    ],
  ),
  element(
    '2.7.1',
    'b',
    'Tercapainya indikator kinerja pelayanan UKM Pengembangan disertai dengan analisisnya',
    ['R', 'D'],
    [
      {
        kind: 'R',
        text: 'SK Kepala Puskesmas tentang Indikator dan target Kinerja UKM pengembangan yang terintegrasi dengan indikator kinerja Puskesmas',
      },
      {
        kind: 'D',
        text: 'Bukti capaian kinerja UKM pengembangan',
        proof: ['ukmp-achievement', 'ukmp-analysis'],
      },
    ],
  ),
  element(
    '2.7.1',
    'c',
    'Dilaksanakan upaya-upaya promotif dan preventif untuk mencapai kinerja pelayanan UKM Pengembangan yang telah ditetapkan dan tertuang di dalam RPK, sesuai dengan kebijakan, prosedur dan kerangka acuan kegiatan yang telah ditetapkan',
    ['R', 'D', 'W'],
    [
      { kind: 'R', text: 'RPK tahunan dan RPK Bulanan' },
      { kind: 'R', text: 'KAK pelayanan UKM pengembangan' },
      { kind: 'R', text: 'SOP sesuai dengan pelayanan UKM pengembangan.' },
      {
        kind: 'D',
        text: 'Bukti pelaksanaan pelayanan UKM pengembangan sesuai kebijakan Puskesmas minimal.',
        proof: ['attached'],
      },
      {
        kind: 'D',
        text: 'Bukti pelaksanaan disesuaikan dengan jenis kegiatan. Misal, apabila kegiatan dalam bentuk pertemuan, minimal melampirkan. 1. Undangan 2. notulen dan/ atau laporan yang disertai dengan foto kegiatan 3. Daftar hadir',
        proof: ['attached'],
      },
      {
        kind: 'W',
        text: 'PJ UKM, Koordinator dan pelaksana UKM Pengembangan : Penggalian informasi upaya promotof dan preventif UKM pengembangan',
      },
    ],
  ),
  element(
    '2.7.1',
    'd',
    'Dilakukan pemantauan secara periodik dan berkesinambungan terhadap capaian indikator dan upaya yang telah dilakukan',
    ['D', 'O', 'W'],
    [
      { kind: 'D', text: 'Bukti pemantauan UKM pengembangan', proof: ['ukmp-monitoring'] },
      {
        kind: 'D',
        text: 'Bukti penilaian serta rencana tindak lanjut UKM pengembangan',
        proof: ['ukmp-achievement', 'ukmp-rtl'],
      },
      { kind: 'O', text: 'Pengamatan terhadap upaya pemantauan capaian indikator' },
      {
        kind: 'W',
        text: 'PJ UKM, Koordinator dan pelaksana UKM pengembangan: Penggalian informasi upaya pemantauan dan penilaian UKM pengembangan',
      },
    ],
  ),
  element(
    '2.7.1',
    'e',
    'Disusun rencana tindak lanjut berdasarkan hasil pemantauan yang terintegrasi ke dalam dokumen perencanaan',
    ['D', 'W'],
    [
      {
        kind: 'D',
        text: 'Rencana tindak lanjut UKM pengembangan berdasarkan hasil pemantauan',
        proof: ['ukmp-rtl'],
      },
      {
        kind: 'W',
        text: 'PJ UKM, Koordinator dan pelaksana UKM pengembangan: penggalian informasi terhadap proses penyusunan rencana tindak lanjut',
      },
    ],
  ),
  element(
    '2.7.1',
    'f',
    'Dilaksanakan pencatatan, dan dilakukan pelaporan kepada kepala puskesmas dan dinas kesehatan daerah kabupaten/kota sesuai dengan prosedur yang telah ditetapkan',
    ['R', 'D', 'W'],
    [
      { kind: 'R', text: 'SOP Pencatatan dan Pelaporan (lihat bab I)' },
      {
        kind: 'D',
        text: 'Bukti pencatatan indikator kinerja pelayanan UKM pengembangan.',
        proof: ['ukmp-monitoring'],
      },
      {
        kind: 'D',
        text: 'Bukti pelaporan capaian indikator pelayanan UKM pengembangan Kepala Puskesmas sesuai mekanisme yang telah ditetapkan.',
        proof: ['lokmin-monthly'],
      },
      {
        kind: 'D',
        text: 'Bukti pelaporan indikator kinerja UKM pengembangan yang terintegrasi dengan pelaporan kinerja Puskesmas kepada Dinas Kesehatan.',
        proof: ['months-reported'],
      },
      {
        kind: 'W',
        text: 'Kepala Puskesmas, PJ UKM, Koordinator dan pelaksana UKM pengembangan: Penggalian informasi pencatatan dan pelaporan UKM Pengembangan',
      },
    ],
  ),

  // ── 2.8.3 Upaya perbaikan ──
  element(
    '2.8.3',
    'a',
    'Ditetapkan indikator kinerja pelayanan UKM',
    ['R'],
    [
      {
        kind: 'R',
        text: 'SK Indikator kinerja pelayanan UKM yang terintegrasi dengan SK indikator kinerja Puskesmas (lihat di bab I)',
        proof: ['catalog-decree'],
      },
    ],
  ),
  element(
    '2.8.3',
    'b',
    'Koordinator pelayanan dan pelaksana kegiatan UKM melakukan pengumpulan data capaian indikator kinerja pelayanan UKM sesuai dengan periodisasi pengumpulan yang telah ditetapkan.',
    ['R', 'D', 'W'],
    [
      { kind: 'R', text: 'SK pencatatan dan pelaporan' },
      { kind: 'R', text: 'SOP Pencatatan dan pelaporan Lihat di bab I' },
      {
        kind: 'D',
        text: 'Bukti pengumpulan data capaian indikator kinerja pelayanan UKM sesuai periode sesuai dengan regulasi yang ditetapkan di Puskesmas.',
        proof: ['months-collected'],
      },
      {
        kind: 'W',
        text: 'Koordinator pelayanan dan pelaksana: Penggalian informasi kegiatan mengumpulkan data capaian indikator kinerja pelayanan UKM sesuai periode',
      },
    ],
  ),
  element(
    '2.8.3',
    'c',
    'Penanggung jawab UKM dan Koordinator pelayanan serta pelaksana kegiatan melakukan pembahasan terhadap capaian kinerja bersama dengan lintas program.',
    ['D', 'W'],
    [
      {
        kind: 'D',
        text: 'Bukti pembahasan capaian kinerja dengan lintas program minimal terdiri dari : 1. Daftar hadir 2. notulen yang diserta dengan foto kegiatan',
        proof: ['lintas-program-meeting', 'analysis-written'],
      },
      {
        kind: 'W',
        text: 'PJ UKM dan koordinator pelayanan: Penggalian informasi terkait pembahasan capaian kinerja dengan lintas program',
      },
    ],
  ),
  element(
    '2.8.3',
    'd',
    'Disusun rencana tindak lanjut dan dilakukan tindaklanjut berdasarkan hasil pembahasan capaian kinerja pelayanan UKM.',
    ['D', 'W'],
    [
      {
        kind: 'D',
        text: 'Bukti rencana tindak lanjut sesuai hasil pembahasan capaian kinerja',
        proof: ['rtl-planned'],
      },
      { kind: 'D', text: 'Bukti hasil tindaklanjut', proof: ['rtl-followed-up'] },
      {
        kind: 'W',
        text: 'PJ UKM, koordinator, pelaksana: Penggalian informasi terkait penyusunan rencana tindak lanjut sesuai hasil pembahasan capaian kinerja',
      },
    ],
  ),
  element(
    '2.8.3',
    'e',
    'Dilakukan pelaporan data capaian kinerja kepada dinas kesehatan daerah kabupaten/kota.',
    ['D'],
    [
      {
        kind: 'D',
        text: 'Bukti pelaporan data capaian kinerja UKM kepada Dinas Kesehatan Kabupaten/Kota sesuai dengan ketentuan yang ditetapkan di Puskesmas.',
        proof: ['months-reported'],
      },
    ],
  ),
  element(
    '2.8.3',
    'f',
    'Ada bukti umpan balik (feedback) dari dinas kesehatan daerah kabupaten/kota terhadap laporan upaya perbaikan capaian kinerja pelayanan UKM Puskesmas secara periodik.',
    ['D'],
    [
      {
        kind: 'D',
        text: 'Bukti umpan balik dari Dinas Kesehatan terhadap laporan kinerja Puskesmas',
        proof: ['feedback-received'],
      },
    ],
  ),
  element(
    '2.8.3',
    'g',
    'Dilakukan tindak lanjut terhadap umpan balik dari dinas kesehatan daerah kabupaten/kota.',
    ['D'],
    [
      {
        kind: 'D',
        text: 'Bukti hasil tindak lanjut terhadap umpan balik hasil kinerja dari Dinas Kesehatan Kabupaten/Kota.',
        proof: ['feedback-followed-up'],
      },
    ],
  ),

  // ── 2.8.4 Penilaian kinerja ──
  element(
    '2.8.4',
    'a',
    'Kepala Puskesmas, penanggung Jawab UKM , koordinator pelayanan dan pelaksana kegiatan UKM melakukan pembahasan penilaian kinerja paling sedikit dua kali dalam setahun',
    ['R', 'D', 'W'],
    [
      { kind: 'R', text: 'SK tentang penilaian kinerja' },
      { kind: 'R', text: 'SOP pelaksanaan penilaian kinerja' },
      {
        kind: 'D',
        text: 'Bukti pembahasan penilaian kinerja minimal terdiri dari : Daftar hadir, notulen yang diserta dengan foto kegiatan',
        proof: ['review-meetings'],
      },
      {
        kind: 'W',
        text: 'Kapus, PJ UKM, koordinator dan pelaksana: Penggalian informasi terkait pembahasan kinerja',
      },
    ],
  ),
  element(
    '2.8.4',
    'b',
    'Disusun rencana tindak lanjut terhadap hasil pembahasan penilaian kinerja pelayanan UKM',
    ['D', 'W'],
    [
      {
        kind: 'D',
        text: 'Bukti rencana tindak lanjut berdasarkan hasil pembahasan capaian kinerja pelayanan UKM',
        proof: ['review-rtl'],
      },
      {
        kind: 'W',
        text: 'Kapus, PJ UKM, koordinator dan pelaksana: Penggalian informasi terkait penyusunan rencana tindak lanjut untuk indikator yang tidak tercapai',
      },
    ],
  ),
  element(
    '2.8.4',
    'c',
    'Hasil penilaian kinerja dilaporkan kepada dinas kesehatan daerah kabupaten/kota',
    ['D'],
    [{ kind: 'D', text: 'Bukti pelaporan kinerja ke Dinas Kesehatan Kab/ Kota', proof: ['year-submitted'] }],
  ),
  element(
    '2.8.4',
    'd',
    'Ada bukti umpan balik (feedback) dari dinas kesehatan daerah kabupaten/kota terhadap laporan hasil penilaian kinerja pelayanan UKM',
    ['D'],
    [
      {
        kind: 'D',
        text: 'Buki umpan balik dari Dinkes Kab/ Kota atas laporan kinerja Puskesmas',
        proof: ['feedback-received'],
      },
    ],
  ),
  element(
    '2.8.4',
    'e',
    'Hasil umpan balik (feedback) dari dinas kesehatan daerah kabupaten/kota ditindaklanjuti.',
    ['D'],
    [
      {
        kind: 'D',
        text: 'Bukti hasil tindak lanjut umpan balik dari Dinas Kesehatan Daerah Kab/Kota',
        proof: ['feedback-followed-up'],
      },
    ],
  ),
];

export function findElement(code: string): AccreditationElement | undefined {
  return ELEMENTS.find((e) => e.code === code);
}
