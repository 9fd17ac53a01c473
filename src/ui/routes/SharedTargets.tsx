// Dinkes shares out a target the decree prints for the whole district (Pati's UKM.D1.6: 45 drug-
// resistant TB cases): one table per such row, a share per Puskesmas, the running sum against the
// total, a proposal by population, and one save for all of them (refused, each problem named, unless
// the shares make the total).
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { SharedTargetRow } from '../../shared/api/district-shares.schema.ts';
import { formatNumber } from '../../shared/format.ts';
import { IssueList } from '../components/IssueList.tsx';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { YearSelect } from '../components/YearSelect.tsx';
import { getSharedTargets, saveShares } from '../endpoints/targets.ts';
import { getDistrictYears } from '../endpoints/years.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { can } from '../lib/navigation.ts';
import { formatInput, parseNumber } from '../lib/numbers.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { rememberYear } from '../lib/years.ts';
import { useUser } from '../session/session.tsx';
import { NotFound } from './NotFound.tsx';

export function SharedTargets() {
  const { code = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { t } = useI18n();
  const resource = useResource((signal) => getSharedTargets(code, year ?? 0, signal), `${code}/${year}`);
  const known = useResource((signal) => getDistrictYears(code, signal), code);
  useEffect(() => {
    if (year !== null) rememberYear(localStorage, year);
  }, [year]);
  usePageTitle(year === null ? null : [t('nav.sharedTargets'), resource.data?.district.name, year]);
  if (year === null) return <NotFound />;
  return (
    <section className="page shared-targets-page" aria-labelledby="shared-targets-title">
      <div className="page-head">
        <h1 id="shared-targets-title">
          {t('shares.title', { name: resource.data?.district.name ?? code, year })}
        </h1>
        <YearSelect year={year} years={known.data?.years} />
      </div>
      <p className="hint">{t('shares.intro')}</p>
      <Loaded resource={resource}>
        {(view) =>
          view.rows.length === 0 ? (
            <p className="notice">{t('shares.none', { year })}</p>
          ) : (
            view.rows.map((row) => (
              <SharedRow key={row.code} district={code} year={year} row={row} onSaved={resource.reload} />
            ))
          )
        }
      </Loaded>
    </section>
  );
}

/** The shares as typed, by Puskesmas code: text until saved, so "1.5" or "" can be said to be wrong. */
type Typed = Record<string, string>;

function SharedRow(props: { district: string; year: number; row: SharedTargetRow; onSaved(): void }) {
  const { row } = props;
  const { t, locale } = useI18n();
  const user = useUser();
  const readOnly = !can(user.role, 'targets:set');
  const fromRow = (): Typed =>
    Object.fromEntries(row.puskesmas.map((p) => [p.code, formatInput(p.share, locale)]));
  const [typed, setTyped] = useState<Typed>(fromRow);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // A fresh reading (after a save, or another year) replaces what was typed.
  useEffect(() => setTyped(fromRow()), [row]);

  const shareOf = (code: string): number | null => {
    const parsed = parseNumber(typed[code] ?? '', locale);
    return parsed.ok ? parsed.value : Number.NaN;
  };
  const sum = row.puskesmas.reduce((s, p) => {
    const share = p.applies ? shareOf(p.code) : null;
    return s + (share !== null && Number.isFinite(share) ? share : 0);
  }, 0);
  const gap = row.total - sum;
  // A share that is no number is marked where it is typed and stops the save (it would travel as none).
  const unreadable = row.puskesmas.some((p) => p.applies && Number.isNaN(shareOf(p.code)));
  const headingId = `shares-${row.code}`;

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const result = await saveShares(props.district, props.year, row.code, {
        shares: row.puskesmas.map((p) => ({
          puskesmas: p.code,
          share: p.applies ? shareOf(p.code) : null,
          expectedVersion: p.version,
        })),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      setSaved(
        t('shares.saved', {
          code: row.code,
          sum: result.sum,
          unit: row.unit.toLowerCase(),
          count: result.puskesmas.filter((p) => p.applies).length,
        }),
      );
      props.onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="shared-row" aria-labelledby={headingId} data-shared={row.code}>
      <h2 id={headingId}>
        <span className="muted">{row.code}</span> {row.number} {row.name}
      </h2>
      <p>
        {t('shares.total', {
          total: row.printedTarget,
          unit: row.unit.toLowerCase(),
          sasaran: row.sasaranLabel,
        })}
      </p>
      {readOnly && <p className="notice">{t('shares.readOnly')}</p>}
      <div className="table-scroll">
        <table className="data-table compact">
          <caption className="visually-hidden">{row.name}</caption>
          <thead>
            <tr>
              <th scope="col">Puskesmas</th>
              <th scope="col" className="num">
                {t('shares.col.population')}
              </th>
              <th scope="col">{t('shares.col.status')}</th>
              <th scope="col" className="num">
                {t('shares.col.proposed')}
              </th>
              <th scope="col">{t('shares.col.share')}</th>
            </tr>
          </thead>
          <tbody>
            {row.puskesmas.map((p) => (
              <tr key={p.code} data-puskesmas={p.code}>
                <th scope="row">{p.name}</th>
                <td className="num">{formatNumber(p.population, 0, locale)}</td>
                <td>{p.status ? t(`status.${p.status}`) : t('shares.notOpened')}</td>
                <td className="num">{p.applies ? formatInput(p.proposed, locale) : '–'}</td>
                <td>
                  {p.applies ? (
                    <input
                      className="amount-input"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={t('shares.shareOf', { name: p.name })}
                      readOnly={readOnly}
                      value={typed[p.code] ?? ''}
                      aria-invalid={Number.isNaN(shareOf(p.code)) || undefined}
                      onChange={(e) => setTyped((s) => ({ ...s, [p.code]: e.target.value }))}
                    />
                  ) : (
                    <span className="muted">{t('shares.notApplicable', { reason: p.reason ?? '' })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className={gap === 0 ? 'success' : 'notice'}>
        {t('shares.sum', { sum: formatInput(sum, locale), total: row.total })} ·{' '}
        {gap === 0
          ? t('shares.exact')
          : gap > 0
            ? t('shares.short', { n: formatInput(gap, locale) })
            : t('shares.over', { n: formatInput(-gap, locale) })}
      </p>
      {!readOnly && (
        <div className="form-actions">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setTyped(
                Object.fromEntries(row.puskesmas.map((p) => [p.code, formatInput(p.proposed, locale)])),
              )
            }
          >
            {t('shares.propose')}
          </button>
          <label className="field inline">
            <span>{t('shares.reason')}</span>
            <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="button" disabled={busy || unreadable} onClick={() => void save()}>
            {t('shares.save')}
          </button>
        </div>
      )}
      {error !== null && <IssueList error={error} label={t('shares.problems')} />}
      {saved && (
        <p className="success" role="status">
          {saved}
        </p>
      )}
    </section>
  );
}
