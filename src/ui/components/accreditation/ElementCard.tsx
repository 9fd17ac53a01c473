// One accreditation element on the readiness screen: its text as the standard prints it, each piece
// of evidence the surveyor asks for with what pkp's records prove of it and what is missing (with a
// link to where it is recorded), what only the surveyor can check, and the files attached to it.
import { useState } from 'react';
import { Link } from 'react-router';
import type { CheckView, ElementView, Words } from '../../../shared/api/accreditation.schema.ts';
import { localDate } from '../../../domain/periods/calendar.ts';
import { dateWords } from '../../../shared/accreditation-words.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EvidencePanel } from '../evidence/EvidencePanel.tsx';
import { elementAnchor, PLACE_LABELS, placePath, PROOF_PLACE } from '../../lib/readiness-places.ts';
import { CheckStatusMark, ElementStatusMark } from './StatusMark.tsx';

export function ElementCard(props: {
  element: ElementView;
  puskesmasCode: string;
  year: number;
  /** Whether the user may attach files to the element (the server decides again). */
  canAttach: boolean;
  /** A file was added or removed: what the element proves may have changed. */
  onFilesChanged(): void;
}) {
  const { element, puskesmasCode, year, canAttach, onFilesChanged } = props;
  const { t, locale } = useI18n();
  const [filesOpen, setFilesOpen] = useState(false);
  const checks = new Map(element.checks.map((c) => [c.proof, c]));
  const headingId = `${elementAnchor(element.code)}-title`;
  return (
    <article
      className="readiness-element"
      id={elementAnchor(element.code)}
      data-element={element.code}
      data-status={element.status}
      aria-labelledby={headingId}
    >
      <header className="readiness-element-head">
        <h3 id={headingId}>
          {t('accreditation.element', { criterion: element.criterion, letter: element.letter })}
        </h3>
        <ElementStatusMark status={element.status} />
        <span className="readiness-kinds">
          {t('accreditation.kindsOf', {
            kinds: element.kinds
              .map((k) => `${k} (${t(`accreditation.kind.${k}`).toLowerCase()})`)
              .join(', '),
          })}
        </span>
      </header>
      <p className="readiness-text" lang="id">
        {element.text}
      </p>
      {locale === 'en' && element.gloss && (
        <p className="readiness-gloss">
          <span className="muted">{t('accreditation.glossLabel')}:</span> {element.gloss}
        </p>
      )}
      <h4>{t('accreditation.evidence')}</h4>
      <ul className="readiness-evidence">
        {element.evidence.map((item, i) => (
          <li key={i} data-kind={item.kind} data-status={item.status}>
            <p className="readiness-evidence-head">
              <abbr className="kind-chip" title={t(`accreditation.kind.${item.kind}`)}>
                {item.kind}
              </abbr>
              <span lang="id">{item.text}</span>
              <CheckStatusMark status={item.status} />
            </p>
            {item.status === 'surveyor' ? (
              <p className="hint small">
                {t(item.kind === 'R' ? 'accreditation.attachRegulation' : 'accreditation.surveyorNote')}
              </p>
            ) : (
              item.proofs.map((proof) => {
                const check = checks.get(proof);
                return check ? (
                  <CheckDetail
                    key={proof}
                    check={check}
                    href={placePath(PROOF_PLACE[proof], puskesmasCode, year, element.code)}
                  />
                ) : null;
              })
            )}
          </li>
        ))}
      </ul>
      <details className="readiness-files" onToggle={(event) => setFilesOpen(event.currentTarget.open)}>
        <summary>{t('accreditation.filesCount', { count: element.files.length })}</summary>
        {filesOpen ? (
          // Mounted when opened: eighteen panels loading at once would be eighteen requests for nothing.
          <EvidencePanel
            code={puskesmasCode}
            year={year}
            attachedTo="accreditation"
            attachedKey={element.code}
            canEdit={canAttach}
            kinds={['document', 'photo', 'attendance', 'minutes']}
            label={t('accreditation.filesOf', { element: `${element.criterion} ${element.letter}` })}
            onChange={onFilesChanged}
          />
        ) : null}
      </details>
      {!filesOpen && element.files.length > 0 && (
        <ul className="readiness-file-list small">
          {element.files.map((f) => (
            <li key={f.id}>
              {t('accreditation.fileLine', {
                name: f.filename,
                by: f.uploadedBy,
                date: dateWords(localDate(new Date(f.uploadedAt)), locale),
              })}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function CheckDetail({ check, href }: { check: CheckView; href: string }) {
  const { t, locale } = useI18n();
  const words = (w: Words) => w[locale];
  const place = PROOF_PLACE[check.proof];
  return (
    <div className="readiness-check" data-proof={check.proof} data-status={check.status}>
      <p>{words(check.sentence)}</p>
      {check.missing.length > 0 && (
        <ul className="readiness-missing">
          {check.missing.map((m, i) => (
            <li key={i}>{words(m)}</li>
          ))}
        </ul>
      )}
      {check.status !== 'met' && place !== 'element' && (
        <p className="small">
          <Link to={href}>{t('accreditation.goTo', { place: t(PLACE_LABELS[place]) })} →</Link>
        </p>
      )}
    </div>
  );
}
