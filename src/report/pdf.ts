// The report document as PDF (pdfmake): A4, Roboto embedded, every chapter on a new page (landscape
// where its tables are wide), table headers repeated on every page, a table of contents with page
// numbers, charts as PNG. Lays out `ReportDocument` only: the words and figures are the model's.
import pdfmake from 'pdfmake';
import type { Content, TableCell } from 'pdfmake';
import type { ReportBlock, ReportChapter, ReportDocument, ReportTable } from '../shared/report-document.ts';
import { chartSize, chartSvg } from './charts.ts';
import { FONT_FAMILY, FONT_FILES, fontPath } from './fonts.ts';

type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];

const FONT_PATHS = Object.fromEntries(
  Object.entries(FONT_FILES).map(([face, file]) => [face, fontPath(file)]),
) as Record<keyof typeof FONT_FILES, string>;
const ALLOWED = new Set(Object.values(FONT_PATHS));

// Nothing but the bundled fonts is ever read, and nothing is fetched: a report renders offline and a
// stray URL or path in a text can never make the server read a file or call out.
pdfmake.setFonts({ [FONT_FAMILY]: FONT_PATHS });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => ALLOWED.has(path));

const KURANG = '#b3261e';
const GROUP_FILL = '#eef1f4';
const HEADER_FILL = '#dde3ea';

function isWide(chapter: ReportChapter): boolean {
  return chapter.blocks.some((b) => b.type === 'table' && b.wide === true);
}

function tableContent(table: ReportTable): Content {
  const total = table.columns.reduce((n, c) => n + c.width, 0);
  const header: TableCell[] = table.columns.map((c) => ({
    text: c.title,
    bold: true,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const body: TableCell[][] = [
    header,
    ...table.rows.map((row) =>
      row.cells.map((text, i): TableCell => {
        const column = table.columns[i];
        const cell: TableCell = { text, alignment: column?.align ?? 'left' };
        if (row.kind === 'group') return { ...cell, bold: true, fillColor: GROUP_FILL };
        if (row.kind === 'total') return { ...cell, bold: true };
        return row.below && column?.align === 'right' ? { ...cell, color: KURANG } : cell;
      }),
    ),
  ];
  return {
    stack: [
      { text: table.caption, style: 'caption' },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: table.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`),
          body,
        },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#8a949e',
          vLineColor: () => '#8a949e',
          paddingTop: () => 2,
          paddingBottom: () => 2,
        },
        fontSize: 7.5,
      },
      ...(table.note ? [{ text: table.note, style: 'note' } as Content] : []),
    ],
    margin: [0, 4, 0, 10],
  };
}

function blockContent(block: ReportBlock, pageWidth: number): Content {
  switch (block.type) {
    case 'heading':
      return { text: block.text, style: 'h2' };
    case 'paragraph':
      return { text: block.text, style: block.tone === 'note' ? 'note' : 'body' };
    case 'list':
      // A copy: pdfmake rewrites the arrays it lays out, and the model is shared with other renderers.
      return { ul: [...block.items], style: 'body' };
    case 'facts':
      return {
        table: {
          widths: ['35%', '65%'],
          body: block.rows.map((r) => [{ text: r.label, bold: true }, { text: r.value }]),
        },
        layout: 'lightHorizontalLines',
        margin: [0, 4, 0, 10],
      };
    case 'table':
      return tableContent(block);
    case 'chart': {
      // Vector in the PDF: sharp at any zoom, and far cheaper than a PNG with an alpha channel.
      const size = chartSize(block.chart);
      const width = Math.min(pageWidth, size.width * 0.75);
      return {
        stack: [
          { svg: chartSvg(block.chart, size), width, alignment: 'center' },
          { text: block.caption, style: 'caption', alignment: 'center' },
        ],
        unbreakable: true,
        margin: [0, 4, 0, 10],
      };
    }
    case 'contents':
      return { toc: { title: { text: '' }, numberStyle: { bold: false } } };
  }
}

function chapterContent(chapter: ReportChapter, index: number, cover: boolean): Content[] {
  const wide = isWide(chapter);
  const pageWidth = wide ? 842 - 80 : 595 - 100;
  const title = [chapter.label, chapter.title].filter((t) => t !== '').join(' ');
  return [
    {
      text: chapter.label
        ? [{ text: `${chapter.label}\n` }, { text: chapter.title.toUpperCase() }]
        : chapter.title.toUpperCase(),
      style: 'h1',
      tocItem: chapter.id !== 'daftar-isi',
      tocMargin: [0, 2, 0, 0],
      ...(chapter.id === 'daftar-isi' ? {} : { tocText: title }),
      ...(cover || index > 0 ? { pageBreak: 'before' } : {}),
      pageOrientation: wide ? 'landscape' : 'portrait',
      id: chapter.id,
    } as Content,
    ...chapter.blocks.map((b) => blockContent(b, pageWidth)),
  ];
}

export function pdfDefinition(doc: ReportDocument): TDocumentDefinitions {
  const { meta } = doc;
  const cover: Content = {
    stack: [
      { text: meta.title.toUpperCase(), style: 'coverTitle', margin: [0, 180, 0, 8] },
      { text: meta.subtitle, style: 'coverSubtitle' },
      { text: meta.organisation, style: 'coverOrg', margin: [0, 60, 0, 4] },
      { text: meta.issuer, style: 'coverSubtitle' },
      { text: meta.stageWords, style: 'coverNote', margin: [0, 60, 0, 2] },
      { text: `Angka dihitung ${meta.computedAt}; dokumen dibuat ${meta.generatedAt}.`, style: 'coverNote' },
    ],
    alignment: 'center',
  };
  return {
    info: {
      title: `${meta.title} ${meta.organisation} ${meta.subtitle}`,
      author: meta.organisation,
      subject: meta.stageWords,
      creator: 'pkp',
    },
    pageSize: 'A4',
    pageMargins: [50, 50, 40, 50],
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.2 },
    styles: {
      coverTitle: { fontSize: 22, bold: true },
      coverSubtitle: { fontSize: 14 },
      coverOrg: { fontSize: 18, bold: true },
      coverNote: { fontSize: 9, color: '#4a5560' },
      h1: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 14] },
      h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      body: { fontSize: 10, alignment: 'justify', margin: [0, 0, 0, 6] },
      note: { fontSize: 8, italics: true, color: '#4a5560', margin: [0, 2, 0, 6] },
      caption: { fontSize: 9, bold: true, margin: [0, 4, 0, 3] },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: meta.footer, fontSize: 7.5, color: '#4a5560' },
        { text: `Halaman ${page} dari ${pages}`, fontSize: 7.5, alignment: 'right', color: '#4a5560' },
      ],
      margin: [50, 16, 40, 0],
    }),
    ...(doc.chapters.some(isWide) && !meta.cover ? { pageOrientation: 'landscape' } : {}),
    content: [
      ...(meta.cover ? [cover] : []),
      ...doc.chapters.flatMap((chapter, i) => chapterContent(chapter, i, meta.cover)),
    ],
  };
}

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  return pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
}
