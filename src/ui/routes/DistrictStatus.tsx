// A district-year in the assessment cycle, for Dinkes: every Puskesmas with the status of its year and
// when it reached each, how many are where, and the publication of the Kelompok and ranks (the admin
// publishes once every year is final; a reopening withdraws it).
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DistrictWorkflow, PublicationSummary } from '../../shared/api/workflow.schema.ts';
import { ASSESSMENT_STATUSES } from '../../domain/assessment/status.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { YearSelect } from '../components/YearSelect.tsx';
import { getDistrictWorkflow, publishResults } from '../endpoints/workflow.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDate } from '../lib/dates.ts';
import { can, paths } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { rememberYear } from '../lib/years.ts';
import { useUser } from '../session/session.tsx';
import { NotFound } from './NotFound.tsx';

function PublishDialog(props: {
  view: DistrictWorkflow;
  onDone(view: DistrictWorkflow): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { title: useId(), text: useId() };
  useEffect(() => {
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (ref.current && !ref.current.open) ref.current.showModal();
    cancel.current?.focus();
    return () => {
      if (from?.isConnected) from.focus();
    };
  }, []);
  const { view } = props;
  return (
    <dialog
      ref={ref}
      className="move-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.text}
      data-testid="publish-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) props.onCancel();
      }}
    >
      <h2 id={ids.title}>{t('publication.confirm', { count: view.rows.length, year: view.year })}</h2>
      <p id={ids.text}>{t('publication.effect')}</p>
      {error !== null && <ErrorText error={error} />}
      <div className="dialog-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            publishResults(view.district.code, view.year, view.rows.length).then(
              props.onDone,
              (e: unknown) => {
                setError(e);
                setBusy(false);
              },
            );
          }}
        >
          {t('workflow.move.publish')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} ref={cancel} disabled={busy}>
          {t('app.cancel')}
        </button>
      </div>
    </dialog>
  );
}

function Withdrawn({ p }: { p: PublicationSummary }) {
  const { t, locale } = useI18n();
  return (
    <li>
      {t('publication.withdrawn', {
        published: formatDate(p.publishedAt, locale),
        date: formatDate(p.withdrawnAt, locale),
        who: p.withdrawnBy ?? '–',
        reason: p.withdrawReason ?? '',
      })}
    </li>
  );
}

function Publication({ view, onPublished }: { view: DistrictWorkflow; onPublished(): void }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const notFinal = view.rows.length - view.counts.final - view.counts.published;
  const withdrawn = view.publications.filter((p) => p.withdrawnAt !== null);
  return (
    <section
      className="dash-section publication"
      aria-labelledby="publication-title"
      data-testid="publication"
    >
      <h2 id="publication-title">{t('publication.title')}</h2>
      {view.publication ? (
        <p>
          {t('publication.published', {
            date: formatDate(view.publication.publishedAt, locale),
            who: view.publication.publishedBy,
          })}{' '}
          <Link to={paths.district(view.district.code, view.year)}>{t('publication.see')}</Link>
        </p>
      ) : view.publishable ? (
        <p>{t('publication.ready', { count: view.rows.length })}</p>
      ) : (
        <p>{t('publication.notReady', { count: notFinal })}</p>
      )}
      {view.publishable && can(user.role, 'results:publish') && (
        <button type="button" onClick={() => setAsking(true)}>
          {t('workflow.move.publish')}
        </button>
      )}
      <p role="status">{done}</p>
      {withdrawn.length > 0 && (
        <>
          <h3>{t('publication.history')}</h3>
          <ul>
            {withdrawn.map((p) => (
              <Withdrawn key={p.id} p={p} />
            ))}
          </ul>
        </>
      )}
      {asking && (
        <PublishDialog
          view={view}
          onCancel={() => setAsking(false)}
          onDone={() => {
            setAsking(false);
            setDone(t('publication.done'));
            onPublished();
          }}
        />
      )}
    </section>
  );
}

export function DistrictStatus() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t, locale } = useI18n();
  const resource = useResource((signal) => getDistrictWorkflow(code, year ?? 0, signal), `${code}/${year}`);
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  useEffect(() => {
    if (year !== null && resource.data) rememberYear(localStorage, year);
  }, [year, resource.data]);
  usePageTitle(
    year === null ? null : [t('nav.status'), resource.data?.district.name ?? known.data?.district.name, year],
  );
  if (year === null) return <NotFound />;
  return (
    <section className="page" aria-labelledby="status-title">
      <div className="page-head">
        <h1 id="status-title">
          {t('districtStatus.title', {
            name: resource.data?.district.name ?? known.data?.district.name ?? code,
            year,
          })}
        </h1>
        <YearSelect year={year} years={known.data?.years} />
      </div>
      <Loaded resource={resource}>
        {(view) => (
          <>
            <p className="status-counts" data-testid="status-counts">
              {[
                { label: t('districtStatus.notOpened'), n: view.counts.notOpened },
                ...ASSESSMENT_STATUSES.map((s) => ({ label: t(`workflow.step.${s}`), n: view.counts[s] })),
              ]
                .filter(({ n }) => n > 0)
                .map(({ label, n }) => `${label}: ${n}`)
                .join(' · ')}
            </p>
            <Publication view={view} onPublished={resource.reload} />
            <section className="dash-section" aria-labelledby="status-table-title">
              <h2 id="status-table-title">{t('districtStatus.table')}</h2>
              <div className="table-scroll">
                <table className="data-table status-table" data-testid="status-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('district.puskesmas')}</th>
                      <th scope="col">{t('district.status')}</th>
                      <th scope="col">{t('workflow.step.submitted')}</th>
                      <th scope="col">{t('workflow.step.verified')}</th>
                      <th scope="col">{t('workflow.step.final')}</th>
                      <th scope="col">{t('workflow.step.published')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.rows.map((r) => (
                      <tr key={r.puskesmas.code}>
                        <th scope="row" className="name-cell">
                          <Link to={paths.dashboard(r.puskesmas.code, view.year)}>{r.puskesmas.name}</Link>{' '}
                          <span className="muted">{r.puskesmas.code}</span>
                        </th>
                        <td>
                          <span className={`status-chip status-${r.status ?? 'none'}`}>
                            {r.status ? t(`workflow.step.${r.status}`) : t('districtStatus.notOpened')}
                          </span>
                        </td>
                        <td>{formatDate(r.stamps.submittedAt, locale)}</td>
                        <td>{formatDate(r.stamps.verifiedAt, locale)}</td>
                        <td>{formatDate(r.stamps.finalisedAt, locale)}</td>
                        <td>{formatDate(r.stamps.publishedAt, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </Loaded>
    </section>
  );
}
