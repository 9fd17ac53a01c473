// The annual report of a Puskesmas-year (Laporan PKP, Bab I–VII and appendices) to download as PDF
// or DOCX, with the figures it prints chosen (the year's current ones, its own, or Dinkes' verified),
// and the report's own words (foreword, Bab I, Bab VII) to adapt.
import { useState } from 'react';
import { isSubmitted } from '../../domain/assessment/status.ts';
import type { ReportFormat } from '../../shared/report-document.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { ReportTextsEditor, useReportTexts } from '../components/reports/ReportTextsEditor.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { downloadReport, getReportDocument, type ReportStage } from '../endpoints/reports.ts';
import { Loaded } from '../components/Loading.tsx';
import { ReportPreview } from '../components/reports/ReportPreview.tsx';
import { useResource } from '../components/use-resource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

type Making =
  | { step: 'idle' }
  | { step: 'making'; format: ReportFormat }
  | { step: 'made'; name: string }
  | { step: 'failed'; error: unknown };

export function ReportScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  usePageTitle([t('nav.report'), puskesmas.name, year]);
  const [stage, setStage] = useState<ReportStage | ''>('');
  const [making, setMaking] = useState<Making>({ step: 'idle' });
  const [previewing, setPreviewing] = useState(false);
  const owner = { level: 'puskesmas', code: puskesmas.code, year } as const;
  const texts = useReportTexts(owner);
  const status = texts.data?.status ?? null;

  const make = async (format: ReportFormat) => {
    setMaking({ step: 'making', format });
    try {
      const name = await downloadReport(puskesmas.code, year, format, stage || undefined);
      setMaking({ step: 'made', name });
    } catch (error) {
      setMaking({ step: 'failed', error });
    }
  };
  const busy = making.step === 'making';
  return (
    <section className="page report-page" aria-labelledby="report-title">
      <h1 id="report-title">{t('reports.title', { name: puskesmas.name, year })}</h1>
      <p className="hint">{t('reports.intro')}</p>
      <div className="report-make">
        <label>
          {t('reports.stage')}{' '}
          <select value={stage} onChange={(e) => setStage(e.target.value as ReportStage | '')}>
            <option value="">{t('reports.stage.current')}</option>
            <option value="self">{t('reports.stage.self')}</option>
            {isSubmitted(status) && <option value="verified">{t('reports.stage.verified')}</option>}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void make('pdf')}>
          {t('reports.download', { format: 'PDF' })}
        </button>
        <button type="button" disabled={busy} onClick={() => void make('docx')}>
          {t('reports.download', { format: 'DOCX' })}
        </button>
        <span role="status" aria-live="polite">
          {making.step === 'making' && t('reports.making', { format: making.format.toUpperCase() })}
          {making.step === 'made' && t('reports.made', { name: making.name })}
        </span>
      </div>
      {making.step === 'failed' && <ErrorText error={making.error} />}
      <ReportTextsEditor owner={owner} resource={texts} />
      <details className="report-preview-box" onToggle={(e) => setPreviewing(e.currentTarget.open)}>
        <summary>{t('reports.preview')}</summary>
        {previewing && <Preview code={puskesmas.code} year={year} stage={stage || undefined} />}
      </details>
    </section>
  );
}

/** The report as it prints, on screen; read again when the figures asked for change. */
function Preview({ code, year, stage }: { code: string; year: number; stage: ReportStage | undefined }) {
  const doc = useResource(
    (signal) => getReportDocument(code, year, stage, signal),
    `${code}/${year}/${stage ?? ''}`,
  );
  return <Loaded resource={doc}>{(view) => <ReportPreview doc={view} />}</Loaded>;
}
