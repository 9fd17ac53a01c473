// What waits for the signed-in person in a year, in sections (months to report, returns, the year to
// submit, feedback, the verifier's queue, the admin's lists), each item with the link to where it is done.
import { Link } from 'react-router';
import type { WaitingItem, WaitingView } from '../../../shared/api/waiting.schema.ts';
import { formatNumber } from '../../../shared/format.ts';
import { getWaiting } from '../../endpoints/waiting.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/id.ts';
import { formatDate } from '../../lib/dates.ts';
import { monthLabel } from '../../lib/month-words.ts';
import { waitingLinks } from '../../lib/waiting-links.ts';
import type { Locale } from '../../../shared/messages/index.ts';
import { Loaded } from '../Loading.tsx';
import { useResource } from '../use-resource.ts';

const SECTIONS: readonly { kind: WaitingItem['kind']; title: MessageKey }[] = [
  { kind: 'submission', title: 'home.section.submission' },
  { kind: 'month', title: 'home.section.months' },
  { kind: 'returned', title: 'home.section.returned' },
  { kind: 'feedback', title: 'home.section.feedback' },
  { kind: 'verify', title: 'home.section.verify' },
  { kind: 'answered', title: 'home.section.answered' },
  { kind: 'not-submitted', title: 'home.section.notSubmitted' },
  { kind: 'finalise', title: 'home.section.finalise' },
  { kind: 'publish', title: 'home.section.publish' },
];

/** Whether an item asks something of the person (the count on top); the publication's state only informs. */
function isWork(item: WaitingItem): boolean {
  return item.kind !== 'publish' || item.state === 'ready';
}

function Lines({ item, t, locale, year }: { item: WaitingItem; t: Translate; locale: Locale; year: number }) {
  const date = (iso: string | null) => formatDate(iso, locale);
  switch (item.kind) {
    case 'month': {
      const month = monthLabel(item.month, t);
      const head = item.complete
        ? t(item.canReport ? 'home.month.ready' : 'home.month.readyOthers', { month })
        : t('home.month.incomplete', { month, count: item.missing });
      return (
        <>
          <p className="waiting-head">
            {head}{' '}
            <span className={item.overdue ? 'late-text' : 'muted'}>
              ({t(item.overdue ? 'home.month.overdue' : 'home.month.due', { date: date(item.due) })})
            </span>
          </p>
          {item.missingIndicators.length > 0 && (
            <p className="muted">
              {item.missingIndicators.map((i) => i.name).join('; ')}
              {item.missing > item.missingIndicators.length &&
                ` ${t('report.more', { count: item.missing - item.missingIndicators.length })}`}
            </p>
          )}
        </>
      );
    }
    case 'returned':
      return (
        <>
          <p className="waiting-head">
            {item.name} <span className="muted">({item.code})</span>
            {item.overdue && <span className="late-text"> · {t('home.overdue')}</span>}
          </p>
          <p>“{item.comment}”</p>
          <p className="muted">
            {t('home.returnedBy', { who: item.returnedBy, date: date(item.returnedAt) })}
          </p>
        </>
      );
    case 'submission': {
      const blockers = [
        item.monthsUnreported > 0 && t('home.submission.months', { count: item.monthsUnreported }),
        item.warningsOpen > 0 && t('home.submission.warnings', { count: item.warningsOpen }),
        item.returnsOpen > 0 && t('home.submission.returns', { count: item.returnsOpen }),
      ].filter((b): b is string => typeof b === 'string');
      return (
        <>
          <p className="waiting-head">
            {t(item.yearOver ? 'home.submission.draft' : 'home.submission.yearNotOver', { year })}
          </p>
          {blockers.length > 0 ? (
            <ul className="waiting-blockers">
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('home.submission.ready')}</p>
          )}
        </>
      );
    }
    case 'feedback':
      return (
        <>
          <p className="waiting-head">
            {item.name ?? t('feedback.scope.overall')}
            {item.code && <span className="muted"> ({item.code})</span>}
          </p>
          <p>“{item.text}”</p>
          <p className="muted">
            {t('home.feedback.letter', { number: item.letter.number, date: date(item.letter.datedOn) })} ·{' '}
            {item.followUp === null
              ? t('home.feedback.none')
              : t('home.feedback.status', { status: t(`followUp.status.${item.followUp}` as MessageKey) })}
          </p>
        </>
      );
    case 'verify': {
      const parts = [
        item.notLooked > 0 &&
          t('home.verify.summary', { notLooked: item.notLooked, programmes: item.programmes }),
        item.answered > 0 && t('home.verify.answered', { count: item.answered }),
        item.returned > 0 && t('home.verify.returned', { count: item.returned }),
      ].filter((p): p is string => typeof p === 'string');
      return (
        <>
          <p className="waiting-head">
            {item.puskesmas.name}{' '}
            {item.submittedAt && (
              <span className="muted">({t('home.verify.submitted', { date: date(item.submittedAt) })})</span>
            )}
          </p>
          <p>{parts.length > 0 ? parts.join(' · ') : t('home.verify.allLooked')}</p>
          {item.overdue > 0 && (
            <p className="late-text">
              {t('home.verify.overdue', {
                count: item.overdue,
                days: formatNumber(item.overdueDays ?? 0, 0, locale),
              })}
            </p>
          )}
        </>
      );
    }
    case 'answered':
      return (
        <>
          <p className="waiting-head">
            {item.puskesmas.name}: {item.name} <span className="muted">({item.code})</span>
            {item.overdue && <span className="late-text"> · {t('home.overdue')}</span>}
          </p>
          <p>“{item.comment}”</p>
          {item.answer && <p>{t('home.answered.answer', { answer: item.answer })}</p>}
          <p className="muted">
            {t('home.answered.by', { who: item.answeredBy ?? '–', date: date(item.answeredAt) })}
          </p>
        </>
      );
    case 'not-submitted':
      return (
        <p className="waiting-head">
          {item.puskesmas.name}{' '}
          <span className="muted">
            (
            {item.status === null
              ? t('home.notSubmitted.notOpened')
              : t('home.notSubmitted.months', { reported: item.monthsReported, due: item.monthsDue })}
            )
          </span>
        </p>
      );
    case 'finalise':
      return (
        <p className="waiting-head">
          {item.puskesmas.name}{' '}
          <span className="muted">({t('home.finalise.verified', { date: date(item.verifiedAt) })})</span>
        </p>
      );
    case 'publish':
      return (
        <p className="waiting-head">
          {item.state === 'published'
            ? t('home.publish.published')
            : item.state === 'ready'
              ? t('home.publish.ready', { total: item.total })
              : t('home.publish.waiting', { final: item.final, total: item.total })}
        </p>
      );
  }
}

function itemKey(item: WaitingItem): string {
  switch (item.kind) {
    case 'month':
      return `month:${item.month}`;
    case 'returned':
    case 'answered':
      return `${item.kind}:${item.id}`;
    case 'feedback':
      return `feedback:${item.pointId}`;
    case 'publish':
      return 'publish';
    default:
      return `${item.kind}:${item.puskesmas.code}`;
  }
}

export function WaitingSections({ view, district }: { view: WaitingView; district: string | null }) {
  const { t, locale } = useI18n();
  const work = view.items.filter(isWork).length;
  return (
    <div className="waiting">
      <p className="waiting-count" role="status">
        {work === 0 ? t('home.nothing', { year: view.year }) : t('home.count', { count: work })}
      </p>
      {SECTIONS.map(({ kind, title }) => {
        const items = view.items.filter((i) => i.kind === kind);
        if (items.length === 0) return null;
        const id = `waiting-${kind}`;
        return (
          <section key={kind} className="waiting-section" aria-labelledby={id} data-kind={kind}>
            <h2 id={id}>
              {t(title)} <span className="muted">({items.length})</span>
            </h2>
            <ul className="waiting-items">
              {items.map((item) => (
                <li key={itemKey(item)} className="waiting-item" data-kind={kind}>
                  <div className="waiting-text">
                    <Lines item={item} t={t} locale={locale} year={view.year} />
                  </div>
                  <div className="waiting-links">
                    {waitingLinks(item, view.year, district).map((link) => (
                      <Link key={link.to} to={link.to} className="waiting-link">
                        {t(link.label)}
                      </Link>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Loads and shows what waits for the signed-in person in `year`. */
export function WaitingList({ year, district }: { year: number; district: string | null }) {
  const resource = useResource((signal) => getWaiting(year, signal), String(year));
  return <Loaded resource={resource}>{(view) => <WaitingSections view={view} district={district} />}</Loaded>;
}
