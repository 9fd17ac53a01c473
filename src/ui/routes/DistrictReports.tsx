// Dinkes' documents of a district-year: the recap (Kelompok and rank) to download, and every
// document of the district — the recap, each Puskesmas' annual report, the feedback letters sent —
// made as one background job with its progress, which can be cancelled, and downloaded as one zip.
// A report that fails is listed with its reason; the others are made. The district's standard
// texts of the report are set here too.
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { BatchProgressView } from '../../shared/api/reports.schema.ts';
import type { ReportFormat } from '../../shared/report-document.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { ReportTextsEditor, useReportTexts } from '../components/reports/ReportTextsEditor.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { YearSelect } from '../components/YearSelect.tsx';
import { useResource } from '../components/use-resource.ts';
import {
  cancelBatch,
  downloadBatch,
  downloadRecap,
  getBatch,
  listBatches,
  downloadExport,
  startBatch,
  uploadDistrictImport,
  type ExportFormat,
  type ReportStage,
} from '../endpoints/reports.ts';
import { ImportUpload } from '../components/ImportUpload.tsx';
import { can } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { parseYearParam } from '../lib/route-params.ts';
import { rememberYear } from '../lib/years.ts';
import { NotFound } from './NotFound.tsx';

const POLL_MS = 800;

export function DistrictReports() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  useEffect(() => {
    if (year !== null) rememberYear(localStorage, year);
  }, [year]);
  usePageTitle(year === null ? null : [t('nav.reports'), code, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page district-reports-page" aria-labelledby="district-reports-title">
      <div className="page-head">
        <h1 id="district-reports-title">{t('reports.districtTitle', { year })}</h1>
        <YearSelect year={year} years={known.data?.years} />
      </div>
      <p className="hint">{t('reports.districtIntro')}</p>
      <RecapDownload code={code} year={year} />
      <Batch code={code} year={year} />
      <DataExchange code={code} year={year} />
      <DistrictTexts code={code} year={year} />
    </section>
  );
}

function DataExchange({ code, year }: { code: string; year: number }) {
  const { t } = useI18n();
  const user = useUser();
  const [format, setFormat] = useState<ExportFormat>('dhis2-json');
  const [stage, setStage] = useState<ReportStage>('self');
  const [state, setState] = useState<{ step: 'idle' | 'making' } | { step: 'failed'; error: unknown }>({
    step: 'idle',
  });
  const make = async () => {
    setState({ step: 'making' });
    try {
      await downloadExport(code, year, format, stage);
      setState({ step: 'idle' });
    } catch (error) {
      setState({ step: 'failed', error });
    }
  };
  return (
    <section aria-labelledby="exchange-title" className="data-exchange">
      <h2 id="exchange-title">{t('exchange.title')}</h2>
      <p className="hint">{t('exchange.intro')}</p>
      <div className="report-make">
        <label>
          {t('reports.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            <option value="dhis2-json">DHIS2 dataValueSets (JSON)</option>
            <option value="adx">ADX (XML)</option>
            <option value="fhir">FHIR R4 MeasureReport (JSON)</option>
            <option value="xlsx">Excel (.xlsx)</option>
          </select>
        </label>
        <label>
          {t('reports.stage')}{' '}
          <select value={stage} onChange={(e) => setStage(e.target.value as ReportStage)}>
            <option value="self">{t('reports.stage.self')}</option>
            <option value="verified">{t('reports.stage.verified')}</option>
          </select>
        </label>
        <button type="button" disabled={state.step === 'making'} onClick={() => void make()}>
          {t('exchange.export')}
        </button>
      </div>
      {state.step === 'failed' && <ErrorText error={state.error} />}
      {can(user.role, 'targets:set') && (
        <ImportUpload
          send={(file, options) => uploadDistrictImport(code, year, file, options)}
          accept=".json,.xml,.xlsx,application/json,application/xml"
          help="exchange.importHelp"
          fileLabel="exchange.file"
          onImported={() => undefined}
        />
      )}
    </section>
  );
}

function DistrictTexts({ code, year }: { code: string; year: number }) {
  const owner = { level: 'district', code, year } as const;
  return <ReportTextsEditor owner={owner} resource={useReportTexts(owner)} />;
}

function RecapDownload({ code, year }: { code: string; year: number }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ step: 'idle' | 'making' } | { step: 'failed'; error: unknown }>({
    step: 'idle',
  });
  const make = async (format: ReportFormat) => {
    setState({ step: 'making' });
    try {
      await downloadRecap(code, year, format);
      setState({ step: 'idle' });
    } catch (error) {
      setState({ step: 'failed', error });
    }
  };
  return (
    <section aria-labelledby="recap-doc-title">
      <h2 id="recap-doc-title">{t('reports.recapTitle')}</h2>
      <div className="report-make">
        <button type="button" disabled={state.step === 'making'} onClick={() => void make('pdf')}>
          {t('reports.download', { format: 'PDF' })}
        </button>
        <button type="button" disabled={state.step === 'making'} onClick={() => void make('docx')}>
          {t('reports.download', { format: 'DOCX' })}
        </button>
      </div>
      {state.step === 'failed' && <ErrorText error={state.error} />}
    </section>
  );
}

function Batch({ code, year }: { code: string; year: number }) {
  const { t, locale } = useI18n();
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [stage, setStage] = useState<ReportStage | ''>('');
  const [job, setJob] = useState<BatchProgressView | null>(null);
  const [error, setError] = useState<unknown>(null);

  // A job still running (started in another tab, or before a reload) is picked up again.
  useEffect(() => {
    const controller = new AbortController();
    listBatches(code, year, controller.signal).then(
      (list) => setJob(list.jobs[0] ?? null),
      () => undefined,
    );
    return () => controller.abort();
  }, [code, year]);

  // Waiting for a server to take it up, or being made: either way not finished.
  const running = job?.status === 'queued' || job?.status === 'running';
  const jobId = job?.id;
  useEffect(() => {
    if (!running || !jobId) return;
    const timer = setInterval(() => {
      getBatch(code, year, jobId).then(setJob, setError);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running, jobId, code, year]);

  const start = useCallback(async () => {
    setError(null);
    try {
      setJob(await startBatch(code, year, { format, stage: stage || null }));
    } catch (e) {
      setError(e);
    }
  }, [code, year, format, stage]);

  return (
    <section aria-labelledby="batch-title" className="report-batch">
      <h2 id="batch-title">{t('reports.batchTitle')}</h2>
      <div className="report-make">
        <label>
          {t('reports.format')}{' '}
          <select
            value={format}
            disabled={running}
            onChange={(e) => setFormat(e.target.value as ReportFormat)}
          >
            <option value="pdf">PDF</option>
            <option value="docx">DOCX</option>
          </select>
        </label>
        <label>
          {t('reports.stage')}{' '}
          <select
            value={stage}
            disabled={running}
            onChange={(e) => setStage(e.target.value as ReportStage | '')}
          >
            <option value="">{t('reports.stage.current')}</option>
            <option value="self">{t('reports.stage.self')}</option>
            <option value="verified">{t('reports.stage.verified')}</option>
          </select>
        </label>
        <button type="button" disabled={running} onClick={() => void start()}>
          {t('reports.batchStart')}
        </button>
      </div>
      {error !== null && <ErrorText error={error} />}
      {job && (
        <div className="batch-progress" data-status={job.status}>
          <label>
            <span>
              {t(`reports.batch.${job.status}`, { done: job.done, total: job.total })}
              {job.current && ` — ${t('reports.batch.current', { name: job.current })}`}
            </span>
            <progress max={Math.max(job.total, 1)} value={job.done} />
          </label>
          {running && (
            <button
              type="button"
              className="secondary"
              onClick={() => void cancelBatch(code, year, job.id).then(setJob, setError)}
            >
              {t('reports.batchCancel')}
            </button>
          )}
          {job.status === 'done' && (
            <button type="button" onClick={() => void downloadBatch(code, year, job.id).catch(setError)}>
              {t('reports.batchDownload', { count: job.total - job.failed.length })}
            </button>
          )}
          {job.failed.length > 0 && (
            <div role="alert">
              <p>{t('reports.batchFailed', { count: job.failed.length })}</p>
              <ul className="batch-failures">
                {job.failed.map((f) => (
                  <li key={f.puskesmas.code}>
                    <strong>{f.puskesmas.name}</strong>: {f.message[locale]}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
