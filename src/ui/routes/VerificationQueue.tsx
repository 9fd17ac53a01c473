// The verifier's queue for a district-year: every Puskesmas × programme with where it stands, what the
// Puskesmas changed since the last look, the corrections, and what is overdue — filtered by programme,
// by state, or to what is overdue; each row opens the programme's verification.
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PROGRAMME_STATES } from '../../domain/verification/queue.ts';
import type { QueueView } from '../../shared/api/verification.schema.ts';
import { Loaded } from '../components/Loading.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { YearSelect } from '../components/YearSelect.tsx';
import { getVerificationQueue } from '../endpoints/verification.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDateTime } from '../lib/dates.ts';
import { paths } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { filterQueue, type QueueFilter } from '../lib/verification.ts';
import { rememberYear } from '../lib/years.ts';
import { NotFound } from './NotFound.tsx';

export function VerificationQueue() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const resource = useResource((signal) => getVerificationQueue(code, year ?? 0, signal), `${code}/${year}`);
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  useEffect(() => {
    if (year !== null) rememberYear(localStorage, year);
  }, [year]);
  usePageTitle(year === null ? null : [t('nav.verificationQueue'), resource.data?.district.name, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page verify-queue-page" aria-labelledby="verify-queue-title">
      <div className="page-head">
        <h1 id="verify-queue-title">
          {t('verify.queueTitle', { name: resource.data?.district.name ?? code, year })}
        </h1>
        <YearSelect year={year} years={known.data?.years} />
      </div>
      <Loaded resource={resource}>{(view) => <QueueBody view={view} />}</Loaded>
    </section>
  );
}

function QueueBody({ view }: { view: QueueView }) {
  const { t, locale } = useI18n();
  // What waits for the verifier first; the filters stay while the verifier goes and comes back.
  const [filter, setFilter] = useState<QueueFilter>({ programme: null, state: 'open', overdueOnly: false });
  const rows = useMemo(() => filterQueue(view.rows, filter), [view.rows, filter]);
  const names = useMemo(() => new Map(view.programmes.map((p) => [p.code, `${p.number} ${p.name}`])), [view]);
  const overdue = rows.filter((r) => r.overdue !== null).length;
  return (
    <>
      <p className="hint">{t('verify.queueIntro', view.deadlines)}</p>
      <div className="entry-toolbar verify-filters">
        <label className="field inline">
          <span>{t('verify.filterProgramme')}</span>
          <select
            value={filter.programme ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, programme: e.target.value || null }))}
          >
            <option value="">{t('verify.filterAll')}</option>
            {view.programmes.map((p) => (
              <option key={p.code} value={p.code}>
                {p.number} {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>{t('verify.filterState')}</span>
          <select
            value={filter.state ?? ''}
            onChange={(e) =>
              setFilter((f) => ({ ...f, state: (e.target.value || null) as QueueFilter['state'] }))
            }
          >
            <option value="">{t('verify.filterAll')}</option>
            <option value="open">{t('verify.filterOpen')}</option>
            {PROGRAMME_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`verify.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(e) => setFilter((f) => ({ ...f, overdueOnly: e.target.checked }))}
          />
          {t('verify.filterOverdue')}
        </label>
      </div>
      <p role="status" className="muted">
        {t('verify.queueCount', { shown: rows.length, total: view.rows.length, overdue })}
      </p>
      {rows.length === 0 ? (
        <p className="notice">{t('verify.queueEmpty')}</p>
      ) : (
        <div className="table-scroll tall">
          <table className="data-table compact verify-queue">
            <thead>
              <tr>
                <th scope="col">{t('verify.col.puskesmas')}</th>
                <th scope="col">{t('verify.col.programme')}</th>
                <th scope="col">{t('verify.col.state')}</th>
                <th scope="col" className="num">
                  {t('verify.col.changed')}
                </th>
                <th scope="col" className="num">
                  {t('verify.col.corrections')}
                </th>
                <th scope="col">{t('verify.col.lastLook')}</th>
                <th scope="col">{t('verify.col.overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={`${r.puskesmas.code}:${r.programme}`}
                  className={r.overdue ? 'overdue' : undefined}
                  data-row={`${r.puskesmas.code}:${r.programme}`}
                >
                  <th scope="row">{r.puskesmas.name}</th>
                  <td>
                    <Link to={paths.verification(r.puskesmas.code, view.year, r.programme)}>
                      {names.get(r.programme) ?? r.programme}
                    </Link>
                  </td>
                  <td>
                    <span className={`badge state-${r.state}`}>{t(`verify.state.${r.state}`)}</span>
                  </td>
                  <td className="num">
                    {r.changedSinceLook === null
                      ? '–'
                      : t('verify.changedCount', { count: r.changedSinceLook })}
                  </td>
                  <td className="num">{r.corrections}</td>
                  <td>
                    {r.lastLook
                      ? t('verify.lookBy', {
                          outcome: t(`verify.state.${r.lastLook.outcome}`),
                          by: r.lastLook.by,
                          at: formatDateTime(r.lastLook.at, locale),
                        })
                      : '–'}
                  </td>
                  <td>
                    {r.overdue ? t(`verify.overdue.${r.overdue.reason}`, { days: r.overdue.days }) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
