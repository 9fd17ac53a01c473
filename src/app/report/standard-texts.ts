// The words of the annual report that are not figures: the foreword, Bab I and the advice of Bab VII.
// The district sets its standard text for a year and a Puskesmas may adapt it in its own report
// (report-texts.ts resolves which one applies); these are the texts pkp starts from, written after
// the Pati decree (SK 800/0022, diktum KEDUA) and the PKP guideline it follows. `{puskesmas}`,
// `{district}` and `{year}` are filled in when the report is made.

import type { ReportTextSection } from '../../shared/report-document.ts';

/** Paragraphs separated by a blank line; a line starting with "## " is a sub-heading. */
export const STANDARD_TEXTS: Record<ReportTextSection, string> = {
  'kata-pengantar': [
    'Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya laporan Penilaian Kinerja {puskesmas} Tahun {year} dapat kami susun.',
    'Laporan ini memuat profil Puskesmas, target dan hasil kinerja tahunan pelayanan kesehatan, manajemen dan mutu, analisa capaian serta rencana tindak lanjut, sesuai sistematika yang ditetapkan Dinas Kesehatan {district}.',
    'Kami menyampaikan terima kasih kepada seluruh pegawai Puskesmas, lintas sektor dan masyarakat yang telah mendukung pelaksanaan program. Kritik dan saran untuk perbaikan kinerja kami terima dengan senang hati.',
  ].join('\n\n'),
  pendahuluan: [
    '## A. Latar Belakang',
    'Puskesmas sebagai fasilitas pelayanan kesehatan tingkat pertama menyelenggarakan upaya kesehatan masyarakat dan upaya kesehatan perseorangan di wilayah kerjanya. Untuk menjamin mutu penyelenggaraan tersebut, Puskesmas perlu menilai kinerjanya sendiri secara berkala dan hasilnya diverifikasi oleh Dinas Kesehatan.',
    'Penilaian Kinerja Puskesmas (PKP) adalah upaya Puskesmas untuk menilai capaian kinerjanya dalam satu tahun, meliputi cakupan pelayanan kesehatan (SPM, UKM Esensial dan Perkesmas, UKM Pengembangan, UKP), manajemen Puskesmas, dan mutu pelayanan.',
    '## B. Tujuan',
    'Tujuan umum: meningkatnya fungsi Puskesmas melalui penilaian kinerja tahunan. Tujuan khusus: diketahuinya tingkat capaian kinerja Puskesmas, masalah dan penyebabnya, serta disusunnya rencana tindak lanjut untuk tahun berikutnya.',
    '## C. Manfaat',
    'Hasil penilaian menjadi bahan perencanaan Puskesmas tahun berikutnya, dasar pengelompokan Puskesmas oleh Dinas Kesehatan {district} ke dalam Kelompok I, II dan III, serta bukti pemenuhan standar akreditasi (kriteria 2.7.1, 2.8.3 dan 2.8.4).',
    '## D. Ruang Lingkup',
    'Penilaian mencakup periode Januari sampai Desember {year}: kinerja pelayanan kesehatan, kinerja manajemen Puskesmas pada dua belas bidang, dan kinerja mutu Puskesmas.',
  ].join('\n\n'),
  penutup: [
    'Demikian laporan Penilaian Kinerja {puskesmas} Tahun {year}. Hasil penilaian ini menjadi dasar penyusunan rencana kerja tahun berikutnya dan perbaikan kinerja yang berkesinambungan.',
    'Saran: rencana tindak lanjut pada Bab VI dilaksanakan dan dipantau dalam lokakarya mini bulanan, capaian dilaporkan setiap bulan kepada Dinas Kesehatan {district}, dan umpan balik Dinas Kesehatan ditindaklanjuti.',
  ].join('\n\n'),
};

/** The placeholders filled in. */
export function fillStandardText(
  text: string,
  words: { puskesmas: string; district: string; year: number },
): string {
  return text
    .replaceAll('{puskesmas}', words.puskesmas)
    .replaceAll('{district}', words.district)
    .replaceAll('{year}', String(words.year));
}
