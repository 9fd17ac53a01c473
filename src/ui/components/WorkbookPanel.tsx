// The entry screen's "Excel" disclosure: Tables 1–5 and the monthly entry workbook to download, and
// the filled workbook's upload — checked first (a dry run listing each change old → new and every
// problem with its sheet, row and column), then saved all at once or not at all.
import { entryWorkbookPath, tablesWorkbookPath, uploadEntryWorkbook } from '../endpoints/workbook.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ImportUpload } from './ImportUpload.tsx';

export interface WorkbookPanelProps {
  code: string;
  year: number;
  /** Whether Dinkes' verified tables exist to download (the year is verified or later). */
  verified: boolean;
  /** Whether this user may upload now (entries:write and the year open to them). */
  canUpload: boolean;
  /** After a save: the grid reloads what is stored. */
  onImported(): void;
}

export function WorkbookPanel(props: WorkbookPanelProps) {
  const { t } = useI18n();
  return (
    <details className="workbook-panel">
      <summary>{t('workbook.title')}</summary>
      <ul className="workbook-links">
        <li>
          <a href={tablesWorkbookPath(props.code, props.year, 'self')} download>
            {t('workbook.tables')}
          </a>
        </li>
        {props.verified && (
          <li>
            <a href={tablesWorkbookPath(props.code, props.year, 'verified')} download>
              {t('workbook.tablesVerified')}
            </a>
          </li>
        )}
        <li>
          <a href={entryWorkbookPath(props.code, props.year)} download>
            {t('workbook.entries')}
          </a>
        </li>
      </ul>
      {props.canUpload && (
        <ImportUpload
          send={(file, options) => uploadEntryWorkbook(props.code, props.year, file, options)}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          help="workbook.uploadHelp"
          fileLabel="workbook.upload"
          onImported={props.onImported}
        />
      )}
    </details>
  );
}
