// The Puskesmas profile of a year (Bab II): address and area, villages, target populations, staff and
// facilities, and whether it has beds. Saved as one document against the version read.
import { useEffect, useState, type FormEvent } from 'react';
import {
  FACILITY_CONDITIONS,
  PROFESSION_LABELS,
  PROFESSIONS,
  SASARAN_KEYS,
  SASARAN_LABELS,
  type ProfileData,
  type ProfileView,
} from '../../shared/api/profile.schema.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { Loaded } from '../components/Loading.tsx';
import { ListEditor } from '../components/profile/ListEditor.tsx';
import { NumberField } from '../components/profile/NumberField.tsx';
import { useResource } from '../components/use-resource.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { getProfile, saveProfile } from '../endpoints/profile.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDateTime } from '../lib/dates.ts';
import { readOnlyNote } from '../lib/navigation.ts';
import { formatFixed } from '../lib/numbers.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function ProfileScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  usePageTitle([t('nav.profile'), puskesmas.name, year]);
  const resource = useResource(
    (signal) => getProfile(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  return (
    <section className="page" aria-labelledby="profile-title">
      <h1 id="profile-title">{t('profile.title', { year })}</h1>
      <Loaded resource={resource}>{(view) => <ProfileForm view={view} reload={resource.reload} />}</Loaded>
    </section>
  );
}

function ProfileForm({ view, reload }: { view: ProfileView; reload(): void }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const readOnlyWhy = readOnlyNote(user.role, 'profile:write', view.status, 'profile.readOnly');
  const readOnly = readOnlyWhy !== null;
  const [data, setData] = useState<ProfileData>(view.profile);
  const [rawatInap, setRawatInap] = useState(view.puskesmas.rawatInap);
  const [version, setVersion] = useState(view.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  useEffect(() => {
    setData(view.profile);
    setRawatInap(view.puskesmas.rawatInap);
    setVersion(view.version);
  }, [view]);

  const set = <K extends keyof ProfileData>(key: K, value: ProfileData[K]) => {
    setSaved(false);
    setData((d) => ({ ...d, [key]: value }));
  };
  const onProblem = (field: string, label: string | null) =>
    setProblems(({ [field]: _old, ...rest }) => (label ? { ...rest, [field]: label } : rest));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const outcome = await saveProfile(view.puskesmas.code, view.year, {
        rawatInap,
        profile: data,
        expectedVersion: version,
      });
      if (outcome.ok) {
        setVersion(outcome.data.version);
        setSaved(true);
      } else {
        setError(outcome.error);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const population = data.villages.reduce((n, v) => n + v.population, 0);

  return (
    <form className="profile-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <p className="hint">
        {readOnlyWhy ? t(readOnlyWhy) : t('profile.intro')}
        {view.updatedBy &&
          ` ${t('rubric.lastChange', { who: view.updatedBy, when: formatDateTime(view.updatedAt, locale) })}`}
      </p>
      <fieldset disabled={busy} className="form-grid">
        <legend>{t('profile.general')}</legend>
        <div className="field wide">
          <label htmlFor="address">{t('profile.address')}</label>
          <input
            id="address"
            value={data.address}
            readOnly={readOnly}
            onChange={(e) => set('address', e.target.value)}
          />
        </div>
        <NumberField
          label={t('profile.area')}
          value={data.areaKm2}
          readOnly={readOnly}
          onChange={(v) => set('areaKm2', v)}
          onProblem={onProblem}
        />
        <label className="checkbox field">
          <input
            type="checkbox"
            checked={rawatInap}
            disabled={readOnly}
            onChange={(e) => setRawatInap(e.target.checked)}
          />
          {t('profile.rawatInap')}
        </label>
        <p className="hint wide">{t('profile.rawatInapHint')}</p>
        {view.capabilities.length > 0 && (
          <fieldset className="wide capabilities">
            <legend>{t('profile.capabilities')}</legend>
            {view.capabilities.map((capability) => (
              <label key={capability} className="checkbox">
                <input
                  type="checkbox"
                  checked={!data.lacks.includes(capability)}
                  disabled={readOnly}
                  onChange={(e) =>
                    set(
                      'lacks',
                      e.target.checked
                        ? data.lacks.filter((c) => c !== capability)
                        : [...data.lacks, capability],
                    )
                  }
                />
                {capability}
              </label>
            ))}
            <p className="hint">{t('profile.capabilitiesHint')}</p>
          </fieldset>
        )}
      </fieldset>

      <ListEditor
        legend={`${t('profile.villages')} — ${t('profile.population', { n: formatFixed(population, 0, locale) })}`}
        items={data.villages}
        readOnly={readOnly}
        head={[t('profile.villageName'), t('profile.villagePopulation')]}
        blank={() => ({ name: '', population: 0 })}
        onChange={(villages) => set('villages', villages)}
        render={(v, i, update) => (
          <>
            <td>
              <input
                aria-label={`${t('profile.villageName')} ${i + 1}`}
                value={v.name}
                readOnly={readOnly}
                onChange={(e) => update({ ...v, name: e.target.value })}
              />
            </td>
            <td>
              <NumberField
                bare
                integer
                label={`${t('profile.villagePopulation')} ${i + 1}`}
                value={v.population}
                readOnly={readOnly}
                onChange={(n) => update({ ...v, population: n ?? 0 })}
                onProblem={onProblem}
              />
            </td>
          </>
        )}
      />

      <fieldset className="form-grid four">
        <legend>{t('profile.targetPopulations')}</legend>
        {SASARAN_KEYS.map((key) => (
          <NumberField
            key={key}
            integer
            label={SASARAN_LABELS[key]}
            value={data.targetPopulations[key]}
            readOnly={readOnly}
            onChange={(v) => set('targetPopulations', { ...data.targetPopulations, [key]: v })}
            onProblem={onProblem}
          />
        ))}
      </fieldset>

      <fieldset className="form-grid four">
        <legend>{t('profile.staff')}</legend>
        {PROFESSIONS.map((key) => (
          <NumberField
            key={key}
            integer
            label={PROFESSION_LABELS[key]}
            value={data.staff[key]}
            readOnly={readOnly}
            onChange={(v) => set('staff', { ...data.staff, [key]: v ?? 0 })}
            onProblem={onProblem}
          />
        ))}
      </fieldset>

      <ListEditor
        legend={t('profile.facilities')}
        items={data.facilities}
        readOnly={readOnly}
        head={[t('profile.facilityName'), t('profile.facilityCount'), t('profile.facilityCondition')]}
        blank={() => ({ name: '', count: 1, condition: 'baik' as const })}
        onChange={(facilities) => set('facilities', facilities)}
        render={(f, i, update) => (
          <>
            <td>
              <input
                aria-label={`${t('profile.facilityName')} ${i + 1}`}
                value={f.name}
                readOnly={readOnly}
                onChange={(e) => update({ ...f, name: e.target.value })}
              />
            </td>
            <td>
              <NumberField
                bare
                integer
                label={`${t('profile.facilityCount')} ${i + 1}`}
                value={f.count}
                readOnly={readOnly}
                onChange={(n) => update({ ...f, count: n ?? 0 })}
                onProblem={onProblem}
              />
            </td>
            <td>
              <select
                aria-label={`${t('profile.facilityCondition')} ${i + 1}`}
                value={f.condition}
                disabled={readOnly}
                onChange={(e) =>
                  update({ ...f, condition: e.target.value as (typeof FACILITY_CONDITIONS)[number] })
                }
              >
                {FACILITY_CONDITIONS.map((c) => (
                  <option key={c} value={c}>
                    {t(`profile.condition.${c}`)}
                  </option>
                ))}
              </select>
            </td>
          </>
        )}
      />

      {Object.keys(problems).length > 0 && (
        <p className="error" role="alert">
          {t('profile.fixFirst', { fields: Object.values(problems).join(', ') })}
        </p>
      )}
      {error !== null && (
        <div className="load-error">
          <ErrorText error={error} />
          <button type="button" className="secondary" onClick={reload}>
            {t('profile.reload')}
          </button>
        </div>
      )}
      {saved && (
        <p className="success" role="status">
          {t('profile.saved')}
        </p>
      )}
      {!readOnly && (
        <div className="form-actions">
          <button type="submit" disabled={busy || Object.keys(problems).length > 0}>
            {busy ? t('app.saving') : t('app.save')}
          </button>
        </div>
      )}
    </form>
  );
}
