// Verification of one Puskesmas-year, programme by programme: the Puskesmas' figures and Dinkes'
// corrections side by side (who, when, why), the year's result at both stages, what is returned and
// its answers. Dinkes corrects (with a reason), returns (with a comment) and marks a programme
// reviewed while the year is submitted; the Puskesmas reads the same screen.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type {
  CorrectionBody,
  ReturnedItemView,
  VerificationIndicator,
  VerificationView,
} from '../../shared/api/verification.schema.ts';
import { CategoryBadge } from '../components/CategoryBadge.tsx';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { CorrectionDialog, type CorrectionSubject } from '../components/verification/CorrectionDialog.tsx';
import { IndicatorReview, type ReviewActions } from '../components/verification/IndicatorReview.tsx';
import { ReturnList } from '../components/verification/ReturnList.tsx';
import { TextDialog } from '../components/verification/TextDialog.tsx';
import {
  acceptProgramme,
  answerReturn,
  closeReturn,
  getVerification,
  returnAgain,
  returnItem,
  saveCorrection,
  withdrawCorrection,
} from '../endpoints/verification.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDateTime } from '../lib/dates.ts';
import { AXES, formatAxis } from '../lib/figures.ts';
import { can, paths } from '../lib/navigation.ts';
import { fixLink } from '../lib/verification.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function VerificationScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  const [search] = useSearchParams();
  const programme = search.get('programme');
  const resource = useResource(
    (signal) => getVerification(puskesmas.code, year, programme, signal),
    `${puskesmas.code}/${year}/${programme ?? ''}`,
  );
  usePageTitle([t('nav.verification'), puskesmas.name, year]);
  return (
    <section className="page verify-page" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('verify.title', { year })}</h1>
      <Loaded resource={resource}>
        {(view) => <VerificationBody view={view} reload={resource.reload} />}
      </Loaded>
    </section>
  );
}

type Dialog =
  | { kind: 'correct'; indicator: VerificationIndicator; subject: CorrectionSubject }
  | { kind: 'withdraw'; indicator: VerificationIndicator; subject: CorrectionSubject }
  | { kind: 'return'; scope: 'indicator' | 'programme'; code: string; name: string }
  | { kind: 'again'; item: ReturnedItemView }
  | null;

function VerificationBody({ view, reload }: { view: VerificationView; reload(): void }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const code = view.puskesmas.code;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const verifier = can(user.role, 'verification:write');
  const mayVerify = verifier && view.open;
  const { refreshStatus } = usePuskesmasYear();
  // Every change here may open or close a move (an open return blocks "Verifikasi"): the bar reads again.
  const done = () => {
    setDialog(null);
    reload();
    refreshStatus();
  };
  // A refusal from a button without a dialog (someone moved the item first) shows above the list.
  const run = (action: () => Promise<unknown>) => {
    setNotice(null);
    action().then(done, (error: unknown) =>
      setNotice(error instanceof Error ? error.message : String(error)),
    );
  };

  const actions: ReviewActions | null = mayVerify
    ? {
        correct: (indicator, subject) => setDialog({ kind: 'correct', indicator, subject }),
        withdraw: (indicator, subject) => setDialog({ kind: 'withdraw', indicator, subject }),
        returnIndicator: (indicator) =>
          setDialog({
            kind: 'return',
            scope: 'indicator',
            code: indicator.code,
            name: `${indicator.number} ${indicator.name}`,
          }),
      }
    : null;
  const programme = view.programme;
  const lastLook = programme.lastLook;

  return (
    <>
      <p className="hint">
        {verifier ? t('verify.introDinkes') : t('verify.introPuskesmas')}
        {verifier && !view.open ? ` ${t('verify.closedNote')}` : ''}
      </p>
      {/* A draft has no verified result yet: Dinkes verifies from submission on. */}
      <table className="data-table compact verify-result">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('verify.resultOwn')}</span>
            </th>
            {AXES.map((axis) => (
              <th key={axis} scope="col" className="num">
                {t(`dash.${axis}`)}
              </th>
            ))}
            <th scope="col">{t('dash.overall')}</th>
          </tr>
        </thead>
        <tbody>
          {(view.status === 'draft' ? (['own'] as const) : (['own', 'verified'] as const)).map((stage) => {
            const h = view.result[stage];
            return (
              <tr key={stage}>
                <th scope="row">{t(stage === 'own' ? 'verify.resultOwn' : 'verify.resultVerified')}</th>
                {AXES.map((axis) => (
                  <td key={axis} className="num">
                    {formatAxis(axis, h[axis], locale)}
                  </td>
                ))}
                <td>
                  <CategoryBadge category={h.categories.overall} />
                  {h.kelompok ? ` ${t('dash.kelompok', { kelompok: h.kelompok })}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="verify-layout">
        <nav className="verify-programmes" aria-label={t('verify.programmes')}>
          <ul>
            {view.programmes.map((p) => (
              <li key={p.code}>
                <Link
                  to={paths.verification(code, view.year, p.code)}
                  aria-current={p.code === programme.code ? 'page' : undefined}
                >
                  <span className="verify-programme-name">
                    {p.number} {p.name}
                  </span>
                  <span className={`badge state-${p.state}`}>{t(`verify.state.${p.state}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="verify-main">
          <div className="verify-programme-head">
            <h2>
              {programme.number} {programme.name}{' '}
              <span className={`badge state-${programme.state}`}>{t(`verify.state.${programme.state}`)}</span>
            </h2>
            {lastLook && (
              <p className="muted">
                {t('verify.lookBy', {
                  outcome: t(`verify.state.${lastLook.outcome}`),
                  by: lastLook.by,
                  at: formatDateTime(lastLook.at, locale),
                })}
              </p>
            )}
            {mayVerify && (
              <div className="verify-programme-actions">
                <button
                  type="button"
                  onClick={() => run(() => acceptProgramme(code, view.year, programme.code))}
                >
                  {t('verify.accept')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    setDialog({
                      kind: 'return',
                      scope: 'programme',
                      code: programme.code,
                      name: `${programme.number} ${programme.name}`,
                    })
                  }
                >
                  {t('verify.returnProgramme')}
                </button>
              </div>
            )}
          </div>
          {notice && (
            <p className="error" role="alert">
              {notice}
            </p>
          )}
          {view.returns.length > 0 && (
            <section aria-labelledby="verify-returns-title" className="verify-returns">
              <h3 id="verify-returns-title">{t('verify.returns')}</h3>
              <ReturnList
                items={view.returns}
                actions={
                  mayVerify
                    ? {
                        close: (item) => run(() => closeReturn(code, view.year, item.id)),
                        again: (item) => setDialog({ kind: 'again', item }),
                      }
                    : can(user.role, 'returns:answer')
                      ? {
                          answer: async (item, text) => {
                            await answerReturn(code, view.year, item.id, text);
                            reload();
                          },
                          fixLink: (item) => fixLink(code, view.year, item),
                        }
                      : {}
                }
              />
            </section>
          )}
          {view.indicators.map((indicator) => (
            <IndicatorReview
              key={`${programme.code}:${indicator.code}`}
              indicator={indicator}
              actions={actions}
              evidence={{ code, year: view.year }}
              open={
                indicator.returns.length > 0 ||
                indicator.changedSinceLook ||
                indicator.target.correction !== null ||
                indicator.rubric?.correction != null ||
                indicator.months.some((m) => m.correction !== null)
              }
            />
          ))}
        </div>
      </div>
      {dialog?.kind === 'correct' && (
        <CorrectionDialog
          indicator={dialog.indicator}
          subject={dialog.subject}
          onClose={() => setDialog(null)}
          onSave={async (body: CorrectionBody) => {
            await saveCorrection(code, view.year, dialog.indicator.code, body);
            done();
          }}
        />
      )}
      {dialog?.kind === 'withdraw' && (
        <TextDialog
          title={t('verify.withdrawTitle', {
            indicator: `${dialog.indicator.number} ${dialog.indicator.name}`,
          })}
          label="verify.withdrawReason"
          missing="verify.reasonMissing"
          submit="verify.withdraw"
          onClose={() => setDialog(null)}
          onSubmit={async (reason) => {
            const subject = dialog.subject;
            const version =
              subject.kind === 'value'
                ? (dialog.indicator.months.find((m) => m.month === subject.month)?.correction?.version ?? 0)
                : subject.kind === 'target'
                  ? (dialog.indicator.target.correction?.version ?? 0)
                  : (dialog.indicator.rubric?.correction?.version ?? 0);
            await withdrawCorrection(code, view.year, dialog.indicator.code, {
              kind: subject.kind,
              ...(subject.kind === 'value' ? { month: subject.month } : {}),
              reason,
              expectedVersion: version,
            });
            done();
          }}
        />
      )}
      {dialog?.kind === 'return' && (
        <TextDialog
          title={t('verify.returnTitle', { name: dialog.name })}
          label="verify.comment"
          missing="verify.commentMissing"
          submit="verify.returnSubmit"
          onClose={() => setDialog(null)}
          onSubmit={async (comment) => {
            await returnItem(code, view.year, { scope: dialog.scope, code: dialog.code, comment });
            done();
          }}
        />
      )}
      {dialog?.kind === 'again' && (
        <TextDialog
          title={t('verify.returnAgainTitle', { name: dialog.item.name })}
          about={dialog.item.answer ?? undefined}
          label="verify.comment"
          missing="verify.commentMissing"
          submit="verify.returnAgain"
          onClose={() => setDialog(null)}
          onSubmit={async (comment) => {
            await returnAgain(code, view.year, dialog.item.id, comment);
            done();
          }}
        />
      )}
    </>
  );
}
