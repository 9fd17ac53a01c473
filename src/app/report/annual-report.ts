// The annual report of a Puskesmas-year (Laporan Penilaian Kinerja Puskesmas) as a document model,
// in the chapters of the Pati decree's diktum KEDUA: Kata Pengantar, Daftar Isi, Bab I Pendahuluan,
// Bab II Profil, Bab III Target, Bab IV Hasil, Bab V Analisa Capaian, Bab VI Tindak Lanjut, Bab VII
// Penutup, and the appendices. Pure: every figure comes from `ReportInputs`; both renderers print
// exactly these words (src/report/).
import { CLUSTER_AXIS } from '../../domain/catalog/types.ts';
import { nodeScoreOnAxis } from '../../shared/axis-scale.ts';
import { CAUSE_HEADINGS } from '../../domain/improvement/causes.ts';
import { explanationSentence } from '../../shared/explanation-sentence.ts';
import { dateWords } from '../../shared/calendar-words.ts';
import type { FACILITY_CONDITIONS } from '../../shared/api/profile.schema.ts';
import {
  PROFESSION_LABELS,
  PROFESSIONS,
  SASARAN_KEYS,
  SASARAN_LABELS,
} from '../../shared/api/profile.schema.ts';
import { column } from './report-columns.ts';
import type {
  ReportBlock,
  ReportChapter,
  ReportDocument,
  ReportRow,
  ReportTable,
} from '../../shared/report-document.ts';
import type { GroupRow, YearTable } from '../exchange/year-tables.ts';
import { sasaranNoun } from '../node-words.ts';
import { indicatorPlaces } from '../analysis-result.ts';
import type { ReportInputs } from './report-inputs.ts';
import { resultTable, tableName, targetTable } from './report-tables.ts';
import {
  axisFigure,
  categoryWords,
  nodeFigure,
  thresholdWords,
  count,
  DASH,
  dateTimeWords,
  MEETING_KIND_WORDS,
  num,
  percent,
  STAGE_WORDS,
} from './report-words.ts';

export function annualReport(inputs: ReportInputs): ReportDocument {
  const organisation = `UPT Puskesmas ${inputs.unit.name.replace(/^(UPT )?Puskesmas /i, '')}`;
  return {
    meta: {
      title: 'Laporan Penilaian Kinerja Puskesmas',
      subtitle: `Tahun ${inputs.year}`,
      organisation,
      issuer: `Dinas Kesehatan ${inputs.district.name}`,
      year: inputs.year,
      stageWords: STAGE_WORDS[inputs.stage],
      computedAt: dateTimeWords(inputs.result.computedAt),
      generatedAt: dateTimeWords(inputs.now),
      footer: `PKP ${inputs.unit.name} ${inputs.year} · ${STAGE_WORDS[inputs.stage]}`,
      cover: true,
    },
    chapters: [
      textChapter('kata-pengantar', '', 'Kata Pengantar', inputs.texts['kata-pengantar'].text),
      { id: 'daftar-isi', label: '', title: 'Daftar Isi', blocks: [{ type: 'contents' }] },
      textChapter('bab-1', 'BAB I', 'Pendahuluan', inputs.texts.pendahuluan.text),
      profileChapter(inputs),
      targetsChapter(inputs),
      resultsChapter(inputs),
      analysisChapter(inputs),
      followUpChapter(inputs),
      closingChapter(inputs),
      calculationAppendix(inputs),
      meetingsAppendix(inputs),
    ],
  };
}

/** Paragraphs separated by blank lines; "## " starts a sub-heading. */
function textBlocks(text: string): ReportBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) =>
      p.startsWith('## ') ? { type: 'heading', text: p.slice(3) } : { type: 'paragraph', text: p },
    );
}

function textChapter(id: string, label: string, title: string, text: string): ReportChapter {
  return { id, label, title, blocks: textBlocks(text) };
}

function profileChapter(inputs: ReportInputs): ReportChapter {
  const { profile, population } = inputs.profile;
  const villages: ReportTable = {
    type: 'table',
    caption: 'Tabel 2.1 Desa/kelurahan wilayah kerja dan jumlah penduduk',
    columns: [column('No', 8), column('Desa/kelurahan', 62), column('Jumlah penduduk', 30, 'right')],
    rows: [
      ...profile.villages.map((v, i): ReportRow => ({
        kind: 'item',
        cells: [String(i + 1), v.name, count(v.population)],
      })),
      { kind: 'total', cells: ['', 'Jumlah', count(population)] },
    ],
  };
  const sasaran: ReportTable = {
    type: 'table',
    caption: 'Tabel 2.2 Sasaran program tahun berjalan',
    columns: [column('No', 8), column('Sasaran', 62), column('Jumlah', 30, 'right')],
    rows: SASARAN_KEYS.map((key, i) => ({
      kind: 'item',
      cells: [String(i + 1), SASARAN_LABELS[key], count(profile.targetPopulations[key])],
    })),
  };
  const staffTotal = PROFESSIONS.reduce((n, p) => n + profile.staff[p], 0);
  const staff: ReportTable = {
    type: 'table',
    caption: 'Tabel 2.3 Sumber daya manusia kesehatan',
    columns: [column('No', 8), column('Jenis tenaga', 62), column('Jumlah', 30, 'right')],
    rows: [
      ...PROFESSIONS.map((p, i): ReportRow => ({
        kind: 'item',
        cells: [String(i + 1), PROFESSION_LABELS[p], count(profile.staff[p])],
      })),
      { kind: 'total', cells: ['', 'Jumlah', count(staffTotal)] },
    ],
  };
  const conditionWords: Record<(typeof FACILITY_CONDITIONS)[number], string> = {
    baik: 'Baik',
    'rusak-ringan': 'Rusak ringan',
    'rusak-berat': 'Rusak berat',
  };
  const facilities: ReportTable = {
    type: 'table',
    caption: 'Tabel 2.4 Sarana dan prasarana',
    columns: [column('No', 8), column('Sarana', 52), column('Jumlah', 18, 'right'), column('Kondisi', 22)],
    rows: profile.facilities.map((f, i) => ({
      kind: 'item',
      cells: [String(i + 1), f.name, count(f.count), conditionWords[f.condition]],
    })),
  };
  const empty = (table: ReportTable): ReportBlock[] =>
    table.rows.length === 0
      ? [{ type: 'paragraph', text: 'Belum diisi pada profil Puskesmas.', tone: 'note' }]
      : [table];
  return {
    id: 'bab-2',
    label: 'BAB II',
    title: 'Profil Puskesmas',
    blocks: [
      { type: 'heading', text: 'A. Geografi' },
      {
        type: 'facts',
        rows: [
          { label: 'Nama Puskesmas', value: inputs.unit.name },
          { label: 'Kode', value: inputs.unit.code },
          { label: 'Alamat', value: profile.address || DASH },
          {
            label: 'Luas wilayah kerja',
            value: profile.areaKm2 === null ? DASH : `${num(profile.areaKm2)} km²`,
          },
          { label: 'Jumlah desa/kelurahan', value: count(profile.villages.length) },
          { label: 'Jenis Puskesmas', value: inputs.unit.rawatInap ? 'Rawat inap' : 'Non rawat inap' },
        ],
      },
      { type: 'heading', text: 'B. Demografi' },
      ...empty(villages),
      sasaran,
      { type: 'heading', text: 'C. Sumber Daya Puskesmas' },
      staff,
      ...empty(facilities),
    ],
  };
}

/** "4.1", "4.2" … in the order of the decree's tables. */
function numbered(inputs: ReportInputs, chapter: number): { table: YearTable; number: string }[] {
  return inputs.tables.tables.map((table, i) => ({ table, number: `${chapter}.${i + 1}` }));
}

function targetsChapter(inputs: ReportInputs): ReportChapter {
  return {
    id: 'bab-3',
    label: 'BAB III',
    title: 'Target Kinerja Tahunan',
    blocks: [
      {
        type: 'paragraph',
        text: `Target kinerja ${inputs.unit.name} tahun ${inputs.year} mengikuti ${inputs.tables.catalogSource || 'katalog indikator Dinas Kesehatan'}, dengan sasaran yang ditetapkan untuk tahun berjalan.`,
      },
      ...numbered(inputs, 3).flatMap(({ table, number }): ReportBlock[] => [
        { type: 'heading', text: `${number.split('.')[1]}. ${tableName(table)}` },
        targetTable(table, number),
      ]),
    ],
  };
}

function headlineFacts(inputs: ReportInputs): ReportBlock {
  const r = inputs.result;
  const standing = inputs.standing;
  return {
    type: 'facts',
    rows: [
      {
        label: 'Kinerja pelayanan kesehatan',
        value: `${percent(r.service)} — ${categoryWords(r.serviceCategory)}`,
      },
      { label: 'Kinerja manajemen', value: `${num(r.management)} — ${categoryWords(r.managementCategory)}` },
      {
        label: 'Kinerja mutu',
        value: `${axisFigure('quality', r.quality)} — ${categoryWords(r.qualityCategory)}`,
      },
      { label: 'Kategori keseluruhan', value: categoryWords(r.overallCategory) },
      { label: 'Kelompok', value: r.kelompok ? `Kelompok ${r.kelompok}` : DASH },
      {
        label: 'Peringkat dalam kelompok',
        value: standing?.rank ? `${standing.rank} dari ${standing.of} Puskesmas` : DASH,
      },
      { label: 'Angka yang dipakai', value: STAGE_WORDS[inputs.stage] },
    ],
  };
}

/** What the categories mean, by the thresholds the result was scored with (the district may set its own). */
function categoryNote(inputs: ReportInputs): string {
  const t = inputs.result.detail.settings.thresholds;
  return (
    `Kategori kinerja pelayanan: ${thresholdWords('service', t.service)}; manajemen: ${thresholdWords('management', t.management)}; ` +
    `mutu: ${thresholdWords('quality', t.quality)}. Kategori keseluruhan adalah yang terendah dari ketiganya; ` +
    'Kelompok I bila Baik, II bila Cukup, III bila Kurang.'
  );
}

function resultsChapter(inputs: ReportInputs): ReportChapter {
  const summary: ReportTable = {
    type: 'table',
    caption: 'Tabel 4.0 Ringkasan hasil per klaster',
    columns: [column('Klaster', 60), column('Skor', 20, 'right'), column('Skala', 20)],
    rows: inputs.tables.tables.map((t) => ({
      kind: 'item',
      cells: [
        tableName(t),
        nodeFigure(CLUSTER_AXIS[t.cluster], t.score),
        CLUSTER_AXIS[t.cluster] === 'management' ? '0–10' : '0–100%',
      ],
    })),
  };
  return {
    id: 'bab-4',
    label: 'BAB IV',
    title: 'Hasil Kinerja Tahunan',
    blocks: [
      {
        type: 'paragraph',
        text: `Hasil penilaian kinerja ${inputs.unit.name} periode Januari–Desember ${inputs.year}, dihitung pada ${dateTimeWords(inputs.result.computedAt)}. Angka: ${STAGE_WORDS[inputs.stage].toLowerCase()}.`,
      },
      headlineFacts(inputs),
      {
        type: 'paragraph',
        tone: 'note',
        text: categoryNote(inputs),
      },
      summary,
      ...numbered(inputs, 4).flatMap(({ table, number }): ReportBlock[] => [
        { type: 'heading', text: `${number.split('.')[1]}. ${tableName(table)}` },
        resultTable(table, number),
      ]),
    ],
  };
}

function programmesOf(table: YearTable): GroupRow[] {
  return table.rows.filter((r): r is GroupRow => r.type === 'group' && r.depth === 1);
}

function analysisChapter(inputs: ReportInputs): ReportChapter {
  const places = indicatorPlaces(inputs.catalog);
  const blocks: ReportBlock[] = [{ type: 'heading', text: 'A. Capaian per klaster dan program' }];
  for (const table of inputs.tables.tables) {
    const programmes = programmesOf(table);
    if (programmes.length === 0) continue;
    const axis = CLUSTER_AXIS[table.cluster];
    blocks.push({
      type: 'chart',
      caption: `Gambar: skor program ${tableName(table)}`,
      chart: {
        kind: 'bar',
        categories: programmes.map((p) => `${p.number} ${p.name}`.trim()),
        series: [{ name: 'Skor', values: programmes.map((p) => nodeScoreOnAxis(axis, p.score)) }],
        max: axis === 'management' ? 10 : 100,
        line: { name: 'Baik', value: inputs.result.detail.settings.thresholds[axis][0] },
      },
    });
  }
  blocks.push({ type: 'heading', text: 'B. Capaian indikator per program' });
  for (const table of inputs.tables.tables) {
    if (table.layout === 'rubric') continue;
    const groups = programmesOf(table);
    const byProgramme: { name: string; codes: string[] }[] =
      groups.length > 0
        ? groups.map((g) => ({
            name: `${g.number} ${g.name}`.trim(),
            codes: table.rows
              .filter((r) => r.type === 'indicator' && r.programmeCode === g.code)
              .map((r) => r.code),
          }))
        : [
            {
              name: tableName(table),
              codes: table.rows.filter((r) => r.type === 'indicator').map((r) => r.code),
            },
          ];
    for (const programme of byProgramme) {
      const scored = programme.codes
        .map((code) => ({ code, node: inputs.nodes[code] }))
        .filter((x) => x.node && x.node.score !== null);
      if (scored.length < 3) continue;
      blocks.push({
        type: 'chart',
        caption: `Gambar: capaian indikator ${programme.name}`,
        chart: {
          kind: 'radar',
          axes: scored.map(({ code }) => ({
            name: shortName(places.get(code)?.indicator.name ?? code),
            max: 100,
          })),
          series: [
            { name: 'Capaian', values: scored.map(({ node }) => node!.score) },
            { name: 'Target', values: scored.map(() => 100) },
          ],
        },
      });
    }
  }

  const gapRows: ReportRow[] = inputs.gaps.map((g, i) => {
    const indicator = places.get(g.code)?.indicator;
    const unit = g.inCount ? '' : indicator?.unit === '%' ? '%' : '';
    return {
      kind: 'item',
      below: true,
      cells: [
        String(i + 1),
        indicator ? `${indicator.name}` : g.code,
        g.kind === 'rubric' ? '10' : g.target === null ? DASH : `${num(g.target)}${unit}`,
        g.kind === 'missing' ? 'belum diisi' : g.realised === null ? DASH : `${num(g.realised)}${unit}`,
        g.gap === null ? DASH : num(g.gap),
        num(g.score),
      ],
    };
  });
  blocks.push(
    { type: 'heading', text: 'C. Indikator di bawah target' },
    gapRows.length === 0
      ? { type: 'paragraph', text: 'Semua indikator yang dinilai mencapai target.' }
      : {
          type: 'table',
          caption: 'Tabel 5.1 Indikator yang belum mencapai target',
          columns: [
            column('No', 6),
            column('Indikator', 50),
            column('Target', 11, 'right'),
            column('Capaian', 11, 'right'),
            column('Kesenjangan', 11, 'right'),
            column('Skor', 11, 'right'),
          ],
          rows: gapRows,
          note: 'Skor pada skala indikatornya: 0–100 untuk pelayanan dan mutu, 0–10 untuk butir manajemen.',
        },
  );

  const problems = inputs.analysis.problems;
  blocks.push({ type: 'heading', text: 'D. Masalah, penyebab dan prioritas' });
  if (problems.length === 0)
    blocks.push({ type: 'paragraph', tone: 'note', text: 'Belum ada masalah yang dirumuskan.' });
  else
    blocks.push({
      type: 'table',
      caption: 'Tabel 5.2 Rumusan masalah, penyebab dan prioritas (USG)',
      columns: [
        column('Prioritas', 8, 'center'),
        column('Indikator', 20),
        column('Masalah', 24),
        column('Penyebab', 32),
        column('U', 4, 'center'),
        column('S', 4, 'center'),
        column('G', 4, 'center'),
        column('Total', 6, 'center'),
      ],
      rows: problems.map((p) => ({
        kind: 'item',
        cells: [
          String(p.rank),
          p.indicator.name,
          p.problem,
          CAUSE_HEADINGS.flatMap((h) => p.causes[h].map((c) => `${causeWord(h)}: ${c}`)).join('\n') || DASH,
          String(p.urgency),
          String(p.seriousness),
          String(p.growth),
          String(p.total),
        ],
      })),
      wide: true,
    });

  const written = inputs.analysis.programmes.filter((p) => p.analysis && p.analysis.text.trim() !== '');
  blocks.push({ type: 'heading', text: 'E. Analisa per program' });
  if (written.length === 0)
    blocks.push({ type: 'paragraph', tone: 'note', text: 'Belum ada analisa program yang ditulis.' });
  for (const p of written) {
    blocks.push({
      type: 'paragraph',
      text: `${p.number} ${p.name} (skor ${nodeFigure(p.axis, p.score)})`.trim(),
    });
    blocks.push(...textBlocks(p.analysis!.text));
  }
  return { id: 'bab-5', label: 'BAB V', title: 'Analisa Capaian Kinerja Tahunan', blocks };
}

const CAUSE_WORDS: Record<(typeof CAUSE_HEADINGS)[number], string> = {
  manusia: 'Manusia',
  metode: 'Metode',
  material: 'Material',
  mesin: 'Mesin/alat',
  dana: 'Dana',
  lingkungan: 'Lingkungan',
};
function causeWord(h: (typeof CAUSE_HEADINGS)[number]): string {
  return CAUSE_WORDS[h];
}

/** A radar's axis label: the indicator's name, cut to what fits around the chart. */
function shortName(name: string): string {
  const clean = name.replace(/^(Cakupan|Persentase|Jumlah|Proporsi)\s+/i, '');
  return clean.length > 28 ? `${clean.slice(0, 26).trimEnd()}…` : clean;
}

const RTL_STATUS_WORDS: Record<string, string> = {
  direncanakan: 'Direncanakan',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
  batal: 'Batal',
};

function followUpChapter(inputs: ReportInputs): ReportChapter {
  const actions = inputs.analysis.actions;
  const when = (d: string | null) => (d ? dateWords(d, 'id') : DASH);
  return {
    id: 'bab-6',
    label: 'BAB VI',
    title: 'Tindak Lanjut Rencana Pemecahan Masalah',
    blocks:
      actions.length === 0
        ? [{ type: 'paragraph', tone: 'note', text: 'Belum ada rencana tindak lanjut (RTL) yang disusun.' }]
        : [
            {
              type: 'paragraph',
              text: `Rencana tindak lanjut (RTL) disusun untuk masalah prioritas pada Bab V: ${actions.length} kegiatan, ${actions.filter((a) => a.status === 'selesai').length} selesai, ${actions.filter((a) => a.overdue).length} melewati batas waktu.`,
            },
            {
              type: 'table',
              caption: 'Tabel 6.1 Rencana tindak lanjut (RTL)',
              columns: [
                column('No', 4),
                column('Indikator', 14),
                column('Kegiatan', 20),
                column('Target', 12),
                column('Penanggung jawab', 11),
                column('Jadwal', 12),
                column('Sumber dana', 8),
                column('Status', 7),
                column('Tindak lanjut', 12),
              ],
              rows: actions.map((a, i) => ({
                kind: 'item',
                below: a.overdue,
                cells: [
                  String(i + 1),
                  a.indicator.name,
                  a.action,
                  a.target,
                  a.personInCharge,
                  `${when(a.startOn)} – ${when(a.dueOn)}`,
                  a.budgetSource ?? DASH,
                  (RTL_STATUS_WORDS[a.status] ?? a.status) + (a.overdue ? ' (terlambat)' : ''),
                  a.followUp ?? DASH,
                ],
              })),
              wide: true,
            },
          ],
  };
}

function closingChapter(inputs: ReportInputs): ReportChapter {
  const r = inputs.result;
  const conclusions = [
    `Kinerja pelayanan kesehatan ${inputs.unit.name} tahun ${inputs.year} sebesar ${percent(r.service)}, kategori ${categoryWords(r.serviceCategory)}.`,
    `Kinerja manajemen bernilai ${num(r.management)}, kategori ${categoryWords(r.managementCategory)}; kinerja mutu ${axisFigure('quality', r.quality)}, kategori ${categoryWords(r.qualityCategory)}.`,
    r.kelompok
      ? `Secara keseluruhan ${inputs.unit.name} termasuk kategori ${categoryWords(r.overallCategory)} dan Kelompok ${r.kelompok}${inputs.standing?.rank ? `, peringkat ${inputs.standing.rank} dari ${inputs.standing.of} Puskesmas dalam kelompoknya` : ''}.`
      : 'Kategori keseluruhan dan kelompok belum dapat ditentukan.',
    inputs.gaps.length > 0
      ? `${inputs.gaps.length} indikator belum mencapai target; ${inputs.analysis.problems.length} masalah dirumuskan dan ${inputs.analysis.actions.length} kegiatan tindak lanjut direncanakan.`
      : 'Semua indikator yang dinilai mencapai target.',
  ];
  return {
    id: 'bab-7',
    label: 'BAB VII',
    title: 'Penutup',
    blocks: [
      { type: 'heading', text: 'A. Kesimpulan' },
      { type: 'list', items: conclusions },
      { type: 'heading', text: 'B. Saran' },
      ...textBlocks(inputs.texts.penutup.text),
    ],
  };
}

function calculationAppendix(inputs: ReportInputs): ReportChapter {
  const places = indicatorPlaces(inputs.catalog);
  const rows: ReportRow[] = [];
  for (const table of inputs.tables.tables) {
    rows.push({ kind: 'group', cells: ['', tableName(table), ''] });
    const axis = CLUSTER_AXIS[table.cluster];
    for (const row of table.rows) {
      if (row.type === 'group') continue;
      const node = inputs.nodes[row.code];
      const indicator = row.type === 'indicator' ? places.get(row.code)?.indicator : undefined;
      const words = indicator ? { unit: indicator.unit, sasaran: sasaranNoun(indicator) } : undefined;
      rows.push({
        kind: 'item',
        cells: [
          row.number,
          row.name,
          node ? explanationSentence(node, { axis, depth: 4, words }, 'id') : 'Tidak dinilai.',
        ],
      });
    }
  }
  return {
    id: 'lampiran-a',
    label: 'LAMPIRAN A',
    title: 'Tabel Perhitungan',
    blocks: [
      {
        type: 'paragraph',
        text: 'Setiap indikator dengan masukan, perhitungan dan skornya, seperti yang dihitung aplikasi (lihat docs/scoring.md).',
      },
      {
        type: 'table',
        caption: 'Tabel A.1 Perhitungan per indikator',
        columns: [column('No', 6), column('Indikator', 34), column('Perhitungan', 60)],
        rows,
      },
    ],
  };
}

function meetingsAppendix(inputs: ReportInputs): ReportChapter {
  const evidenceWords = (e: Partial<Record<string, number>>) =>
    [
      e.attendance ? `${e.attendance} daftar hadir` : '',
      e.minutes ? `${e.minutes} notulen` : '',
      e.photo ? `${e.photo} foto` : '',
      e.document ? `${e.document} dokumen` : '',
    ]
      .filter((w) => w !== '')
      .join(', ') || DASH;
  const meetings = [...inputs.meetings].sort((a, b) => a.meeting.heldOn.localeCompare(b.meeting.heldOn));
  const blocks: ReportBlock[] =
    meetings.length === 0
      ? [{ type: 'paragraph', tone: 'note', text: 'Belum ada pertemuan yang dicatat.' }]
      : [
          {
            type: 'table',
            caption: 'Tabel B.1 Pertemuan, kehadiran dan bukti',
            columns: [
              column('No', 5),
              column('Tanggal', 14),
              column('Jenis', 18),
              column('Judul', 27),
              column('Hadir', 9, 'right'),
              column('Keputusan', 9, 'right'),
              column('Bukti', 18),
            ],
            rows: meetings.map(({ meeting, evidence }, i) => ({
              kind: 'item',
              cells: [
                String(i + 1),
                dateWords(meeting.heldOn, 'id'),
                MEETING_KIND_WORDS[meeting.kind],
                meeting.title,
                `${meeting.participants.filter((p) => p.present).length}/${meeting.participants.length}`,
                String(meeting.decisions.length),
                evidenceWords(evidence),
              ],
            })),
          },
          ...meetings.flatMap(({ meeting }): ReportBlock[] =>
            meeting.minutes.trim() === '' && meeting.decisions.length === 0
              ? []
              : [
                  { type: 'heading', text: `${dateWords(meeting.heldOn, 'id')} — ${meeting.title}` },
                  ...textBlocks(meeting.minutes),
                  ...(meeting.decisions.length > 0
                    ? [{ type: 'list', items: meeting.decisions.map((d) => d.text) } as ReportBlock]
                    : []),
                ],
          ),
        ];
  return { id: 'lampiran-b', label: 'LAMPIRAN B', title: 'Pertemuan dan Bukti', blocks };
}
