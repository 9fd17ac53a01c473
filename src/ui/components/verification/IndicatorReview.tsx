// One indicator as the verifier checks it: the Puskesmas' figure and Dinkes' correction side by side
// for its target row and each month (or its rubric item), who and when and why, what changed since
// the last look, and its score at both stages.
import type { VerificationIndicator } from '../../../shared/api/verification.schema.ts';
import { exclusionLabel } from '../../../shared/labels.ts';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime, monthIndex } from '../../lib/dates.ts';
import { formatFixed } from '../../lib/numbers.ts';
import { monthText, rubricText, targetText } from '../../lib/verification.ts';
import { EvidenceDisclosure } from '../evidence/EvidenceDisclosure.tsx';
import type { CorrectionSubject } from './CorrectionDialog.tsx';

export interface ReviewActions {
  correct(indicator: VerificationIndicator, subject: CorrectionSubject): void;
  withdraw(indicator: VerificationIndicator, subject: CorrectionSubject): void;
  returnIndicator(indicator: VerificationIndicator): void;
}

type Stamped = { by: string; at: string; reason?: string | null } | null;

export function IndicatorReview({
  indicator,
  actions,
  open,
  evidence,
}: {
  indicator: VerificationIndicator;
  /** The Puskesmas-year whose evidence of the indicator is shown (and attached, where the server allows). */
  evidence: { code: string; year: number };
  /** Null when the user may not verify (the Puskesmas, or a year not submitted): read only. */
  actions: ReviewActions | null;
  /** Shown opened: it has corrections, returns or changes. */
  open: boolean;
}) {
  const { t, locale } = useI18n();
  const months = monthNames(t, 'long');
  // An IKS figure is shown with last year's, which decides whether it rose.
  const rising = indicator.rubric?.mustRise ? indicator.rubric.lastYear : undefined;
  const score = (s: VerificationIndicator['score']['own']) =>
    s.score !== null
      ? formatFixed(s.score, 2, locale)
      : s.excluded
        ? exclusionLabel(s.excluded, locale)
        : t('verify.notScored');
  const corrected =
    indicator.target.correction !== null ||
    indicator.rubric?.correction != null ||
    indicator.months.some((m) => m.correction !== null);
  const headingId = `verify-${indicator.code}`;

  const who = (s: Stamped) =>
    s ? (
      <>
        {s.by}, {formatDateTime(s.at, locale)}
        {s.reason ? <span className="verify-reason"> — {s.reason}</span> : null}
      </>
    ) : null;

  const row = (
    key: string,
    label: string,
    own: string,
    correction: string | null,
    stamp: Stamped,
    subject: CorrectionSubject,
    changed: boolean,
    ownStamp: Stamped,
  ) => (
    <tr key={key} className={correction !== null ? 'corrected' : undefined}>
      <th scope="row">
        {label}
        {changed && <span className="badge verify-changed">{t('verify.badgeChanged')}</span>}
      </th>
      <td
        className="num"
        title={ownStamp ? `${ownStamp.by}, ${formatDateTime(ownStamp.at, locale)}` : undefined}
      >
        {own}
      </td>
      <td className="num verify-dinkes">{correction ?? ''}</td>
      <td className="verify-who">{who(stamp)}</td>
      {actions && (
        <td className="verify-row-actions">
          {/* A linked row's months are its twin's: corrected there, on the twin's own row. */}
          {!(subject.kind === 'value' && indicator.sameAs) && (
            <>
              <button
                type="button"
                className="secondary small-button"
                aria-label={`${t('verify.correct')}: ${indicator.name}, ${label}`}
                onClick={() => actions.correct(indicator, subject)}
              >
                {t('verify.correct')}
              </button>
              {correction !== null && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('verify.withdraw')}: ${indicator.name}, ${label}`}
                  onClick={() => actions.withdraw(indicator, subject)}
                >
                  {t('verify.withdraw')}
                </button>
              )}
            </>
          )}
        </td>
      )}
    </tr>
  );

  return (
    <details className="verify-indicator" open={open} data-indicator={indicator.code}>
      <summary>
        <span id={headingId} className="verify-indicator-name">
          <span className="muted">{indicator.number}</span> {indicator.name}
        </span>
        <span className="verify-indicator-score">
          {t('verify.score', { own: score(indicator.score.own), verified: score(indicator.score.verified) })}
        </span>
        {corrected && <span className="badge verify-corrected">{t('verify.badgeCorrected')}</span>}
        {indicator.returns.length > 0 && (
          <span className="badge verify-returned">{t('verify.badgeReturned')}</span>
        )}
        {indicator.changedSinceLook && (
          <span className="badge verify-changed">{t('verify.badgeChanged')}</span>
        )}
      </summary>
      {indicator.sameAs && <p className="muted">{t('verify.sameAs', { code: indicator.sameAs })}</p>}
      {indicator.notApplicable.verified && (
        <p className="muted">{t('verify.notApplicable', { reason: indicator.notApplicable.verified })}</p>
      )}
      <div className="table-scroll">
        <table className="data-table compact verify-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{indicator.name}</span>
              </th>
              <th scope="col" className="num">
                {t('verify.own')}
              </th>
              <th scope="col" className="num">
                {t('verify.dinkes')}
              </th>
              <th scope="col">{t('verify.whoWhy')}</th>
              {actions && (
                <th scope="col">
                  <span className="visually-hidden">{t('verify.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {indicator.kind !== 'rubric' &&
              row(
                'target',
                t('verify.targetRow'),
                targetText(indicator.target.own, t, locale),
                indicator.target.correction ? targetText(indicator.target.correction, t, locale) : null,
                indicator.target.correction,
                { kind: 'target' },
                false,
                indicator.target.own,
              )}
            {indicator.rubric &&
              row(
                'rubric',
                t('verify.rubricRow'),
                rubricText(indicator.rubric.own, t, locale, rising),
                indicator.rubric.correction
                  ? rubricText(indicator.rubric.correction, t, locale, rising)
                  : null,
                indicator.rubric.correction,
                { kind: 'rubric' },
                false,
                indicator.rubric.own,
              )}
            {indicator.months.map((m) =>
              row(
                m.month,
                months[monthIndex(m.month)] ?? m.month,
                monthText(indicator.fields, m.own, t, locale),
                m.correction ? monthText(indicator.fields, m.correction, t, locale) : null,
                m.correction,
                { kind: 'value', month: m.month },
                m.changedSinceLook,
                m.own,
              ),
            )}
          </tbody>
        </table>
      </div>
      <div className="verify-indicator-evidence">
        <EvidenceDisclosure
          code={evidence.code}
          year={evidence.year}
          attachedTo="indicator"
          attachedKey={indicator.code}
          canEdit
          label={`${t('evidence.title')}: ${indicator.number} ${indicator.name}`}
        />
      </div>
      {actions && (
        <div className="verify-indicator-actions">
          <button type="button" className="secondary" onClick={() => actions.returnIndicator(indicator)}>
            {t('verify.returnIndicator')}
          </button>
        </div>
      )}
    </details>
  );
}
