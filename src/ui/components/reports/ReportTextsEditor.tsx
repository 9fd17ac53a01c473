// The report's words that are not figures — the foreword, Bab I and the advice of Bab VII — as a
// district sets its standard for the year, or as a Puskesmas adapts it in its own report. An empty
// text prints the standard again. {puskesmas}, {district} and {year} are filled in when printed.
import { useEffect, useId, useState } from 'react';
import type { ReportTextView } from '../../../shared/api/reports.schema.ts';
import type { ReportTextSection } from '../../../shared/report-document.ts';
import { getReportTexts, saveReportText, type TextsOwner } from '../../endpoints/reports.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorText } from '../ErrorText.tsx';
import { Loaded } from '../Loading.tsx';
import { useResource } from '../use-resource.ts';

/** The texts of a Puskesmas-year's report or of a district's standard, loaded for a screen. */
export function useReportTexts(owner: TextsOwner) {
  return useResource((signal) => getReportTexts(owner, signal), `${owner.level}/${owner.code}/${owner.year}`);
}

export function ReportTextsEditor({
  owner,
  resource,
}: {
  owner: TextsOwner;
  resource: ReturnType<typeof useReportTexts>;
}) {
  const { t } = useI18n();
  return (
    <section className="report-texts" aria-labelledby="report-texts-title">
      <h2 id="report-texts-title">{t('reports.texts.title')}</h2>
      <p className="hint">
        {t(owner.level === 'district' ? 'reports.texts.districtIntro' : 'reports.texts.intro')}
      </p>
      <Loaded resource={resource}>
        {(view) => (
          <>
            {view.texts.map((text) => (
              <TextSection
                key={text.section}
                owner={owner}
                text={text}
                canEdit={view.canEdit}
                onSaved={resource.reload}
              />
            ))}
          </>
        )}
      </Loaded>
    </section>
  );
}

const SECTION_KEY = {
  'kata-pengantar': 'reports.texts.kataPengantar',
  pendahuluan: 'reports.texts.pendahuluan',
  penutup: 'reports.texts.penutup',
} as const satisfies Record<ReportTextSection, string>;

const SOURCE_KEY = {
  puskesmas: 'reports.texts.sourcePuskesmas',
  district: 'reports.texts.sourceDistrict',
  standard: 'reports.texts.sourceStandard',
} as const;

function TextSection({
  owner,
  text,
  canEdit,
  onSaved,
}: {
  owner: TextsOwner;
  text: ReportTextView;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  // What the editor starts from: the unit's own text, or the standard it would replace.
  const initial = text.own || text.standard;
  const [body, setBody] = useState(initial);
  const [state, setState] = useState<
    { step: 'idle' | 'saving' | 'saved' } | { step: 'failed'; error: unknown }
  >({
    step: 'idle',
  });
  useEffect(() => setBody(text.own || text.standard), [text.own, text.standard]);

  const save = async (next: string) => {
    setState({ step: 'saving' });
    try {
      const outcome = await saveReportText(owner, text.section, {
        body: next,
        expectedVersion: text.version,
      });
      if (!outcome.ok) {
        setState({ step: 'failed', error: outcome.error });
        return;
      }
      setState({ step: 'saved' });
      onSaved();
    } catch (error) {
      setState({ step: 'failed', error });
    }
  };
  const changed = body.trim() !== initial.trim();
  return (
    <div className="report-text" data-section={text.section}>
      <label htmlFor={id}>
        <strong>{t(SECTION_KEY[text.section])}</strong>
      </label>
      <p className="hint">{t(SOURCE_KEY[text.source])}</p>
      <textarea
        id={id}
        rows={8}
        value={body}
        readOnly={!canEdit}
        onChange={(e) => {
          setBody(e.target.value);
          setState({ step: 'idle' });
        }}
      />
      {canEdit && (
        <div className="actions">
          <button
            type="button"
            disabled={!changed || state.step === 'saving'}
            onClick={() => void save(body)}
          >
            {state.step === 'saving' ? t('app.saving') : t('app.save')}
          </button>
          {text.own !== '' && (
            <button
              type="button"
              className="secondary"
              disabled={state.step === 'saving'}
              onClick={() => void save('')}
            >
              {t('reports.texts.useStandard')}
            </button>
          )}
          {state.step === 'saved' && <span role="status">{t('reports.texts.saved')}</span>}
        </div>
      )}
      {state.step === 'failed' && <ErrorText error={state.error} />}
    </div>
  );
}
