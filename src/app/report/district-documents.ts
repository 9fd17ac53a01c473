// The district's documents beside the annual reports: the recap of every Puskesmas with its Kelompok
// and rank (what Dinkes files and announces), and a feedback letter to one Puskesmas as sent. Both
// are report documents (shared/report-document.ts), so they print in PDF and DOCX like the report.
import { dateWords } from '../../shared/calendar-words.ts';
import type { FeedbackLetterView, FeedbackView } from '../../shared/api/feedback.schema.ts';
import type { ReportDocument, ReportRow } from '../../shared/report-document.ts';
import type { DistrictRecap, RecapStage } from '../recap.ts';
import { column } from './report-columns.ts';
import { axisFigure, categoryWords, DASH, dateTimeWords, num, percent, STAGE_WORDS } from './report-words.ts';

const RECAP_STAGE_WORDS: Record<RecapStage, string> = {
  ...STAGE_WORDS,
  current: 'Angka terkini tiap Puskesmas (hasil verifikasi bila sudah diajukan)',
};

export function recapDocument(recap: DistrictRecap, now: Date): ReportDocument {
  const rows: ReportRow[] = [];
  let group: string | null | undefined;
  for (const r of recap.rows) {
    if (r.kelompok !== group) {
      group = r.kelompok;
      rows.push({
        kind: 'group',
        cells: ['', group ? `Kelompok ${group}` : 'Belum dapat dikelompokkan', '', '', '', '', '', '', ''],
      });
    }
    rows.push({
      kind: 'item',
      below: r.overallCategory === 'Kurang',
      cells: [
        r.rank === null ? DASH : String(r.rank),
        `${r.puskesmas.name}${r.puskesmas.rawatInap ? ' (RI)' : ''}`,
        percent(r.service),
        categoryWords(r.serviceCategory),
        num(r.management),
        categoryWords(r.managementCategory),
        axisFigure('quality', r.quality),
        categoryWords(r.qualityCategory),
        categoryWords(r.overallCategory),
      ],
    });
  }
  const count = (k: string | null) => recap.rows.filter((r) => r.kelompok === k).length;
  return {
    meta: {
      title: 'Rekapitulasi Penilaian Kinerja Puskesmas',
      subtitle: `Tahun ${recap.year}`,
      organisation: `Dinas Kesehatan ${recap.district.name}`,
      issuer: `Dinas Kesehatan ${recap.district.name}`,
      year: recap.year,
      stageWords: RECAP_STAGE_WORDS[recap.stage],
      computedAt: dateTimeWords(now),
      generatedAt: dateTimeWords(now),
      footer: `Rekap PKP ${recap.district.name} ${recap.year} · ${RECAP_STAGE_WORDS[recap.stage]}`,
      cover: false,
    },
    chapters: [
      {
        id: 'rekap',
        label: '',
        title: `Rekapitulasi Penilaian Kinerja Puskesmas ${recap.district.name} Tahun ${recap.year}`,
        blocks: [
          {
            type: 'paragraph',
            text: `${recap.rows.length} Puskesmas: Kelompok I ${count('I')}, Kelompok II ${count('II')}, Kelompok III ${count('III')}. Peringkat di dalam kelompok menurut skor rinci. Angka: ${RECAP_STAGE_WORDS[recap.stage].toLowerCase()}; dibuat ${dateTimeWords(now)}.`,
          },
          {
            type: 'table',
            caption: 'Tabel 1 Kelompok dan peringkat Puskesmas',
            wide: true,
            columns: [
              column('Peringkat', 8, 'center'),
              column('Puskesmas', 26),
              column('Pelayanan', 10, 'right'),
              column('Kategori', 9),
              column('Manajemen', 10, 'right'),
              column('Kategori', 9),
              column('Mutu', 10, 'right'),
              column('Kategori', 9),
              column('Kategori keseluruhan', 9),
            ],
            rows,
            note: 'RI: Puskesmas rawat inap. Kelompok I: kinerja baik; Kelompok II: cukup; Kelompok III: kurang.',
          },
        ],
      },
    ],
  };
}

export function feedbackLetterDocument(
  view: FeedbackView,
  letter: FeedbackLetterView,
  now: Date,
): ReportDocument {
  const district = view.district.name;
  const about = (p: FeedbackLetterView['points'][number]) =>
    p.topic ? `${p.topic.number} ${p.topic.name}`.trim() : 'Penilaian secara keseluruhan';
  return {
    meta: {
      title: 'Umpan Balik Hasil Penilaian Kinerja Puskesmas',
      subtitle: `Tahun ${view.year}`,
      organisation: view.puskesmas.name,
      issuer: `Dinas Kesehatan ${district}`,
      year: view.year,
      stageWords: letter.status === 'sent' ? 'Surat terkirim' : 'Konsep (belum dikirim)',
      computedAt: dateTimeWords(now),
      generatedAt: dateTimeWords(now),
      footer: `Umpan balik ${view.puskesmas.name} ${view.year} · Nomor ${letter.number || DASH}`,
      cover: false,
    },
    chapters: [
      {
        id: 'surat',
        label: '',
        title: `Dinas Kesehatan ${district}`,
        blocks: [
          {
            type: 'facts',
            rows: [
              { label: 'Nomor', value: letter.number || DASH },
              { label: 'Tanggal', value: dateWords(letter.datedOn, 'id') },
              { label: 'Perihal', value: `Umpan balik hasil Penilaian Kinerja Puskesmas tahun ${view.year}` },
              { label: 'Kepada', value: `Kepala ${view.puskesmas.name}` },
            ],
          },
          { type: 'paragraph', text: letter.summary || DASH },
          {
            type: 'table',
            caption: 'Butir umpan balik dan tindak lanjutnya',
            columns: [
              column('No', 6),
              column('Tentang', 24),
              column('Umpan balik', 40),
              column('Tindak lanjut Puskesmas', 30),
            ],
            rows: letter.points.map((p, i) => ({
              kind: 'item',
              cells: [
                String(i + 1),
                about(p),
                p.text,
                p.followUp ? `${p.followUp.text} (${p.followUp.status})` : DASH,
              ],
            })),
          },
          { type: 'paragraph', text: `${letter.signerTitle}\n\n\n${letter.signerName}` },
        ],
      },
    ],
  };
}
