// A record's evidence in a dialog of its own, for a screen with no room to unfold it: the entry grid's
// detail panel offers the active indicator's files this way (list, upload, download, remove).
import { useId } from 'react';
import { useModal } from '../use-modal.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EvidencePanel, type EvidencePanelProps } from './EvidencePanel.tsx';

export function EvidenceDialog(props: EvidencePanelProps & { title: string; onClose(): void }) {
  const { t } = useI18n();
  const ref = useModal();
  const id = useId();
  const { title, onClose, ...panel } = props;
  return (
    <dialog
      ref={ref}
      className="evidence-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <EvidencePanel {...panel} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </dialog>
  );
}
