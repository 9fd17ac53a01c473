// The grid's save state in words, announced politely: saving, all saved, or what is waiting.
import { useI18n } from '../../i18n/i18n.tsx';
import { saveSummary, type EntryState } from '../../lib/entry-state.ts';

export function SaveStatus({ state, onRetry }: { state: EntryState; onRetry(): void }) {
  const { t } = useI18n();
  const { saving, unsaved, conflicts } = saveSummary(state);
  const failed = Object.values(state).some((c) => c.error);
  return (
    <p className="save-status" role="status" aria-live="polite" data-testid="save-status">
      {saving > 0 ? (
        <span className="saving">{t('entry.savingCount', { count: saving })}</span>
      ) : unsaved + conflicts > 0 ? (
        <span className="unsaved">
          {t('entry.unsaved', { count: unsaved + conflicts })}
          {failed && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={onRetry}>
                {t('app.retry')}
              </button>
            </>
          )}
        </span>
      ) : (
        <span className="saved">✓ {t('entry.allSaved')}</span>
      )}
    </p>
  );
}
