// A report table's column in one line: its title, relative width and alignment (text left, figures right).
import type { CellAlign, ReportColumn } from '../../shared/report-document.ts';

export function column(title: string, width: number, align: CellAlign = 'left'): ReportColumn {
  return { title, width, align };
}
