// Bab VI: the RTL actions per problem, most pressing problem first — each action with its target,
// person in charge, dates, budget and status, an overdue mark when its due date has passed while it is
// still open, its follow-up and the evidence of it. Actions carried from last year whose indicator has
// no problem this year are listed on their own.
import { Fragment, useState } from 'react';
import type { AnalysisView, ProblemView, RtlActionView } from '../../../shared/api/analysis.schema.ts';
import { dateWords } from '../../../shared/calendar-words.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EvidencePanel } from '../evidence/EvidencePanel.tsx';
import { useEvidenceCounts, type EvidenceCounts } from '../feedback/use-evidence-counts.ts';
import { ActionForm } from './ActionForm.tsx';

const STATUS_BADGE = {
  direncanakan: 'badge-none',
  berjalan: 'badge-kuning',
  selesai: 'badge-hijau',
  batal: 'badge-none',
} as const;

export function RtlSection(props: {
  code: string;
  year: number;
  view: AnalysisView;
  mayWrite: boolean;
  onSaved(view: AnalysisView, notice: string): void;
}) {
  const { t } = useI18n();
  const { view } = props;
  const evidence = useEvidenceCounts(props.code, props.year, 'rtl_action');
  const withProblem = new Set(view.problems.map((p) => p.indicator.code));
  const loose = view.actions.filter((a) => !withProblem.has(a.indicator.code));
  const overdue = view.actions.filter((a) => a.overdue).length;
  return (
    <>
      {overdue > 0 && (
        <p className="notice overdue-notice" data-testid="overdue-count">
          {t('rtl.overdueCount', { count: overdue })}
        </p>
      )}
      {view.problems.length === 0 && loose.length === 0 && <p className="notice">{t('rtl.noProblems')}</p>}
      {view.problems.map((p) => (
        <ProblemActions
          key={p.indicator.code}
          {...props}
          evidence={evidence}
          problem={p}
          actions={view.actions.filter((a) => a.indicator.code === p.indicator.code)}
        />
      ))}
      {loose.length > 0 && (
        <section className="rtl-problem" aria-labelledby="rtl-loose">
          <h3 id="rtl-loose">{t('rtl.loose')}</h3>
          <ActionsTable {...props} evidence={evidence} actions={loose} indicatorCode={null} />
        </section>
      )}
    </>
  );
}

function ProblemActions(props: {
  code: string;
  year: number;
  problem: ProblemView;
  actions: readonly RtlActionView[];
  evidence: EvidenceCounts;
  mayWrite: boolean;
  onSaved(view: AnalysisView, notice: string): void;
}) {
  const { t } = useI18n();
  const { problem } = props;
  const [adding, setAdding] = useState(false);
  const headingId = `rtl-${problem.indicator.code.replace(/\W/g, '-')}`;
  return (
    <section className="rtl-problem" aria-labelledby={headingId} data-rtl-problem={problem.indicator.code}>
      <h3 id={headingId}>
        <span className="rank">#{problem.rank}</span> {problem.indicator.number} {problem.indicator.name}{' '}
        <span className="muted small">{t('analysis.usgTotal', { total: problem.total })}</span>
      </h3>
      <p className="problem-text">{problem.problem}</p>
      {props.actions.length > 0 ? (
        <ActionsTable {...props} indicatorCode={problem.indicator.code} />
      ) : (
        <p className="muted">{t('rtl.noActions')}</p>
      )}
      {props.mayWrite &&
        (adding ? (
          <ActionForm
            code={props.code}
            year={props.year}
            indicatorCode={problem.indicator.code}
            action={null}
            onSaved={(view) => {
              setAdding(false);
              props.onSaved(view, t('rtl.saved'));
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button
            type="button"
            className="secondary"
            aria-label={t('rtl.addFor', { indicator: problem.indicator.name })}
            onClick={() => setAdding(true)}
          >
            {t('rtl.add')}
          </button>
        ))}
    </section>
  );
}

function ActionsTable(props: {
  code: string;
  year: number;
  actions: readonly RtlActionView[];
  /** The problem's indicator; null for actions listed without a problem. */
  indicatorCode: string | null;
  evidence: EvidenceCounts;
  mayWrite: boolean;
  onSaved(view: AnalysisView, notice: string): void;
}) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<number | null>(null);
  const [evidence, setEvidence] = useState<number | null>(null);
  const when = (a: RtlActionView) =>
    [a.startOn && dateWords(a.startOn, locale), a.dueOn && dateWords(a.dueOn, locale)]
      .filter(Boolean)
      .join(' – ');
  return (
    <div className="table-scroll">
      <table className="data-table rtl-table">
        <thead>
          <tr>
            {props.indicatorCode === null && <th scope="col">{t('analysis.col.indicator')}</th>}
            <th scope="col">{t('rtl.action')}</th>
            <th scope="col">{t('rtl.target')}</th>
            <th scope="col">{t('rtl.person')}</th>
            <th scope="col">{t('rtl.when')}</th>
            <th scope="col">{t('rtl.budget')}</th>
            <th scope="col">{t('rtl.status')}</th>
            <th scope="col">{t('rtl.followUp')}</th>
          </tr>
        </thead>
        <tbody>
          {props.actions.map((a) => {
            const columns = props.indicatorCode === null ? 8 : 7;
            return (
              <Fragment key={a.id}>
                <tr data-action={a.id} className={a.overdue ? 'overdue' : undefined}>
                  {props.indicatorCode === null && (
                    <td>
                      {a.indicator.number} {a.indicator.name}
                    </td>
                  )}
                  <th scope="row">
                    {a.action}
                    {a.carriedFrom && (
                      <span className="muted small block">
                        {t('rtl.carriedFrom', { year: a.carriedFrom.year })}
                      </span>
                    )}
                  </th>
                  <td>{a.target}</td>
                  <td>{a.personInCharge}</td>
                  <td>
                    {when(a) || '–'}
                    {a.overdue && (
                      <span className="badge badge-merah block-badge" data-testid="overdue">
                        {t('rtl.overdue', { days: a.daysOverdue })}
                      </span>
                    )}
                  </td>
                  <td>{a.budgetSource ?? '–'}</td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[a.status]}`}>{t(`rtl.status.${a.status}`)}</span>
                  </td>
                  <td>
                    {a.followUp ?? <span className="muted">–</span>}
                    <div className="row-actions">
                      {props.mayWrite && editing !== a.id && (
                        <button type="button" className="link-button" onClick={() => setEditing(a.id)}>
                          {t('rtl.edit')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={evidence === a.id}
                        onClick={() => setEvidence(evidence === a.id ? null : a.id)}
                      >
                        {t('evidence.count', { count: props.evidence.of(String(a.id)) ?? '…' })}
                      </button>
                    </div>
                  </td>
                </tr>
                {editing === a.id && (
                  <tr className="rtl-form-row">
                    <td colSpan={columns}>
                      <ActionForm
                        code={props.code}
                        year={props.year}
                        indicatorCode={a.indicator.code}
                        action={a}
                        onSaved={(view) => {
                          setEditing(null);
                          props.onSaved(view, t('rtl.saved'));
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                )}
                {evidence === a.id && (
                  <tr className="rtl-evidence-row">
                    <td colSpan={columns}>
                      <EvidencePanel
                        code={props.code}
                        year={props.year}
                        attachedTo="rtl_action"
                        attachedKey={String(a.id)}
                        canEdit={props.mayWrite}
                        kinds={['document', 'photo', 'minutes', 'attendance']}
                        label={t('rtl.evidenceOf', { action: a.action })}
                        onChange={() => props.evidence.reload()}
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
  );
}
