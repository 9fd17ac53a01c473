// The status of a Puskesmas-year on every one of its screens: where it stands in the cycle (draf →
// diajukan → diverifikasi → final → dipublikasikan), what that means, the moves the user may make
// (each asking first), and the history of its moves.
import { useId, useState } from 'react';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../../../domain/assessment/status.ts';
import type { MoveOption, StatusChange, YearWorkflow } from '../../../shared/api/workflow.schema.ts';
import { ApiError } from '../../api.ts';
import { makeMove } from '../../endpoints/workflow.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { MoveDialog } from './MoveDialog.tsx';

const STAMP: Record<AssessmentStatus, keyof YearWorkflow['stamps'] | null> = {
  draft: null,
  submitted: 'submittedAt',
  verified: 'verifiedAt',
  final: 'finalisedAt',
  published: 'publishedAt',
};

function HistoryEntry({ entry }: { entry: StatusChange }) {
  const { t, locale } = useI18n();
  const to = t(`workflow.step.${entry.to}`);
  const change =
    entry.from === null
      ? t('workflow.history.first', { to })
      : t('workflow.history.entry', { from: t(`workflow.step.${entry.from}`), to });
  return (
    <li>
      <span className="history-when">{formatDateTime(entry.at, locale)}</span> · <span>{entry.actor}</span> ·{' '}
      <strong>{change}</strong>
      {entry.move === 'withdrawal' && <span className="muted"> ({t('workflow.history.withdrawal')})</span>}
      {entry.reason && <q className="history-reason">{entry.reason}</q>}
    </li>
  );
}

export function StatusBar(props: {
  view: YearWorkflow;
  districtName: string;
  /** After a move: the new view, for the screens below to read the year again. */
  onMoved(view: YearWorkflow): void;
  /** Someone else moved the year meanwhile (409): read it again. */
  onStale(): void;
}) {
  const { t, locale } = useI18n();
  const { view } = props;
  const [open, setOpen] = useState<MoveOption | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const historyId = useId();
  const status = view.status ?? 'draft';
  const stamp = STAMP[status];
  const date = formatDate(stamp ? view.stamps[stamp] : null, locale);

  return (
    <section
      className={`status-bar status-${status}`}
      aria-label={t('workflow.region')}
      data-testid="status-bar"
    >
      <ol className="status-steps">
        {ASSESSMENT_STATUSES.map((s) => (
          <li
            key={s}
            aria-current={s === status ? 'step' : undefined}
            className={
              ASSESSMENT_STATUSES.indexOf(s) < ASSESSMENT_STATUSES.indexOf(status) ? 'passed' : undefined
            }
          >
            {t(`workflow.step.${s}`)}
          </li>
        ))}
      </ol>
      <p className="status-says" data-testid="status-says">
        {t(`workflow.says.${status}`, { date })}
        {view.unclosedReturns > 0 && ` ${t('workflow.returnsOpen', { count: view.unclosedReturns })}`}
      </p>
      <div className="status-actions">
        {view.moves.map((option) => {
          const blockedId = `${historyId}-${option.move}-blocked`;
          return (
            <span key={option.move} className="status-move">
              <button
                type="button"
                className={
                  option.to === 'draft' || option.move.startsWith('reopen') ? 'secondary' : undefined
                }
                aria-disabled={option.blocked ? true : undefined}
                aria-describedby={option.blocked ? blockedId : undefined}
                onClick={() => {
                  if (option.blocked) return;
                  setDone(null);
                  setOpen(option);
                }}
              >
                {t(`workflow.move.${option.move}`)}
              </button>
              {option.blocked && (
                <span className="muted status-blocked" id={blockedId}>
                  {t(`workflow.blocked.${option.blocked.code}`, {
                    count: option.blocked.count ?? 0,
                    year: view.year,
                  })}
                </span>
              )}
            </span>
          );
        })}
        <button
          type="button"
          className="link-button"
          aria-expanded={showHistory}
          aria-controls={historyId}
          onClick={() => setShowHistory((v) => !v)}
        >
          {t('workflow.history', { count: view.history.length })}
        </button>
      </div>
      <p role="status" className="status-done">
        {done}
      </p>
      {showHistory && (
        <div id={historyId} className="status-history">
          <h2 className="visually-hidden">{t('workflow.history.title')}</h2>
          {view.history.length === 0 ? (
            <p className="muted">{t('workflow.history.none')}</p>
          ) : (
            <ol data-testid="status-history">
              {view.history.map((entry, i) => (
                <HistoryEntry key={`${entry.at}-${i}`} entry={entry} />
              ))}
            </ol>
          )}
        </div>
      )}
      {open && (
        <MoveDialog
          option={open}
          view={view}
          districtName={props.districtName}
          onCancel={() => setOpen(null)}
          onConfirm={async (reason) => {
            if (open.move === 'publish') return;
            const next = await makeMove(view.puskesmas.code, view.year, open.move, {
              expectedStatus: status,
              reason,
            }).catch((error: unknown) => {
              // The dialog says why; the bar shows the year as it is now.
              if (error instanceof ApiError && error.status === 409) props.onStale();
              throw error;
            });
            setOpen(null);
            setDone(t(`workflow.done.${open.move}`));
            props.onMoved(next);
          }}
        />
      )}
    </section>
  );
}
