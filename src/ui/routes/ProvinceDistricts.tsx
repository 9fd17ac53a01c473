// A province's districts (kabupaten/kota), for its accounts: each with its Puskesmas and catalog years,
// and a way into its dashboard. The province admin adds a district here: its code and name, its
// Puskesmas as a CSV list (kode, nama, rawat inap), and its first Dinkes admin. The whole district is
// added or nothing is; a list with problems names each by its row. Below, the year's results of every
// district as a league table, each a way down into its dashboard.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { AddedDistrictView, ProvinceDistrictView } from '../../shared/api/districts.schema.ts';
import { IssueList } from '../components/IssueList.tsx';
import { ProvinceRecap } from '../components/province/ProvinceRecap.tsx';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { addDistrict, listProvinceDistricts } from '../endpoints/districts.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { can, paths } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';

export function ProvinceDistricts() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const user = useUser();
  const resource = useResource((signal) => listProvinceDistricts(code, signal), code);
  const [added, setAdded] = useState<AddedDistrictView | null>(null);
  const province = resource.data?.province.name ?? code;
  usePageTitle([t('nav.districts'), province]);
  return (
    <section className="page" aria-labelledby="districts-title">
      {user.orgUnit.level === 'national' && (
        // The ministry's way back up: the province was one row of the country's league.
        <p>
          <Link to={paths.national(user.orgUnit.code)}>← {t('nav.provinces')}</Link>
        </p>
      )}
      <h1 id="districts-title">{t('districts.title', { province })}</h1>
      {added && (
        <p className="success" role="status">
          {t('districts.added', {
            district: added.district.name,
            count: added.puskesmas.length,
          })}
          {added.admin ? ` ${t('districts.addedAdmin', { username: added.admin.username })}` : ''}
        </p>
      )}
      <Loaded resource={resource}>
        {({ districts }) => (
          <>
            <DistrictTable districts={districts} />
            <ProvinceRecap province={code} years={publishedYears(districts)} />
          </>
        )}
      </Loaded>
      {can(user.role, 'districts:add') && (
        <AddDistrictForm
          province={code}
          onAdded={(district) => {
            setAdded(district);
            resource.reload();
          }}
        />
      )}
    </section>
  );
}

/** The years some district of the province has a published catalog for, oldest first. */
function publishedYears(districts: readonly ProvinceDistrictView[]): number[] {
  const years = districts.flatMap((d) =>
    d.catalogYears.filter((y) => y.status === 'published').map((y) => y.year),
  );
  return [...new Set(years)].sort((a, b) => a - b);
}

function DistrictTable({ districts }: { districts: readonly ProvinceDistrictView[] }) {
  const { t } = useI18n();
  if (districts.length === 0) return <p>{t('districts.none')}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('nav.districts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('districts.code')}</th>
          <th scope="col">{t('districts.name')}</th>
          <th scope="col" className="num">
            {t('districts.puskesmas')}
          </th>
          <th scope="col">{t('districts.catalogs')}</th>
        </tr>
      </thead>
      <tbody>
        {districts.map((d) => {
          const latest = d.catalogYears.filter((y) => y.status === 'published').at(-1)?.year;
          return (
            <tr key={d.code}>
              <td>{d.code}</td>
              <th scope="row">
                {latest !== undefined ? <Link to={paths.district(d.code, latest)}>{d.name}</Link> : d.name}
              </th>
              <td className="num">{d.puskesmas}</td>
              <td>
                {d.catalogYears.length === 0
                  ? t('districts.noCatalog')
                  : d.catalogYears
                      .map((y) =>
                        y.status === 'published' ? String(y.year) : t('year.draftCatalog', { year: y.year }),
                      )
                      .join(', ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function AddDistrictForm(props: { province: string; onAdded(district: AddedDistrictView): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [list, setList] = useState('');
  const [adminUsername, setAdminUsername] = useState('');
  const [adminPassword, setAdminPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await addDistrict(props.province, {
        code,
        name,
        puskesmas: list,
        ...(adminUsername ? { admin: { username: adminUsername, password: adminPassword } } : {}),
      });
      props.onAdded(added);
      setCode('');
      setName('');
      setList('');
      setAdminUsername('');
      setAdminPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form-grid add-district"
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="add-district-title"
    >
      <h2 id="add-district-title" className="wide">
        {t('districts.add')}
      </h2>
      <div className="field">
        <label htmlFor="district-code">{t('districts.code')}</label>
        <input id="district-code" value={code} onChange={(e) => setCode(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="district-name">{t('districts.name')}</label>
        <input
          id="district-name"
          value={name}
          placeholder={t('districts.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          required
        />
      </div>
      <div className="field wide">
        <label htmlFor="district-puskesmas">{t('districts.list')}</label>
        <textarea
          id="district-puskesmas"
          rows={6}
          value={list}
          spellCheck={false}
          placeholder={'kode,nama,rawat_inap\nP3319001,Puskesmas Kaliwungu,ya'}
          aria-describedby="district-puskesmas-hint"
          onChange={(e) => setList(e.target.value)}
          required
        />
        <span id="district-puskesmas-hint" className="hint">
          {t('districts.listHint')}
        </span>
        <label className="catalog-file">
          {t('districts.listFile')}{' '}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then(setList);
            }}
          />
        </label>
      </div>
      <div className="field">
        <label htmlFor="district-admin">{t('districts.adminUsername')}</label>
        <input
          id="district-admin"
          value={adminUsername}
          autoCapitalize="none"
          spellCheck={false}
          onChange={(e) => setAdminUsername(e.target.value.toLowerCase())}
        />
      </div>
      <div className="field">
        <label htmlFor="district-admin-password">{t('districts.adminPassword')}</label>
        <input
          id="district-admin-password"
          type="password"
          autoComplete="new-password"
          value={adminPassword}
          required={adminUsername !== ''}
          onChange={(e) => setAdminPassword(e.target.value)}
        />
      </div>
      <div className="form-actions wide">
        <button type="submit" disabled={busy || !code || !name || !list}>
          {busy ? t('app.saving') : t('districts.add')}
        </button>
      </div>
      {error !== null && (
        <div className="wide">
          <IssueList error={error} label={t('districts.problems')} />
        </div>
      )}
    </form>
  );
}
