// "Rapat": the meetings of one Puskesmas-year (lokakarya mini bulanan and tribulanan, review kinerja,
// lintas program) with attendance, minutes, photos and the scanned attendance list, decisions linked
// to RTL actions, the counts per kind and quarter, and the management item levels they propose.
import { useState } from 'react';
import { Link } from 'react-router';
import { MEETING_KINDS } from '../../domain/meetings/meeting-counts.ts';
import type { MeetingDetail, MeetingsView } from '../../shared/api/meetings.schema.ts';
import { EvidencePanel } from '../components/evidence/EvidencePanel.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { Loaded } from '../components/Loading.tsx';
import { MeetingForm } from '../components/meetings/MeetingForm.tsx';
import { ProposalText } from '../components/meetings/ProposalText.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useResource } from '../components/use-resource.ts';
import { deleteMeeting, getMeetings } from '../endpoints/meetings.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../lib/dates.ts';
import { can, paths } from '../lib/navigation.ts';
import { useUser } from '../session/session.tsx';
import { usePuskesmasYear } from './PuskesmasLayout.tsx';

export function MeetingsScreen() {
  const { puskesmas, year } = usePuskesmasYear();
  const { t } = useI18n();
  usePageTitle([t('nav.meetings'), puskesmas.name, year]);
  const resource = useResource(
    (signal) => getMeetings(puskesmas.code, year, signal),
    `${puskesmas.code}/${year}`,
  );
  return (
    <section className="page meetings-page" aria-labelledby="meetings-title">
      <h1 id="meetings-title">{t('meetings.title', { year })}</h1>
      <p className="hint">{t('meetings.intro')}</p>
      <Loaded resource={resource}>{(view) => <MeetingsBody view={view} reload={resource.reload} />}</Loaded>
    </section>
  );
}

type Editing = { mode: 'new' } | { mode: 'edit'; meeting: MeetingDetail } | null;

function MeetingsBody({ view, reload }: { view: MeetingsView; reload(): void }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const code = view.puskesmas.code;
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const mayWrite = can(user.role, 'meetings:write');
  const why = view.canEdit ? null : mayWrite ? t('meetings.closed') : t('meetings.readOnly');

  const remove = async (meeting: MeetingDetail) => {
    setError(null);
    setConfirming(null);
    try {
      await deleteMeeting(code, view.year, meeting.id, meeting.version);
      if (editing?.mode === 'edit' && editing.meeting.id === meeting.id) setEditing(null);
      reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      {why && <p className="hint">{why}</p>}
      <table className="meeting-counts">
        <caption>{t('meetings.counts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.kindHead')}</th>
            {[1, 2, 3, 4].map((n) => (
              <th key={n} scope="col" className="num">
                {t('meetings.quarter', { n })}
              </th>
            ))}
            <th scope="col" className="num">
              {t('meetings.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {MEETING_KINDS.map((kind) => {
            const counted = view.counts[kind];
            return (
              <tr key={kind}>
                <th scope="row">{t(`meetings.kind.${kind}`)}</th>
                {(counted?.byQuarter ?? [0, 0, 0, 0]).map((n, i) => (
                  <td key={i} className="num">
                    {n}
                  </td>
                ))}
                <td className="num">
                  <strong>{counted?.meetings ?? 0}</strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {view.proposals.length > 0 && (
        <section className="meeting-proposals" aria-labelledby="proposals-title">
          <h2 id="proposals-title">{t('meetings.proposals')}</h2>
          <ul>
            {view.proposals.map((p) => (
              <li key={p.itemCode}>
                <Link to={`${paths.rubric(code, view.year)}#item-${p.itemCode}`}>{p.itemName}</Link>:{' '}
                <ProposalText proposal={p} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error !== null && <ErrorText error={error} />}

      {editing ? (
        <MeetingForm
          key={editing.mode === 'edit' ? `${editing.meeting.id}@${editing.meeting.version}` : 'new'}
          code={code}
          year={view.year}
          meeting={editing.mode === 'edit' ? editing.meeting : null}
          rtlActions={view.rtlActions}
          onSaved={(saved) => {
            setNotice(t('meetings.saved'));
            setEditing({ mode: 'edit', meeting: saved });
            reload();
          }}
          onClose={() => {
            setEditing(null);
            reload();
          }}
          onEvidenceChange={reload}
        />
      ) : (
        view.canEdit && (
          <p>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setNotice(null);
                setEditing({ mode: 'new' });
              }}
            >
              {t('meetings.new')}
            </button>
          </p>
        )
      )}

      <h2>{t('nav.meetings')}</h2>
      {view.meetings.length === 0 ? (
        <p className="muted">{t('meetings.none')}</p>
      ) : (
        <ol className="meeting-list">
          {[...view.meetings].reverse().map((m) => {
            const present = m.participants.filter((p) => p.present).length;
            const missing = [
              m.evidence.attendance === 0 && t('evidence.kind.attendance'),
              m.minutes.trim() === '' && m.evidence.minutes === 0 && t('evidence.kind.minutes'),
              m.evidence.photo === 0 && t('evidence.kind.photo'),
            ].filter(Boolean);
            const fileCount =
              m.evidence.photo + m.evidence.attendance + m.evidence.minutes + m.evidence.document;
            return (
              <li key={m.id} className="meeting-item" data-testid={`meeting-${m.id}`}>
                <article aria-labelledby={`meeting-title-${m.id}`}>
                  <header className="meeting-head">
                    <h3 id={`meeting-title-${m.id}`}>
                      <span className="muted">{formatDate(m.heldOn, locale)}</span> · {m.title}
                    </h3>
                    <span className="meeting-kind">{t(`meetings.kind.${m.kind}`)}</span>
                  </header>
                  <p className="meeting-facts">
                    <span>{t('meetings.presentCount', { present, total: m.participants.length })}</span>
                    <span>{t('meetings.evidence', m.evidence)}</span>
                  </p>
                  {missing.length > 0 && (
                    <p className="meeting-missing">
                      {t('meetings.proofMissing', { missing: missing.join(', ') })}
                    </p>
                  )}
                  {m.decisions.length > 0 && (
                    <ul className="meeting-decisions">
                      {m.decisions.map((d, i) => {
                        const rtl = view.rtlActions.find((a) => a.id === d.rtlActionId);
                        return (
                          <li key={i}>
                            {d.text}
                            {rtl && (
                              <span className="muted">
                                {' '}
                                → RTL {rtl.indicatorCode}: {rtl.action}
                              </span>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  <p className="muted small">
                    {t('meetings.lastChange', {
                      who: m.updatedBy,
                      when: formatDateTime(m.updatedAt, locale),
                    })}
                  </p>
                  <details className="evidence-disclosure">
                    <summary>{t('evidence.count', { count: fileCount })}</summary>
                    <EvidencePanel
                      code={code}
                      year={view.year}
                      attachedTo="meeting"
                      attachedKey={String(m.id)}
                      canEdit={view.canEdit}
                      kinds={['photo', 'attendance', 'minutes', 'document']}
                      label={t('evidence.title')}
                      onChange={reload}
                    />
                  </details>
                  {view.canEdit && (
                    <p className="meeting-actions">
                      <button
                        type="button"
                        onClick={() => {
                          setNotice(null);
                          setEditing({ mode: 'edit', meeting: m });
                        }}
                      >
                        {t('meetings.edit')}
                      </button>{' '}
                      {confirming === m.id ? (
                        <>
                          <span role="status">{t('meetings.confirmDelete', { title: m.title })}</span>{' '}
                          <button type="button" className="danger" onClick={() => void remove(m)}>
                            {t('evidence.confirmYes')}
                          </button>{' '}
                          <button type="button" onClick={() => setConfirming(null)}>
                            {t('app.cancel')}
                          </button>
                        </>
                      ) : (
                        <button type="button" className="link-button" onClick={() => setConfirming(m.id)}>
                          {t('meetings.delete')}
                        </button>
                      )}
                    </p>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
