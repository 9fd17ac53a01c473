// Bab V's priorities: every problem written, most pressing first by USG (U + S + G), with its causes
// counted and its RTL actions (open of all).
import { CAUSE_HEADINGS } from '../../../domain/improvement/causes.ts';
import { isOpenAction } from '../../../domain/improvement/rtl.ts';
import type { ProblemView, RtlActionView } from '../../../shared/api/analysis.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function PriorityTable(props: {
  problems: readonly ProblemView[];
  actions: readonly RtlActionView[];
}) {
  const { t } = useI18n();
  if (props.problems.length === 0) return <p className="notice">{t('analysis.noProblems')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table priority-table">
        <caption className="visually-hidden">{t('analysis.prioritiesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('analysis.col.rank')}
            </th>
            <th scope="col">{t('analysis.col.indicator')}</th>
            <th scope="col">{t('analysis.col.problem')}</th>
            <th scope="col" className="num" title={t('analysis.usg.urgency')}>
              U
            </th>
            <th scope="col" className="num" title={t('analysis.usg.seriousness')}>
              S
            </th>
            <th scope="col" className="num" title={t('analysis.usg.growth')}>
              G
            </th>
            <th scope="col" className="num">
              {t('analysis.col.total')}
            </th>
            <th scope="col" className="num">
              {t('analysis.col.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((p) => {
            const actions = props.actions.filter((a) => a.indicator.code === p.indicator.code);
            const open = actions.filter((a) => isOpenAction(a.status)).length;
            const causes = CAUSE_HEADINGS.reduce((n, h) => n + p.causes[h].length, 0);
            return (
              <tr key={p.indicator.code} data-priority={p.indicator.code}>
                <td className="num">{p.rank}</td>
                <th scope="row">
                  {p.indicator.number} {p.indicator.name}
                  {!p.belowTarget && <span className="badge badge-hijau">{t('analysis.noLongerBelow')}</span>}
                </th>
                <td>
                  {p.problem}
                  <span className="muted small block">{t('analysis.causeCount', { count: causes })}</span>
                </td>
                <td className="num">{p.urgency}</td>
                <td className="num">{p.seriousness}</td>
                <td className="num">{p.growth}</td>
                <td className="num">
                  <strong>{p.total}</strong>
                </td>
                <td className="num">{t('analysis.actionCount', { open, all: actions.length })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
