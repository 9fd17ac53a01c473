// A feedback letter as the document the Puskesmas files and shows the surveyor (criterion 2.8.4 d):
// the Dinkes letterhead, number, date, addressee, the summary and numbered points, the signature
// block — and, on a page of its own, the Puskesmas' follow-up of each point (2.8.4 e). Printed from
// the browser (print styles leave out everything but the document).
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FeedbackLetterView, FeedbackView } from '../../shared/api/feedback.schema.ts';
import { dateWords } from '../../shared/calendar-words.ts';
import { topicLabel } from '../components/feedback/topic-label.ts';
import { Loaded } from '../components/Loading.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { getFeedback } from '../endpoints/feedback.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDate } from '../lib/dates.ts';
import { letterPlace } from '../lib/letter-place.ts';
import { paths } from '../lib/navigation.ts';
import { parseYearParam } from '../lib/route-params.ts';
import { NotFound } from './NotFound.tsx';

export function FeedbackPrint() {
  const { code = '', year: yearParam, letterId } = useParams();
  const year = parseYearParam(yearParam);
  const id = Number(letterId);
  const { t } = useI18n();
  const resource = useResource((signal) => getFeedback(code, year ?? 0, signal), `${code}/${year}`);
  const letter = resource.data?.letters.find((l) => l.id === id);
  usePageTitle(
    year === null
      ? null
      : [t('print.tabTitle', { number: letter?.number ?? '' }), resource.data?.puskesmas.name, year],
  );
  if (year === null || !Number.isInteger(id)) return <NotFound />;
  return (
    <main className="print-page" id="main">
      <Loaded resource={resource}>
        {(view) => {
          const found = view.letters.find((l) => l.id === id);
          return found ? <Printable view={view} letter={found} /> : <NotFound />;
        }}
      </Loaded>
    </main>
  );
}

function Printable({ view, letter }: { view: FeedbackView; letter: FeedbackLetterView }) {
  const { t, locale } = useI18n();
  const [withFollowUps, setWithFollowUps] = useState(letter.status === 'sent');
  const checkbox = useId();
  const place = letterPlace(view.district.name);
  const followed = letter.points.filter((p) => p.followUp !== null).length;
  return (
    <>
      <div className="print-toolbar no-print">
        <Link to={paths.feedback(view.puskesmas.code, view.year)}>← {t('print.back')}</Link>
        {letter.status === 'sent' && (
          <label className="checkbox" htmlFor={checkbox}>
            <input
              id={checkbox}
              type="checkbox"
              checked={withFollowUps}
              onChange={(e) => setWithFollowUps(e.target.checked)}
            />
            {t('print.withFollowUps')}
          </label>
        )}
        <button type="button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <article className="letter-document" aria-label={t('print.letterLabel', { number: letter.number })}>
        {letter.status === 'draft' && <p className="draft-mark">{t('print.draftMark')}</p>}
        <header className="letterhead">
          <p className="letterhead-government">
            {t('print.government', { district: view.district.name.toUpperCase() })}
          </p>
          <p className="letterhead-office">{t('print.office')}</p>
        </header>
        <table className="letter-meta">
          <tbody>
            <tr>
              <th scope="row">{t('print.number')}</th>
              <td>: {letter.number || '–'}</td>
              <td className="letter-date">{`${place}, ${dateWords(letter.datedOn, locale)}`}</td>
            </tr>
            <tr>
              <th scope="row">{t('print.attachment')}</th>
              <td colSpan={2}>: –</td>
            </tr>
            <tr>
              <th scope="row">{t('print.subject')}</th>
              <td colSpan={2}>: {t('print.subjectText', { year: view.year })}</td>
            </tr>
          </tbody>
        </table>
        <div className="letter-to">
          <p>{t('print.to')}</p>
          <p>
            <strong>{t('print.toHead', { puskesmas: view.puskesmas.name })}</strong>
          </p>
          <p>{t('print.atPlace')}</p>
        </div>
        {letter.summary && <p className="letter-body">{letter.summary}</p>}
        <p className="letter-body">{t('print.pointsIntro')}</p>
        <table className="letter-points-table">
          <colgroup>
            <col className="col-no" />
            <col className="col-about" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('print.no')}</th>
              <th scope="col">{t('print.about')}</th>
              <th scope="col">{t('print.feedback')}</th>
            </tr>
          </thead>
          <tbody>
            {letter.points.map((p, i) => (
              <tr key={p.id}>
                <td className="num">{i + 1}</td>
                <td>{topicLabel(p, t)}</td>
                <td>{p.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="letter-body">{t('print.closing')}</p>
        <div className="signature">
          <p>{letter.signerTitle}</p>
          <p className="signature-space" aria-hidden="true" />
          <p className="signer-name">{letter.signerName}</p>
        </div>
      </article>
      {withFollowUps && letter.status === 'sent' && (
        <article className="letter-document follow-up-report" aria-label={t('print.followUpTitle')}>
          <h2>{t('print.followUpTitle')}</h2>
          <p>
            {t('print.followUpIntro', {
              puskesmas: view.puskesmas.name,
              number: letter.number,
              date: dateWords(letter.datedOn, locale),
              followed,
              points: letter.points.length,
            })}
          </p>
          <table className="letter-points-table">
            <colgroup>
              <col className="col-no" />
              <col className="col-point" />
              <col />
              <col className="col-status" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('print.no')}</th>
                <th scope="col">{t('print.feedback')}</th>
                <th scope="col">{t('print.followUp')}</th>
                <th scope="col">{t('print.followUpStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {letter.points.map((p, i) => (
                <tr key={p.id}>
                  <td className="num">{i + 1}</td>
                  <td>
                    <span className="small">{topicLabel(p, t)}</span>
                    <br />
                    {p.text}
                  </td>
                  <td>{p.followUp?.text ?? '–'}</td>
                  <td>
                    {t(`followUp.status.${p.followUp?.status ?? 'belum'}`)}
                    {p.followUp && (
                      <span className="small block">
                        {p.followUp.updatedBy}, {formatDate(p.followUp.updatedAt, locale)}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      )}
    </>
  );
}
