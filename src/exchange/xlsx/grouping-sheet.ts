// The catalog's other groupings (the ILP clusters beside the decree's tables) on one sheet of the
// annex workbook, and read back: a line per grouping (Tingkat 0), per group and per placed row, in
// order, each under the nearest line above it one Tingkat up. A placed row's No and Nama are the
// row's own, written for the reader and not read back: the row is named by its Kode.
import type ExcelJS from 'exceljs';
import type { Catalog, CatalogIndicator, GroupingNode } from '../../domain/catalog/types.ts';
import { listIndicators } from '../../domain/catalog/walk.ts';
import type { GroupingGroupDocument } from '../../shared/schemas/catalog-document.schema.ts';
import { GROUPING_HEADINGS, GROUPING_SHEET, GROUPING_WORDS, normalised } from './catalog-workbook-layout.ts';
import { frame, headerRow, setWidths, titleRows } from './sheet-style.ts';

const HEADER_ROW = 3;

export function groupingSheet(workbook: ExcelJS.Workbook, catalog: Catalog): void {
  if (!catalog.groupings?.length) return;
  const rows = new Map<string, CatalogIndicator>(
    listIndicators(catalog).map((p) => [p.indicator.code, p.indicator]),
  );
  const sheet = workbook.addWorksheet(GROUPING_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  setWidths(sheet, [16, 8, 18, 8, 70, 8]);
  titleRows(
    sheet,
    [`Pengelompokan lain baris katalog (mis. klaster ILP) — ${catalog.source} — tahun ${catalog.year}`],
    GROUPING_HEADINGS.length,
  );
  headerRow(sheet, HEADER_ROW, GROUPING_HEADINGS);
  let r = HEADER_ROW + 1;
  const line = (values: (string | number | undefined)[], bold: boolean) => {
    const row = sheet.getRow(r++);
    values.forEach((v, i) => (row.getCell(i + 1).value = v ?? null));
    if (bold) row.font = { bold: true };
    frame(row, GROUPING_HEADINGS.length);
  };
  const visit = (node: GroupingNode, depth: number) => {
    if (node.type === 'row') {
      const row = rows.get(node.code);
      line([GROUPING_WORDS.row, depth, node.code, row?.number, row?.name], false);
      return;
    }
    line([GROUPING_WORDS.group, depth, node.code, node.number, node.name, node.weight], true);
    node.children.forEach((child) => visit(child, depth + 1));
  };
  for (const grouping of catalog.groupings) {
    line([GROUPING_WORDS.grouping, 0, grouping.id, '', grouping.name], true);
    grouping.groups.forEach((group) => visit(group, 1));
  }
}

type Words = { id: string; en: string };

export interface GroupingSheetLine {
  row: number;
  cell(heading: (typeof GROUPING_HEADINGS)[number]): string;
}

export interface GroupingDocument {
  id: string;
  name: string;
  groups: GroupingGroupDocument[];
}

/**
 * The groupings of the sheet's lines, or the problems of each line by its row: a Jenis that is none
 * of the three, a Tingkat that is no number or skips a level, a group or row before any grouping.
 */
export function readGroupingLines(
  lines: readonly GroupingSheetLine[],
  problem: (row: number, what: Words) => void,
  number: (text: string) => number | undefined,
): { groupings: GroupingDocument[]; rowOfCode: Map<string, number> } {
  const groupings: GroupingDocument[] = [];
  // Where each code stands on the sheet, so a problem of a group (or of a row the catalog lacks) is named by its line.
  const rowOfCode = new Map<string, number>();
  // The open groups, stack[d - 1] at Tingkat d.
  let stack: GroupingGroupDocument[] = [];
  let current: GroupingDocument | undefined;
  for (const line of lines) {
    const kind = normalised(line.cell('Jenis'));
    const code = line.cell('Kode');
    if (!kind && !code) continue;
    const depth = Number(line.cell('Tingkat'));
    if (!Number.isInteger(depth) || depth < 0) {
      problem(line.row, {
        id: `Tingkat '${line.cell('Tingkat')}' bukan 0, 1, 2, …`,
        en: `Tingkat '${line.cell('Tingkat')}' is not 0, 1, 2, …`,
      });
      continue;
    }
    if (kind === GROUPING_WORDS.grouping) {
      current = { id: code, name: line.cell('Nama'), groups: [] };
      groupings.push(current);
      stack = [];
      continue;
    }
    if (kind !== GROUPING_WORDS.group && kind !== GROUPING_WORDS.row) {
      problem(line.row, {
        id: `Jenis '${line.cell('Jenis')}' tidak dikenal (${Object.values(GROUPING_WORDS).join(', ')})`,
        en: `Jenis '${line.cell('Jenis')}' is not known (${Object.values(GROUPING_WORDS).join(', ')})`,
      });
      continue;
    }
    if (!current || depth < 1 || depth > stack.length + 1 || (kind === GROUPING_WORDS.row && depth === 1)) {
      problem(line.row, {
        id: `tingkat ${depth} tanpa ${depth <= 1 ? 'pengelompokan' : `kelompok tingkat ${depth - 1}`} di atasnya`,
        en: `level ${depth} without a ${depth <= 1 ? 'grouping' : `level ${depth - 1} group`} above it`,
      });
      continue;
    }
    stack = stack.slice(0, depth - 1);
    if (!rowOfCode.has(code)) rowOfCode.set(code, line.row);
    const siblings = depth === 1 ? current.groups : stack[depth - 2]!.children;
    if (kind === GROUPING_WORDS.row) {
      siblings.push({ type: 'row', code });
      continue;
    }
    const weightText = line.cell('Bobot');
    const weight = weightText ? number(weightText) : undefined;
    if (weightText && weight === undefined)
      problem(line.row, {
        id: `Bobot '${weightText}' bukan angka`,
        en: `Bobot '${weightText}' is not a number`,
      });
    const group: GroupingGroupDocument = {
      type: 'group',
      code,
      number: line.cell('No'),
      name: line.cell('Nama'),
      ...(weight === undefined ? {} : { weight }),
      children: [],
    };
    siblings.push(group);
    stack.push(group);
  }
  return { groupings, rowOfCode };
}
