// Dinkes' feedback on a Puskesmas-year and the Puskesmas' follow-up (criterion 2.8.3 f–g, 2.8.4 d–e):
// Dinkes drafts letters and the admin sends them; the Puskesmas reads them, prints them and records a
// follow-up per point with evidence. Both sides see both.
import { useState } from 'react';
import { hasPermission } from '../../domain/access/roles.ts';
import { improvementRefusal } from '../../domain/improvement/write-rules.ts';
import type { FeedbackLetterView } from '../../shared/api/feedback.schema.ts';
import { LetterCard } from '../components/feedback/LetterCard.tsx';
import { LetterEditor } from '../components/feedback/LetterEditor.tsx';
import { useEvidenceCounts } from '../components/feedback/use-evidence-counts.ts';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { getFeedback } from '../endpoints/feedback.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function FeedbackScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  const user = useUser();
  usePageTitle([t('nav.feedback'), puskesmas.name, year]);
  const resource = useResource(
    (signal) => getFeedback(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { reload } = resource;
  const evidence = useEvidenceCounts(puskesmas.code, year, 'feedback_point');

  return (
    <section className="page feedback-page" aria-labelledby="feedback-title">
      <div className="page-head">
        <h1 id="feedback-title">{t('feedback.title', { year })}</h1>
      </div>
      <p className="hint">{t('feedback.intro')}</p>
      <Loaded resource={resource}>
        {(view) => {
          const status = view.status;
          const mayWrite =
            hasPermission(user.role, 'feedback:write') &&
            improvementRefusal('feedback', user.role, status) === null;
          const maySend = mayWrite && hasPermission(user.role, 'feedback:send');
          const mayFollowUp =
            hasPermission(user.role, 'feedback:follow-up') &&
            improvementRefusal('follow-up', user.role, status) === null;
          // Newest first: the letter to act on is the latest.
          const letters = [...view.letters].reverse();
          const saved = (letter: FeedbackLetterView) => {
            setEditing(null);
            setNotice(t('feedback.savedNotice', { number: letter.number || t('feedback.noNumber') }));
            reload();
          };
          return (
            <>
              {mayWrite && editing === null && (
                <p>
                  <button type="button" onClick={() => setEditing('new')} disabled={view.status === null}>
                    {t('feedback.new')}
                  </button>
                  {view.status === null && <span className="hint"> {t('feedback.notOpened')}</span>}
                </p>
              )}
              {view.openPoints > 0 && (
                <p className="notice" data-testid="open-points">
                  {t('feedback.openPoints', { count: view.openPoints })}
                </p>
              )}
              {notice && (
                <p className="notice" role="status">
                  {notice}
                </p>
              )}
              {editing === 'new' && (
                <LetterEditor
                  code={puskesmas.code}
                  year={year}
                  view={view}
                  letter={null}
                  onSaved={saved}
                  onCancel={() => setEditing(null)}
                />
              )}
              {letters.length === 0 && editing === null && (
                <p className="notice">{mayWrite ? t('feedback.noneYetDinkes') : t('feedback.noneYet')}</p>
              )}
              {letters.map((letter) =>
                editing === letter.id ? (
                  <LetterEditor
                    key={letter.id}
                    code={puskesmas.code}
                    year={year}
                    view={view}
                    letter={letter}
                    onSaved={saved}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <LetterCard
                    key={letter.id}
                    code={puskesmas.code}
                    year={year}
                    letter={letter}
                    mayWrite={mayWrite}
                    maySend={maySend}
                    mayFollowUp={mayFollowUp}
                    evidence={(id) => evidence.of(String(id))}
                    onEdit={() => setEditing(letter.id)}
                    onChanged={(words) => {
                      setNotice(words);
                      reload();
                    }}
                    onPointChanged={() => {
                      setNotice(t('followUp.savedNotice'));
                      reload();
                    }}
                  />
                ),
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
