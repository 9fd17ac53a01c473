// UKM Pengembangan: which services the Puskesmas offers, and the one key indicator of each.
import type { TargetsView } from '../../../shared/api/targets.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function ServiceChoice(props: {
  services: TargetsView['services'];
  names: ReadonlyMap<string, string>;
  readOnly: boolean;
  onChoose(serviceChosen: string | null, next: string | null): void;
}) {
  const { t } = useI18n();
  if (props.services.length === 0) return null;
  return (
    <section className="dash-section" aria-labelledby="services-title">
      <h2 id="services-title">{t('targets.services')}</h2>
      <p className="hint">{t('targets.servicesHint')}</p>
      <div className="service-grid">
        {props.services.map((s) => (
          <label key={s.code} className="field">
            <span>
              {s.number} {s.name}
            </span>
            <select
              value={s.chosen ?? ''}
              disabled={props.readOnly}
              onChange={(e) => props.onChoose(s.chosen, e.target.value === '' ? null : e.target.value)}
            >
              <option value="">{t('targets.notOffered')}</option>
              {s.indicators.map((code) => (
                <option key={code} value={code}>
                  {props.names.get(code) ?? code}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </section>
  );
}
