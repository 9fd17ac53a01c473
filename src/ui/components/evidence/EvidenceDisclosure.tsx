// A record's evidence folded away: "Bukti (2)" (or "Berkas bukti" while the count is not known), and
// the panel (its list, upload, download) mounted only once opened — a letter of twenty points or a
// programme of thirty indicators must not load thirty lists.
import { useEffect, useState } from 'react';
import { EvidencePanel, type EvidencePanelProps } from './EvidencePanel.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function EvidenceDisclosure(props: EvidencePanelProps & { count?: number | undefined }) {
  const { t } = useI18n();
  const { count: given, ...panel } = props;
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState(given);
  useEffect(() => setCount(given), [given]);
  return (
    <details className="evidence-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{count === undefined ? t('evidence.title') : t('evidence.count', { count })}</summary>
      {open && <EvidencePanel {...panel} onChange={(files) => setCount(files.length)} />}
    </details>
  );
}
