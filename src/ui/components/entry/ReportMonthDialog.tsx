// "Laporkan {bulan}": what reporting the month means — all its indicators filled, on time or late as of
// today, corrections afterwards only with a reason — and the report itself, answered in place.
import { useRef, useState } from 'react';
import { useModal } from '../use-modal.ts';
import type { MonthCompleteness } from '../../../shared/api/dashboard.schema.ts';
import { ApiError } from '../../api.ts';
import { reportMonth } from '../../endpoints/month-reports.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/dates.ts';
import { monthLabel } from '../../lib/month-words.ts';

export function ReportMonthDialog(props: {
  code: string;
  year: number;
  month: MonthCompleteness;
  /** Today on the Puskesmas' clock ('YYYY-MM-DD'). */
  today: string;
  onReported(month: MonthCompleteness, recorded: boolean): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  // A report is not taken back: Enter right after opening does not make it ("Batal" has the focus).
  const ref = useModal(cancel);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { month } = props;
  const name = monthLabel(month.month, t);
  const due = formatDate(month.due, locale);
  const report = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await reportMonth(props.code, props.year, month.month);
      props.onReported(answer.month, answer.recorded);
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('error.network'));
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      className="report-dialog"
      aria-labelledby="report-title"
      aria-describedby="report-text"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) props.onCancel();
      }}
    >
      <h2 id="report-title">{t('report.confirmTitle', { month: name })}</h2>
      <div id="report-text">
        <p>{t('report.confirmComplete', { count: month.required })}</p>
        <p className={props.today > month.due ? 'late-text' : undefined}>
          {props.today > month.due
            ? t('report.confirmLate', { date: due })
            : t('report.confirmOnTime', { date: due })}
        </p>
        <p className="muted">{t('report.confirmAfter')}</p>
      </div>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void report()} disabled={busy}>
          {t('report.confirm')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} ref={cancel} disabled={busy}>
          {t('app.cancel')}
        </button>
      </div>
    </dialog>
  );
}
