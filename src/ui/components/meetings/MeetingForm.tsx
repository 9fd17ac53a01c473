// One meeting's form: kind, date, title, agenda, minutes, participants with their attendance, and
// decisions each linkable to an RTL action. Once saved, its files (photos, the scanned attendance
// list, minutes) are attached below it.
import { useId, useState, type FormEvent } from 'react';
import { MEETING_KINDS, type MeetingKind } from '../../../domain/meetings/meeting-counts.ts';
import type { MeetingBody, MeetingDetail, RtlActionChoice } from '../../../shared/api/meetings.schema.ts';
import { createMeeting, updateMeeting } from '../../endpoints/meetings.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EvidencePanel } from '../evidence/EvidencePanel.tsx';
import { ErrorText } from '../ErrorText.tsx';

interface Participant {
  name: string;
  role: string;
  present: boolean;
}

interface Decision {
  text: string;
  rtlActionId: number | null;
}

export function MeetingForm(props: {
  code: string;
  year: number;
  meeting: MeetingDetail | null;
  rtlActions: readonly RtlActionChoice[];
  onSaved(meeting: MeetingDetail): void;
  onClose(): void;
  /** A file was attached or removed (the list's counts follow). */
  onEvidenceChange?(): void;
}) {
  const { t } = useI18n();
  const { code, year, meeting } = props;
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'lokmin_bulanan');
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? '');
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [agenda, setAgenda] = useState(meeting?.agenda ?? '');
  const [minutes, setMinutes] = useState(meeting?.minutes ?? '');
  const [participants, setParticipants] = useState<Participant[]>(
    meeting?.participants.length ? meeting.participants : [{ name: '', role: '', present: true }],
  );
  const [decisions, setDecisions] = useState<Decision[]>(meeting?.decisions ?? []);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;

  const setParticipant = (i: number, change: Partial<Participant>) =>
    setParticipants((list) => list.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const setDecision = (i: number, change: Partial<Decision>) =>
    setDecisions((list) => list.map((d, j) => (j === i ? { ...d, ...change } : d)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    const body: MeetingBody = {
      kind,
      heldOn,
      title,
      agenda,
      minutes,
      // An empty row the user added and never filled is no participant.
      participants: participants.filter((p) => p.name.trim() !== ''),
      decisions: decisions.filter((d) => d.text.trim() !== ''),
    };
    try {
      const saved = meeting
        ? await updateMeeting(code, year, meeting.id, { ...body, expectedVersion: meeting.version })
        : await createMeeting(code, year, body);
      props.onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="meeting-form" aria-labelledby={id('title')}>
      <h2 id={id('title')}>
        {meeting ? t('meetings.editTitle', { title: meeting.title }) : t('meetings.newTitle')}
      </h2>
      <form onSubmit={(e) => void submit(e)}>
        <div className="meeting-form-row">
          <div className="field">
            <label htmlFor={id('kind')}>{t('meetings.kindLabel')}</label>
            <select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`meetings.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('heldOn')}>{t('meetings.heldOn')}</label>
            <input
              id={id('heldOn')}
              type="date"
              required
              min={`${year}-01-01`}
              max={`${year}-12-31`}
              value={heldOn}
              onChange={(e) => setHeldOn(e.target.value)}
            />
          </div>
          <div className="field grow">
            <label htmlFor={id('name')}>{t('meetings.titleLabel')}</label>
            <input
              id={id('name')}
              required
              maxLength={200}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={id('agenda')}>{t('meetings.agenda')}</label>
          <textarea
            id={id('agenda')}
            required
            rows={2}
            maxLength={4000}
            value={agenda}
            onChange={(e) => setAgenda(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('minutes')}>{t('meetings.minutes')}</label>
          <textarea
            id={id('minutes')}
            rows={4}
            maxLength={20_000}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </div>

        <fieldset className="meeting-participants">
          <legend>
            {t('meetings.participants')}{' '}
            <span className="muted small" role="status">
              {t('meetings.presentCount', {
                present: participants.filter((p) => p.present && p.name.trim() !== '').length,
                total: participants.filter((p) => p.name.trim() !== '').length,
              })}
            </span>
          </legend>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('meetings.participantName')}</th>
                <th scope="col">{t('meetings.participantRole')}</th>
                <th scope="col">{t('meetings.present')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('evidence.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p, i) => (
                <tr key={i}>
                  <td>
                    <input
                      aria-label={`${t('meetings.participantName')} ${i + 1}`}
                      maxLength={120}
                      value={p.name}
                      onChange={(e) => setParticipant(i, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${t('meetings.participantRole')} ${i + 1}`}
                      maxLength={120}
                      value={p.role}
                      onChange={(e) => setParticipant(i, { role: e.target.value })}
                    />
                  </td>
                  <td className="center">
                    <input
                      type="checkbox"
                      aria-label={`${t('meetings.present')} ${i + 1}`}
                      checked={p.present}
                      onChange={(e) => setParticipant(i, { present: e.target.checked })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('meetings.removeParticipant', { n: i + 1 })}
                      onClick={() => setParticipants((list) => list.filter((_, j) => j !== i))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => setParticipants((list) => [...list, { name: '', role: '', present: true }])}
          >
            {t('meetings.addParticipant')}
          </button>
        </fieldset>

        <fieldset className="meeting-decisions-edit">
          <legend>{t('meetings.decisions')}</legend>
          {props.rtlActions.length === 0 && <p className="muted small">{t('meetings.noRtlYet')}</p>}
          {decisions.map((d, i) => (
            <div key={i} className="meeting-decision">
              <div className="field grow">
                <label htmlFor={id(`decision-${i}`)}>{t('meetings.decisionText', { n: i + 1 })}</label>
                <input
                  id={id(`decision-${i}`)}
                  maxLength={2000}
                  value={d.text}
                  onChange={(e) => setDecision(i, { text: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={id(`rtl-${i}`)}>{t('meetings.rtlLink')}</label>
                <select
                  id={id(`rtl-${i}`)}
                  value={d.rtlActionId ?? ''}
                  onChange={(e) =>
                    setDecision(i, { rtlActionId: e.target.value === '' ? null : Number(e.target.value) })
                  }
                >
                  <option value="">{t('meetings.noRtl')}</option>
                  {props.rtlActions.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.indicatorCode}: {a.action}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="link-button"
                aria-label={t('meetings.removeDecision', { n: i + 1 })}
                onClick={() => setDecisions((list) => list.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => setDecisions((list) => [...list, { text: '', rtlActionId: null }])}
          >
            {t('meetings.addDecision')}
          </button>
        </fieldset>

        {error !== null && <ErrorText error={error} />}
        <p className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('app.saving') : t('app.save')}
          </button>{' '}
          <button type="button" onClick={props.onClose}>
            {t('app.close')}
          </button>
        </p>
      </form>
      {meeting ? (
        <EvidencePanel
          code={code}
          year={year}
          attachedTo="meeting"
          attachedKey={String(meeting.id)}
          canEdit
          kinds={['photo', 'attendance', 'minutes', 'document']}
          label={t('evidence.title')}
          {...(props.onEvidenceChange && { onChange: props.onEvidenceChange })}
        />
      ) : (
        <p className="muted small">{t('meetings.evidenceAfterSave')}</p>
      )}
    </section>
  );
}
