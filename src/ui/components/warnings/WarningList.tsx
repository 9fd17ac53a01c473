// A list of plausibility warnings with a choice of which to show (open, checked, all), open ones first.
import { useId } from 'react';
import type { WarningView } from '../../../shared/api/warnings.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { WarningItem } from './WarningItem.tsx';

export type WarningFilter = 'open' | 'checked' | 'all';

const FILTERS: readonly WarningFilter[] = ['open', 'checked', 'all'];

/** The warnings a filter shows: open ones before checked ones, each in catalog order. */
export function shownWarnings(warnings: readonly WarningView[], filter: WarningFilter): WarningView[] {
  const open = warnings.filter((w) => w.check === null);
  const checked = warnings.filter((w) => w.check !== null);
  if (filter === 'open') return open;
  if (filter === 'checked') return checked;
  return [...open, ...checked];
}

export function WarningFilterChoice({
  value,
  onChange,
}: {
  value: WarningFilter;
  onChange(filter: WarningFilter): void;
}) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="warning-filter">
      <legend>{t('warnings.filter')}</legend>
      {FILTERS.map((f) => (
        <label key={f}>
          <input type="radio" name={name} value={f} checked={value === f} onChange={() => onChange(f)} />{' '}
          {t(`warnings.filter.${f}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function WarningList(props: {
  warnings: readonly WarningView[];
  filter: WarningFilter;
  puskesmasCode: string;
  year: number;
  mayCheck: boolean;
  headingLevel: 2 | 3;
  onChanged(notice: string | null): void;
}) {
  const { t } = useI18n();
  const shown = shownWarnings(props.warnings, props.filter);
  if (shown.length === 0) return <p className="muted">{t('warnings.noneInFilter')}</p>;
  return (
    <div className="warning-list">
      {shown.map((w) => (
        <WarningItem
          key={w.key}
          warning={w}
          puskesmasCode={props.puskesmasCode}
          year={props.year}
          mayCheck={props.mayCheck}
          headingLevel={props.headingLevel}
          onChanged={props.onChanged}
        />
      ))}
    </div>
  );
}
