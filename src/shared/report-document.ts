// A report as a document model: chapters of headings, paragraphs, label/value lists, tables and
// charts, every number already written out as the reader sees it. The app builds it once from its
// read models (app/report/); the PDF and DOCX renderers (src/report/) and the screen only lay it out,
// so the three can never print different figures.

/** The report's texts a district sets as its standard and a Puskesmas may adapt (app/report/standard-texts.ts). */
export const REPORT_TEXT_SECTIONS = ['kata-pengantar', 'pendahuluan', 'penutup'] as const;
export type ReportTextSection = (typeof REPORT_TEXT_SECTIONS)[number];

/** The files a document is made as. */
export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportDocument {
  /** The file's title and what the cover says. */
  meta: ReportMeta;
  /** Kata Pengantar, Bab I … VII, Lampiran: each a chapter that starts on a new page. */
  chapters: ReportChapter[];
}

export interface ReportMeta {
  title: string;
  subtitle: string;
  /** Who the report is of ("UPT Puskesmas Margorejo"). */
  organisation: string;
  /** The district and its health office, for the cover. */
  issuer: string;
  year: number;
  /** Which figures the report prints, in words ("Hasil verifikasi Dinas Kesehatan"). */
  stageWords: string;
  /** When the figures were computed, and when the document was made (WIB, in words). */
  computedAt: string;
  generatedAt: string;
  /** For the running footer. */
  footer: string;
  /** False for a letter or a one-table recap: no cover page, the first chapter starts on page 1. */
  cover: boolean;
}

export interface ReportChapter {
  /** Stable id ("bab-1"): the table of contents and tests find chapters by it. */
  id: string;
  /** "BAB I", or empty for the front matter and appendices. */
  label: string;
  title: string;
  blocks: ReportBlock[];
}

export type ReportBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; tone?: 'note' }
  | { type: 'facts'; rows: ReportFact[] }
  | { type: 'list'; items: string[] }
  | ReportTable
  | ReportChart
  /** The chapters with their titles (Daftar Isi); the PDF adds page numbers. */
  | { type: 'contents' };

export interface ReportFact {
  label: string;
  value: string;
}

export type CellAlign = 'left' | 'center' | 'right';

export interface ReportColumn {
  title: string;
  /** Relative width. */
  width: number;
  align: CellAlign;
}

export interface ReportRow {
  /** `group`: a programme or variable heading spanning the row; `total`: a summary line. */
  kind: 'item' | 'group' | 'total';
  cells: string[];
  /** Marks a figure below its target (printed in the "kurang" colour). */
  below?: boolean;
}

export interface ReportTable {
  type: 'table';
  /** "Tabel 4.1 Capaian SPM". */
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Printed under the table (sources, what a dash means). */
  note?: string;
  /** Landscape pages in print, for the wide calculation tables. */
  wide?: boolean;
}

/** A chart as data; each renderer draws it without a browser (ECharts on the server). */
export interface ReportChart {
  type: 'chart';
  caption: string;
  chart: ChartSpec;
}

export type ChartSpec =
  | {
      kind: 'radar';
      /** The axes (indicator or programme names) with their maximum. */
      axes: { name: string; max: number }[];
      series: { name: string; values: (number | null)[] }[];
    }
  | {
      kind: 'bar';
      categories: string[];
      series: { name: string; values: (number | null)[] }[];
      /** The scale's maximum (100 for percentages, 10 for the management score). */
      max: number;
      /** A line across the bars (the threshold of "Baik"). */
      line?: { name: string; value: number };
    };
