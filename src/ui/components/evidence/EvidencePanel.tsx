// The files attached to one record of a Puskesmas-year (an indicator, a rubric item, a meeting, an RTL
// action, a feedback point, an accreditation element): listed with kind, size, who and when; uploaded
// with a progress bar; downloaded; removed after a confirmation. The server decides who may do what
// (its list says so); `canEdit` lets the embedding screen close the panel further (read-only screens).
import { useEffect, useId, useRef, useState } from 'react';
import type { EvidenceAttachment, EvidenceKind } from '../../../domain/evidence/evidence-rules.ts';
import { EVIDENCE_KINDS } from '../../../domain/evidence/evidence-rules.ts';
import type { EvidenceFile, EvidenceList } from '../../../shared/api/evidence.schema.ts';
import {
  deleteEvidence,
  evidenceContentPath,
  listEvidence,
  uploadEvidence,
} from '../../endpoints/evidence.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { formatFileSize } from '../../lib/file-size.ts';
import { formatPercent } from '../../lib/numbers.ts';
import { ErrorText } from '../ErrorText.tsx';
import { useResource } from '../use-resource.ts';

export interface EvidencePanelProps {
  code: string;
  year: number;
  attachedTo: EvidenceAttachment;
  attachedKey: string;
  /** Whether this screen lets the user change things at all (the server may still refuse). */
  canEdit: boolean;
  /** The kinds offered for an upload, the first preselected (default: all four, document first). */
  kinds?: readonly EvidenceKind[];
  /** What the files are evidence of, for screen readers ("Bukti: Review kinerja 12 Juni"). */
  label?: string;
  /** Told after every change, with the files as they are now (a screen's counts follow). */
  onChange?(files: readonly EvidenceFile[]): void;
}

export function EvidencePanel(props: EvidencePanelProps) {
  const { code, year, attachedTo, attachedKey } = props;
  const resource = useResource(
    (signal) => listEvidence(code, year, { attachedTo, attachedKey }, signal),
    `${code}/${year}/${attachedTo}/${attachedKey}`,
  );
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section
      className="evidence-panel"
      aria-labelledby={titleId}
      data-testid={`evidence-${attachedTo}-${attachedKey}`}
    >
      <h4 id={titleId} className="evidence-title">
        {props.label ?? t('evidence.title')}
      </h4>
      {resource.error ? (
        <ErrorText error={resource.error} />
      ) : resource.data ? (
        <PanelBody {...props} list={resource.data} reload={resource.reload} />
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}

function PanelBody(props: EvidencePanelProps & { list: EvidenceList; reload(): void }) {
  const { t, locale } = useI18n();
  const { code, year, attachedTo, attachedKey, list } = props;
  const kinds = props.kinds ?? EVIDENCE_KINDS;
  const [files, setFiles] = useState<readonly EvidenceFile[]>(list.files);
  const [kind, setKind] = useState<EvidenceKind>(kinds[0] ?? 'document');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { kind: useId(), file: useId(), hint: useId() };
  const onChange = props.onChange;
  useEffect(() => setFiles(list.files), [list.files]);
  const changed = (next: readonly EvidenceFile[]) => {
    setFiles(next);
    onChange?.(next);
  };
  const canUpload = props.canEdit && list.canUpload === true;
  const max = formatFileSize(list.maxBytes, locale);

  const upload = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setError(null);
    if (file.size > list.maxBytes) {
      setError(
        new Error(t('evidence.tooLarge', { name: file.name, size: formatFileSize(file.size, locale), max })),
      );
      return;
    }
    setProgress(0);
    try {
      const saved = await uploadEvidence(code, year, { attachedTo, attachedKey, kind }, file, (sent, total) =>
        setProgress(total > 0 ? sent / total : 0),
      );
      changed([...files, saved]);
      if (fileInput.current) fileInput.current.value = '';
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  const remove = async (file: EvidenceFile) => {
    setError(null);
    setConfirming(null);
    try {
      await deleteEvidence(code, year, file.id);
      changed(files.filter((f) => f.id !== file.id));
    } catch (e) {
      setError(e);
      props.reload();
    }
  };

  return (
    <>
      {files.length === 0 ? (
        <p className="muted small">{t('evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {files.map((file) => (
            <li key={file.id} className="evidence-item">
              <span className="evidence-type" aria-hidden="true">
                {file.typeLabel}
              </span>
              <span className="evidence-main">
                <a
                  href={evidenceContentPath(code, year, file.id)}
                  download={file.filename}
                  aria-label={t('evidence.download', { name: file.filename })}
                >
                  {file.filename}
                </a>
                <span className="evidence-kind">{t(`evidence.kind.${file.kind}`)}</span>
                <span className="muted small">
                  {t('evidence.byWhen', {
                    size: formatFileSize(file.sizeBytes, locale),
                    who: file.uploadedBy,
                    when: formatDateTime(file.uploadedAt, locale),
                  })}
                </span>
              </span>
              {props.canEdit && file.canDelete && (
                <span className="evidence-actions">
                  {confirming === file.id ? (
                    <>
                      <span role="status">{t('evidence.confirmDelete', { name: file.filename })}</span>{' '}
                      <button type="button" className="danger" onClick={() => void remove(file)}>
                        {t('evidence.confirmYes')}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('app.cancel')}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('evidence.deleteLabel', { name: file.filename })}
                      onClick={() => setConfirming(file.id)}
                    >
                      {t('evidence.delete')}
                    </button>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload ? (
        <div className="evidence-upload">
          {kinds.length > 1 && (
            <div className="field inline">
              <label htmlFor={ids.kind}>{t('evidence.kind')}</label>
              <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`evidence.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field inline">
            <label htmlFor={ids.file}>{t('evidence.file')}</label>
            <input
              id={ids.file}
              ref={fileInput}
              type="file"
              accept={list.types.map((type) => `.${type.extension},${type.mime}`).join(',') + ',.jpeg'}
              aria-describedby={ids.hint}
              disabled={progress !== null}
            />
            <button type="button" onClick={() => void upload()} disabled={progress !== null}>
              {t('evidence.upload')}
            </button>
          </div>
          {progress !== null && (
            <p className="evidence-progress" role="status">
              <progress max={1} value={progress} aria-label={t('evidence.upload')} />{' '}
              {t('evidence.uploading', { percent: formatPercent(progress * 100, 0, locale) })}
            </p>
          )}
          <p id={ids.hint} className="muted small">
            {t('evidence.accepted', { max })}
          </p>
        </div>
      ) : null}
      {error !== null && <ErrorText error={error} />}
    </>
  );
}
