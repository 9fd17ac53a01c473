// A report as a document model: chapters of headings, paragraphs, label/value lists, tables and
// charts, every number already written out as the reader sees it. The app builds it once from its
// read models (app/report/); the PDF and DOCX renderers (src/report/) and the screen's preview only
// lay it out, so the three can never print different figures. The zod schemas are the one source of
// its types (the preview's API answer is checked against them).
import { z } from 'zod';

/** The report's texts a district sets as its standard and a Puskesmas may adapt (app/report/standard-texts.ts). */
export const REPORT_TEXT_SECTIONS = ['kata-pengantar', 'pendahuluan', 'penutup'] as const;
export type ReportTextSection = (typeof REPORT_TEXT_SECTIONS)[number];

/** The files a document is made as. */
export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ReportMeta = z.object({
  title: z.string(),
  subtitle: z.string(),
  /** Who the report is of ("UPT Puskesmas Margorejo"). */
  organisation: z.string(),
  /** The district and its health office, for the cover. */
  issuer: z.string(),
  year: z.number().int(),
  /** Which figures the report prints, in words ("Hasil verifikasi Dinas Kesehatan"). */
  stageWords: z.string(),
  /** When the figures were computed, and when the document was made (WIB, in words). */
  computedAt: z.string(),
  generatedAt: z.string(),
  /** For the running footer. */
  footer: z.string(),
  /** False for a letter or a one-table recap: no cover page, the first chapter starts on page 1. */
  cover: z.boolean(),
});
export type ReportMeta = z.infer<typeof ReportMeta>;

export const CellAlign = z.enum(['left', 'center', 'right']);
export type CellAlign = z.infer<typeof CellAlign>;

export const ReportColumn = z.object({
  title: z.string(),
  /** Relative width. */
  width: z.number(),
  align: CellAlign,
});
export type ReportColumn = z.infer<typeof ReportColumn>;

export const ReportRow = z.object({
  /** `group`: a programme or variable heading spanning the row; `total`: a summary line. */
  kind: z.enum(['item', 'group', 'total']),
  cells: z.array(z.string()),
  /** Marks a figure below its target (printed in the "kurang" colour). */
  below: z.boolean().optional(),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ReportTable = z.object({
  type: z.literal('table'),
  /** "Tabel 4.1 Hasil Standar Pelayanan Minimal (SPM)". */
  caption: z.string(),
  columns: z.array(ReportColumn),
  rows: z.array(ReportRow),
  /** Printed under the table (what a dash means). */
  note: z.string().optional(),
  /** Landscape pages in print, for the wide calculation tables. */
  wide: z.boolean().optional(),
});
export type ReportTable = z.infer<typeof ReportTable>;

const Series = z.object({ name: z.string(), values: z.array(z.number().nullable()) });

/** A chart as data; each renderer draws it without a browser (ECharts on the server). */
export const ChartSpec = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('radar'),
    /** The axes (indicator or programme names) with their maximum. */
    axes: z.array(z.object({ name: z.string(), max: z.number() })),
    series: z.array(Series),
  }),
  z.object({
    kind: z.literal('bar'),
    categories: z.array(z.string()),
    series: z.array(Series),
    /** The scale's maximum (100 for percentages, 10 for the management score). */
    max: z.number(),
    /** A line across the bars (the threshold of "Baik"). */
    line: z.object({ name: z.string(), value: z.number() }).optional(),
  }),
]);
export type ChartSpec = z.infer<typeof ChartSpec>;

export const ReportChart = z.object({ type: z.literal('chart'), caption: z.string(), chart: ChartSpec });
export type ReportChart = z.infer<typeof ReportChart>;

export const ReportFact = z.object({ label: z.string(), value: z.string() });
export type ReportFact = z.infer<typeof ReportFact>;

export const ReportBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('paragraph'), text: z.string(), tone: z.literal('note').optional() }),
  z.object({ type: z.literal('facts'), rows: z.array(ReportFact) }),
  z.object({ type: z.literal('list'), items: z.array(z.string()) }),
  ReportTable,
  ReportChart,
  /** The chapters with their titles (Daftar Isi); the PDF adds page numbers. */
  z.object({ type: z.literal('contents') }),
]);
export type ReportBlock = z.infer<typeof ReportBlock>;

export const ReportChapter = z.object({
  /** Stable id ("bab-1"): the table of contents and tests find chapters by it. */
  id: z.string(),
  /** "BAB I", or empty for the front matter and appendices. */
  label: z.string(),
  title: z.string(),
  blocks: z.array(ReportBlock),
});
export type ReportChapter = z.infer<typeof ReportChapter>;

export const ReportDocument = z.object({
  /** The file's title and what the cover says. */
  meta: ReportMeta,
  /** Kata Pengantar, Bab I … VII, Lampiran: each a chapter that starts on a new page. */
  chapters: z.array(ReportChapter),
});
export type ReportDocument = z.infer<typeof ReportDocument>;
