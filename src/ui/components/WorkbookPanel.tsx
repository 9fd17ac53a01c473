// The entry screen's "Excel" disclosure: Tables 1–5 and the monthly entry workbook to download, and
// the filled workbook's upload — checked first (a dry run listing each change old → new and every
// problem with its sheet, row and column), then saved all at once or not at all.
import { useId, useState, type FormEvent } from 'react';
import type { ImportChangeView, ImportSummaryView } from '../../shared/api/workbook.schema.ts';
import { entryWorkbookPath, tablesWorkbookPath, uploadEntryWorkbook } from '../endpoints/workbook.ts';
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import { formatInput } from '../lib/numbers.ts';
import { monthLabel } from '../lib/month-words.ts';
import { ErrorText } from './ErrorText.tsx';

type Stage =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'preview'; summary: ImportSummaryView }
  | { step: 'saving'; summary: ImportSummaryView }
  | { step: 'saved'; summary: ImportSummaryView }
  | { step: 'failed'; error: unknown };

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
      {props.canUpload && <WorkbookUpload {...props} />}
    </details>
  );
}

function WorkbookUpload({ code, year, onImported }: WorkbookPanelProps) {
  const { t } = useI18n();
  const ids = useId();
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [inputKey, setInputKey] = useState(0);

  const reset = () => {
    setFile(null);
    setStage({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setStage({ step: 'checking' });
    try {
      setStage({
        step: 'preview',
        summary: await uploadEntryWorkbook(code, year, file, { dryRun: true, reason }),
      });
    } catch (error) {
      setStage({ step: 'failed', error });
    }
  };

  const save = async (checked: ImportSummaryView) => {
    if (!file) return;
    setStage({ step: 'saving', summary: checked });
    try {
      const summary = await uploadEntryWorkbook(code, year, file, { dryRun: false, reason });
      if (summary.status === 'success') {
        setStage({ step: 'saved', summary });
        onImported();
      } else setStage({ step: 'preview', summary });
    } catch (error) {
      setStage({ step: 'failed', error });
    }
  };

  const busy = stage.step === 'checking' || stage.step === 'saving';
  const shown = stage.step === 'preview' || stage.step === 'saving' ? stage.summary : null;
  return (
    <form className="workbook-upload" onSubmit={check} aria-describedby={`${ids}-help`}>
      <p id={`${ids}-help`} className="hint">
        {t('workbook.uploadHelp')}
      </p>
      <label htmlFor={`${ids}-file`}>{t('workbook.upload')}</label>
      <input
        key={inputKey}
        id={`${ids}-file`}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setStage({ step: 'idle' });
        }}
      />
      <label htmlFor={`${ids}-reason`}>{t('workbook.reason')}</label>
      <input
        id={`${ids}-reason`}
        type="text"
        maxLength={500}
        value={reason}
        disabled={busy}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={!file || busy}>
          {stage.step === 'checking' ? t('workbook.checking') : t('workbook.check')}
        </button>
      </div>
      {stage.step === 'failed' && <ErrorText error={stage.error} />}
      {stage.step === 'saved' && (
        <p className="notice" role="status">
          {t('workbook.saved', { imported: stage.summary.imported, updated: stage.summary.updated })}
        </p>
      )}
      {shown && (
        <Preview
          summary={shown}
          saving={stage.step === 'saving'}
          onSave={() => void save(shown)}
          onCancel={reset}
        />
      )}
    </form>
  );
}

function Preview(props: { summary: ImportSummaryView; saving: boolean; onSave(): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const { summary } = props;
  const conflicts = summary.conflicts;
  const changed = summary.changes.length > 0;
  return (
    <section className="workbook-preview" aria-live="polite">
      {conflicts.length > 0 ? (
        <>
          <p className="error" role="alert">
            {t('workbook.conflicts', { count: conflicts.length })}
          </p>
          <ul className="workbook-conflicts">
            {conflicts.map((c, i) => (
              <li key={i}>
                <strong>{c.source[locale]}</strong>: {c.reason[locale]}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="status">
          {changed
            ? t('workbook.summary', {
                imported: summary.imported,
                updated: summary.updated,
                ignored: summary.ignored,
              })
            : t('workbook.noChange')}
        </p>
      )}
      {changed && (
        <table className="workbook-changes">
          <caption>{t('workbook.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workbook.changes')}</th>
              <th scope="col">{t('workbook.where')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.changes.map((c, i) => (
              <tr key={i}>
                <td>{changeWords(c, t, locale)}</td>
                <td>{c.source[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={conflicts.length > 0 || !changed || props.saving}
          onClick={props.onSave}
        >
          {props.saving ? t('workbook.saving') : t('workbook.saveAll')}
        </button>
        <button type="button" className="secondary" disabled={props.saving} onClick={props.onCancel}>
          {t('workbook.cancel')}
        </button>
      </div>
    </section>
  );
}

const FIELD_KEYS = {
  numerator: 'entry.numerator',
  denominator: 'entry.denominator',
  value: 'entry.value',
  flag: 'entry.flag',
} as const;

function valueWords(v: ImportChangeView['before'], t: Translate, locale: 'id' | 'en'): string {
  if (v === null) return t('workbook.empty');
  if (typeof v === 'boolean') return t(v ? 'entry.yes' : 'entry.no');
  if (typeof v === 'number') return formatInput(v, locale);
  return v;
}

function changeWords(c: ImportChangeView, t: Translate, locale: 'id' | 'en'): string {
  const field = c.field in FIELD_KEYS ? t(FIELD_KEYS[c.field as keyof typeof FIELD_KEYS]) : c.field;
  return t('workbook.change', {
    code: c.indicatorCode,
    month: c.month ? monthLabel(c.month, t) : '',
    field,
    before: valueWords(c.before, t, locale),
    after: valueWords(c.after, t, locale),
  });
}
