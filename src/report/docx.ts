// The report document as DOCX (docx): the same chapters, tables and charts as the PDF, for the
// Puskesmas to adapt in Word before signing. Table headers repeat on every page; chapters with wide
// tables are landscape sections; charts are the same PNGs the PDF embeds.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type {
  CellAlign,
  ReportBlock,
  ReportChapter,
  ReportDocument,
  ReportTable,
} from '../shared/report-document.ts';
import { chartPng } from './charts.ts';

const FONT = 'Arial';
const KURANG = 'B3261E';
const GROUP_FILL = 'EEF1F4';
const HEADER_FILL = 'DDE3EA';
// Twips (1/1440 inch) and half-points, as Word counts them.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1000;

const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function lines(text: string, run: { bold?: boolean; color?: string; size?: number; italics?: boolean } = {}) {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, font: FONT, ...run }));
}

function cell(
  text: string,
  options: { align: CellAlign; bold?: boolean; fill?: string; color?: string; width: number },
) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: ALIGN[options.align],
        children: lines(text, {
          size: 15,
          ...(options.bold ? { bold: true } : {}),
          ...(options.color ? { color: options.color } : {}),
        }),
      }),
    ],
  });
}

/** Column widths in twips across `contentWidth`: Word and LibreOffice both keep fixed widths. */
function columnWidths(relative: readonly number[], contentWidth: number): number[] {
  const total = relative.reduce((n, w) => n + w, 0);
  return relative.map((w) => Math.floor((w / total) * contentWidth));
}

function tableBlocks(table: ReportTable, contentWidth: number): (Paragraph | Table)[] {
  const widths = columnWidths(
    table.columns.map((c) => c.width),
    contentWidth,
  );
  const border = { style: BorderStyle.SINGLE, size: 4, color: '8A949E' };
  return [
    new Paragraph({
      children: lines(table.caption, { bold: true, size: 18 }),
      spacing: { before: 120, after: 60 },
      keepNext: true,
    }),
    new Table({
      width: { size: contentWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: table.columns.map((c, i) =>
            cell(c.title, { align: 'center', bold: true, fill: HEADER_FILL, width: widths[i]! }),
          ),
        }),
        ...table.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.cells.map((text, i) => {
                const column = table.columns[i]!;
                const base = { align: column.align, width: widths[i]! };
                if (row.kind === 'group') return cell(text, { ...base, bold: true, fill: GROUP_FILL });
                if (row.kind === 'total') return cell(text, { ...base, bold: true });
                return cell(text, row.below && column.align === 'right' ? { ...base, color: KURANG } : base);
              }),
            }),
        ),
      ],
    }),
    ...(table.note
      ? [
          new Paragraph({
            children: lines(table.note, { italics: true, size: 15, color: '4A5560' }),
            spacing: { after: 160 },
          }),
        ]
      : [new Paragraph({ children: [], spacing: { after: 120 } })]),
  ];
}

/** The text block's width of a page, in twips, and in CSS pixels (for images). */
interface PageWidth {
  twips: number;
  px: number;
}

function blockContent(block: ReportBlock, doc: ReportDocument, page: PageWidth): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: lines(block.text, { bold: true, size: 23 }),
          spacing: { before: 200, after: 80 },
          keepNext: true,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: block.tone === 'note' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
          children: lines(
            block.text,
            block.tone === 'note' ? { italics: true, size: 16, color: '4A5560' } : { size: 20 },
          ),
          spacing: { after: 120 },
        }),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            children: lines(item, { size: 20 }),
            spacing: { after: 60 },
          }),
      );
    case 'facts': {
      const widths = columnWidths([35, 65], page.twips);
      const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
      const line = { style: BorderStyle.SINGLE, size: 2, color: 'C8CED4' };
      return [
        new Table({
          width: { size: page.twips, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          borders: {
            top: line,
            bottom: line,
            left: none,
            right: none,
            insideHorizontal: line,
            insideVertical: none,
          },
          rows: block.rows.map(
            (r) =>
              new TableRow({
                children: [
                  cell(r.label, { align: 'left', bold: true, width: widths[0]! }),
                  cell(r.value, { align: 'left', width: widths[1]! }),
                ],
              }),
          ),
        }),
        new Paragraph({ children: [], spacing: { after: 120 } }),
      ];
    }
    case 'table':
      return tableBlocks(block, page.twips);
    case 'chart': {
      const { png, size } = chartPng(block.chart);
      const width = Math.min(page.px, size.width * 0.9);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width, height: (size.height * width) / size.width },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: lines(block.caption, { bold: true, size: 18 }),
          spacing: { after: 160 },
        }),
      ];
    }
    case 'contents':
      // Word fills page numbers only when asked to update fields; the chapters are listed as they are.
      return doc.chapters
        .filter((c) => c.id !== 'daftar-isi')
        .map(
          (c) =>
            new Paragraph({
              children: lines([c.label, c.title].filter((t) => t).join(' '), { size: 20 }),
              spacing: { after: 80 },
            }),
        );
  }
}

function footer(doc: ReportDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: `${doc.meta.footer} · Halaman `, font: FONT, size: 14, color: '4A5560' }),
          new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 14, color: '4A5560' }),
          new TextRun({ text: ' dari ', font: FONT, size: 14, color: '4A5560' }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 14, color: '4A5560' }),
        ],
      }),
    ],
  });
}

function chapterSection(chapter: ReportChapter, doc: ReportDocument): ISectionOptions {
  const wide = chapter.blocks.some((b) => b.type === 'table' && b.wide === true);
  const twips = (wide ? A4.height : A4.width) - 2 * MARGIN;
  const page: PageWidth = { twips, px: (twips / 1440) * 96 };
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: wide ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    footers: { default: footer(doc) },
    children: [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: chapter.label
          ? [
              ...lines(chapter.label, { bold: true, size: 30 }),
              ...lines(`\n${chapter.title.toUpperCase()}`, { bold: true, size: 30 }),
            ]
          : lines(chapter.title.toUpperCase(), { bold: true, size: 30 }),
      }),
      ...chapter.blocks.flatMap((b) => blockContent(b, doc, page)),
    ],
  };
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const { meta } = doc;
  const centred = (text: string, size: number, bold = false, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before },
      children: lines(text, { size, bold }),
    });
  const cover: ISectionOptions = {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    children: [
      centred(meta.title.toUpperCase(), 44, true, 3600),
      centred(meta.subtitle, 28),
      centred(meta.organisation, 36, true, 1200),
      centred(meta.issuer, 28),
      centred(meta.stageWords, 18, false, 1200),
      centred(`Angka dihitung ${meta.computedAt}; dokumen dibuat ${meta.generatedAt}.`, 18),
    ],
  };
  const document = new Document({
    creator: 'pkp',
    title: `${meta.title} ${meta.organisation} ${meta.subtitle}`,
    description: meta.stageWords,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [...(meta.cover ? [cover] : []), ...doc.chapters.map((c) => chapterSection(c, doc))],
  });
  return Packer.toBuffer(document);
}
