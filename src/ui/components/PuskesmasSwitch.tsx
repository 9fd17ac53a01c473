// For district accounts: jump to another Puskesmas of the district, on the same screen and year.
import { listDistrictPuskesmas } from '../endpoints/org-units.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useResource } from './use-resource.ts';

export function PuskesmasSwitch(props: {
  districtCode: string;
  current: string;
  onChoose(code: string): void;
}) {
  const { t } = useI18n();
  const list = useResource((signal) => listDistrictPuskesmas(props.districtCode, signal), props.districtCode);
  if (list.status !== 'ready') return null;
  return (
    <label className="puskesmas-switch">
      <span className="visually-hidden">{t('nav.choosePuskesmas')}</span>
      <select
        value={props.current}
        onChange={(e) => props.onChoose(e.target.value)}
        aria-label={t('nav.choosePuskesmas')}
      >
        {list.data.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
