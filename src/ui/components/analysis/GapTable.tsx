// Bab V's list: every indicator below target with what was realised, the target and the gap in the
// unit compared, its score, and the problem the team wrote for it (or a button to write it).
import { Fragment, useId, useState } from 'react';
import type { Axis } from '../../../domain/catalog/types.ts';
import type { AnalysisView, GapView } from '../../../shared/api/analysis.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { gapWords, plainNumber } from '../../lib/gap-figures.ts';
import { ProblemForm } from './ProblemForm.tsx';

type AxisFilter = Axis | 'all';

export function GapTable(props: {
  code: string;
  year: number;
  gaps: readonly GapView[];
  mayWrite: boolean;
  onSaved(view: AnalysisView, notice: string): void;
}) {
  const { t, locale } = useI18n();
  const [axis, setAxis] = useState<AxisFilter>('all');
  const [unwritten, setUnwritten] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const ids = { axis: useId(), unwritten: useId() };
  const shown = props.gaps.filter(
    (g) => (axis === 'all' || g.axis === axis) && (!unwritten || g.problem === null),
  );
  const words = {
    yes: t('analysis.yes'),
    no: t('analysis.no'),
    noData: t('analysis.noData'),
    level: (level: string) => t('analysis.level', { level }),
    atBoundary: t('analysis.atBoundary'),
    none: '–',
  };
  if (props.gaps.length === 0) return <p className="notice">{t('analysis.noGaps')}</p>;
  return (
    <>
      <div className="gap-toolbar">
        <div className="field inline">
          <label htmlFor={ids.axis}>{t('analysis.filterAxis')}</label>
          <select id={ids.axis} value={axis} onChange={(e) => setAxis(e.target.value as AxisFilter)}>
            <option value="all">{t('analysis.axis.all')}</option>
            <option value="service">{t('analysis.axis.service')}</option>
            <option value="management">{t('analysis.axis.management')}</option>
            <option value="quality">{t('analysis.axis.quality')}</option>
          </select>
        </div>
        <label className="checkbox" htmlFor={ids.unwritten}>
          <input
            id={ids.unwritten}
            type="checkbox"
            checked={unwritten}
            onChange={(e) => setUnwritten(e.target.checked)}
          />
          {t('analysis.onlyUnwritten')}
        </label>
        <p className="muted" role="status">
          {t('analysis.gapCount', { shown: shown.length, all: props.gaps.length })}
        </p>
      </div>
      <div className="table-scroll">
        <table className="data-table gap-table">
          <caption className="visually-hidden">
            {t('analysis.gapsTitle', { count: props.gaps.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.col.indicator')}</th>
              <th scope="col" className="num">
                {t('analysis.col.realised')}
              </th>
              <th scope="col" className="num">
                {t('analysis.col.target')}
              </th>
              <th scope="col" className="num">
                {t('analysis.col.gap')}
              </th>
              <th scope="col" className="num">
                {t('analysis.col.score')}
              </th>
              <th scope="col">{t('analysis.col.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => {
              const w = gapWords(g, words, locale);
              const isOpen = open === g.indicator.code;
              return (
                <Fragment key={g.indicator.code}>
                  <tr data-gap={g.indicator.code} className={isOpen ? 'open' : undefined}>
                    <th scope="row">
                      <span className="gap-name">
                        {g.indicator.number} {g.indicator.name}
                      </span>
                      <span className="muted small block">
                        {g.programme.number} {g.programme.name}
                      </span>
                    </th>
                    <td className="num">{w.realised}</td>
                    <td className="num">{w.target}</td>
                    <td className="num">{w.gap}</td>
                    <td className="num">{plainNumber(g.score, locale)}</td>
                    <td>
                      {g.problem ? (
                        <span className="badge badge-kuning">
                          {t('analysis.priorityBadge', { rank: g.problem.rank, total: g.problem.total })}
                        </span>
                      ) : (
                        <span className="muted">{t('analysis.noProblem')}</span>
                      )}{' '}
                      {props.mayWrite && !isOpen && (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t(g.problem ? 'analysis.editProblemFor' : 'analysis.writeProblemFor', {
                            indicator: g.indicator.name,
                          })}
                          onClick={() => setOpen(g.indicator.code)}
                        >
                          {g.problem ? t('analysis.editProblem') : t('analysis.writeProblem')}
                        </button>
                      )}
                    </td>
                  </tr>
                  {isOpen && (
                    <tr className="gap-form-row">
                      <td colSpan={6}>
                        <ProblemForm
                          code={props.code}
                          year={props.year}
                          gap={g}
                          problem={g.problem}
                          onSaved={(view) => {
                            setOpen(null);
                            props.onSaved(view, t('analysis.problemSaved', { indicator: g.indicator.name }));
                          }}
                          onCancel={() => setOpen(null)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
