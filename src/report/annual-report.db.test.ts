// The annual report as a reader gets it: the PDF's text and the DOCX's tables hold the decree's
// chapters in order and exactly the model's rows, and the model's figures are the engine's.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import { puskesmasScore } from '../app/puskesmas-score.ts';
import { formatNumber } from '../shared/format.ts';
import type { ReportDocument, ReportTable } from '../shared/report-document.ts';
import { describeOnBackends } from '../../test/db/backends.ts';
import { DEMO_YEAR, demoCatalog, loadSmallDemo, type SmallDemo } from '../../test/db/small-demo.ts';
import { programmesOf } from '../domain/improvement/programmes.ts';
import { renderDocx } from './docx.ts';
import { renderPdf } from './pdf.ts';
import { annualReportDocument } from './report-files.ts';

const run = promisify(execFile);
const now = new Date('2024-02-10T03:00:00Z');

const CHAPTERS = [
  'KATA PENGANTAR',
  'DAFTAR ISI',
  'BAB I',
  'PENDAHULUAN',
  'BAB II',
  'PROFIL PUSKESMAS',
  'BAB III',
  'TARGET KINERJA TAHUNAN',
  'BAB IV',
  'HASIL KINERJA TAHUNAN',
  'BAB V',
  'ANALISA CAPAIAN KINERJA TAHUNAN',
  'BAB VI',
  'TINDAK LANJUT RENCANA PEMECAHAN MASALAH',
  'BAB VII',
  'PENUTUP',
  'LAMPIRAN A',
  'LAMPIRAN B',
];

function tablesOf(doc: ReportDocument): ReportTable[] {
  return doc.chapters.flatMap((c) => c.blocks.filter((b): b is ReportTable => b.type === 'table'));
}

/** Each `w:tbl` of the DOCX as rows of cell texts (paragraph breaks inside a cell as "\n"). */
async function docxTables(bytes: Buffer): Promise<string[][][]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = (fragment: string) =>
    fragment
      .split(/<w:br\/>|<\/w:p>/)
      .map((part) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .filter((line, i, all) => line !== '' || i < all.length - 1)
      .join('\n')
      .replace(/\n+$/, '')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => text(cell[1]!)),
    ),
  );
}

describeOnBackends('the annual report', (backend) => {
  let demo: SmallDemo;
  let doc: ReportDocument;
  let dir: string;
  beforeAll(async () => {
    demo = await loadSmallDemo(backend.store);
    ({ doc } = await annualReportDocument(demo.repos, {
      unit: demo.units[0]!,
      year: DEMO_YEAR,
      stage: 'self',
      now,
    }));
    dir = await mkdtemp(join(tmpdir(), 'pkp-report-test-'));
    return () => rm(dir, { recursive: true, force: true });
  });

  it("prints the engine's figures: the headline and every SPM indicator's score", async () => {
    const score = await puskesmasScore(demo.repos, demo.units[0]!.code, DEMO_YEAR, 'self');
    const facts = doc.chapters.find((c) => c.id === 'bab-4')!.blocks.find((b) => b.type === 'facts')!;
    expect(facts.type === 'facts' && facts.rows[0]!.value).toContain(
      `${formatNumber(score.result.service, 2)}%`,
    );
    const spm = tablesOf(doc).find((t) => t.caption.startsWith('Tabel 4.1'))!;
    const items = spm.rows.filter((r) => r.kind === 'item');
    expect(items).toHaveLength(12);
    const capaian = spm.columns.findIndex((c) => c.title === '% capaian');
    items.forEach((row, i) => {
      const node = score.nodes[`SPM.${String(i + 1).padStart(2, '0')}`]!;
      expect(row.cells[capaian], row.cells[1]).toBe(node.score === null ? '–' : formatNumber(node.score, 2));
    });
    expect(doc.meta.stageWords).toMatch(/Penilaian mandiri/);
  });

  it("prints the target the decree prints on a heading (F1 7, A5 6) on the heading's line in Bab III", () => {
    const heading = (name: string) =>
      tablesOf(doc)
        .filter((t) => t.caption.startsWith('Tabel 3.'))
        .flatMap((t) => t.rows.map((r) => ({ columns: t.columns.map((c) => c.title), row: r })))
        .find(({ row }) => row.kind === 'group' && row.cells[1] === name)!;
    const ptm = heading('Persentase penduduk sesuai kelompok usia yang dilakukan skrining PTM prioritas');
    expect(ptm.row.cells[ptm.columns.indexOf('Target')]).toBe('70');
    expect(ptm.row.cells[ptm.columns.indexOf('Satuan')]).toBe('%');
    const blud = heading('Laporan keuangan BLUD');
    expect(blud.row.cells[blud.columns.indexOf('Target')]).toBe('1 kali setahun');
  });

  it('draws a bar per programme of each cluster in Bab V: the programmes its analysis is written per', () => {
    const bars = doc.chapters
      .find((c) => c.id === 'bab-5')!
      .blocks.flatMap((b) => (b.type === 'chart' && b.chart.kind === 'bar' ? [b] : []));
    const ukm = demoCatalog.clusters.find((c) => c.cluster === 'ukm-esensial')!;
    const chart = bars.find((b) => b.caption.includes('UKM Esensial'))!;
    expect(chart.chart.kind === 'bar' && chart.chart.categories).toEqual(
      programmesOf(demoCatalog)
        .filter((p) => p.clusterCode === ukm.code)
        .map((p) => `${p.number} ${p.name}`.trim()),
    );
  });

  it('as PDF: the chapters in the decree’s order, the SPM rows as the model has them, pages that draw', async () => {
    const pdf = await renderPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const text = (await run('pdftotext', ['-raw', file, '-'])).stdout.replace(/[ \t]+/g, ' ');
    let at = text.indexOf('DAFTAR ISI', text.indexOf('KATA PENGANTAR') + 1);
    // After the table of contents, each heading comes once more, in order, as its chapter begins.
    at = text.indexOf('LAMPIRAN B', at);
    let from = at;
    for (const heading of CHAPTERS.slice(2)) {
      const found = text.indexOf(heading, from + 1);
      expect(found, heading).toBeGreaterThan(from);
      from = found;
    }
    const spm = tablesOf(doc).find((t) => t.caption.startsWith('Tabel 4.1'))!;
    for (const row of spm.rows.filter((r) => r.kind === 'item'))
      expect(text).toContain(row.cells.filter((c) => c !== '').join(' '));
    await run('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '3', file, join(dir, 'page')]);
    expect((await readdir(dir)).filter((f) => f.startsWith('page'))).toHaveLength(3);
  });

  it('as DOCX: every table with its header and exactly the model’s rows', async () => {
    const tables = await docxTables(await renderDocx(doc));
    // Facts lists are tables too; the report's tables are the ones with a header row.
    const expected = tablesOf(doc).map((t) => [t.columns.map((c) => c.title), ...t.rows.map((r) => r.cells)]);
    const withHeaders = tables.filter((t) => expected.some((e) => e[0]!.join('|') === t[0]!.join('|')));
    expect(withHeaders).toEqual(expected);
  });
});
