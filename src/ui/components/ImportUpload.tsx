// A file's import, whatever the file (the monthly entry workbook, a district's DHIS2 or ADX file): the
// file and a reason, a dry run that lists each change old → new and every problem with its place in
// the file, then "save all" — all or nothing, as the server writes it.
import { useId, useState, type FormEvent } from 'react';
import type { ImportChangeView, ImportSummaryView } from '../../shared/api/workbook.schema.ts';
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/id.ts';
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

export interface ImportUploadProps {
  /** Sends the file: a dry run first, then for real. */
  send(file: File, options: { dryRun: boolean; reason: string }): Promise<ImportSummaryView>;
  /** The file types the picker offers. */
  accept: string;
  /** What the form explains above the picker, and the picker's label. */
  help: MessageKey;
  fileLabel: MessageKey;
  /** After a save. */
  onImported(): void;
}

/** Changes beyond this many are counted, not listed: a district's file can change thousands of values. */
const CHANGES_SHOWN = 200;

/**
 * A file's import: checked first (a dry run listing each change old → new and every problem in
 * words, with where it is in the file), then saved all at once or not at all.
 */
export function ImportUpload({ send, accept, help, fileLabel, onImported }: ImportUploadProps) {
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
        summary: await send(file, { dryRun: true, reason }),
      });
    } catch (error) {
      setStage({ step: 'failed', error });
    }
  };

  const save = async (checked: ImportSummaryView) => {
    if (!file) return;
    setStage({ step: 'saving', summary: checked });
    try {
      const summary = await send(file, { dryRun: false, reason });
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
        {t(help)}
      </p>
      <label htmlFor={`${ids}-file`}>{t(fileLabel)}</label>
      <input
        key={inputKey}
        id={`${ids}-file`}
        type="file"
        accept={accept}
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
            {summary.changes.slice(0, CHANGES_SHOWN).map((c, i) => (
              <tr key={i}>
                <td>{changeWords(c, t, locale)}</td>
                <td>{c.source[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.changes.length > CHANGES_SHOWN && (
        <p className="hint">{t('workbook.moreChanges', { count: summary.changes.length - CHANGES_SHOWN })}</p>
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
