// Someone else saved the same record while this person was writing: their words stay in the form,
// the stored ones are shown beside them, and the person chooses which to keep.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

export function StaleNotice(props: {
  /** Who saved it, and when (already formatted). */
  by: string;
  /** What is stored now, to read before choosing. */
  stored: ReactNode;
  onKeepMine(): void;
  onTakeStored(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="stale-notice" role="alert">
      <p>
        <strong>{t('improvement.staleTitle')}</strong> {t('improvement.staleBy', { by: props.by })}
      </p>
      <div className="stale-stored">{props.stored}</div>
      <div className="form-actions">
        <button type="button" onClick={props.onKeepMine}>
          {t('improvement.keepMine')}
        </button>
        <button type="button" className="secondary" onClick={props.onTakeStored}>
          {t('improvement.takeStored')}
        </button>
      </div>
    </div>
  );
}
