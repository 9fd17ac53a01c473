// What the rubric screen adds under each management or quality item: the level its meeting records
// propose (A2.6, A2.7, B2.2), which the Kepala Puskesmas confirms, and the item's evidence files —
// counted with one request for the whole screen, each list loaded when its disclosure is opened.
import { useCallback, useMemo, useState } from 'react';
import type { EvidenceFile } from '../../../shared/api/evidence.schema.ts';
import type { LevelProposal } from '../../../shared/api/meetings.schema.ts';
import type { RubricItem } from '../../../shared/api/rubric.schema.ts';
import { listEvidence } from '../../endpoints/evidence.ts';
import { getLevelProposals } from '../../endpoints/meetings.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../lib/navigation.ts';
import { useUser } from '../../session/session.tsx';
import { EvidencePanel } from '../evidence/EvidencePanel.tsx';
import { ProposalConfirm } from '../meetings/ProposalConfirm.tsx';
import { useResource } from '../use-resource.ts';
import type { RubricChange } from './RubricItemCard.tsx';

export interface MeetingRecords {
  code: string;
  year: number;
  proposals: ReadonlyMap<string, LevelProposal>;
  /** Files per rubric item code. */
  files: ReadonlyMap<string, number>;
  setCount(itemCode: string, count: number): void;
}

/** The year's level proposals and the count of files on each rubric item (two requests). */
export function useMeetingRecords(code: string, year: number): MeetingRecords {
  const proposals = useResource((signal) => getLevelProposals(code, year, signal), `${code}/${year}`);
  const evidence = useResource(
    (signal) => listEvidence(code, year, { attachedTo: 'rubric' }, signal),
    `${code}/${year}`,
  );
  const [changed, setChanged] = useState<Readonly<Record<string, number>>>({});
  const setCount = useCallback(
    (itemCode: string, count: number) => setChanged((c) => ({ ...c, [itemCode]: count })),
    [],
  );
  return useMemo(() => {
    const files = new Map<string, number>();
    for (const f of evidence.data?.files ?? []) files.set(f.attachedKey, (files.get(f.attachedKey) ?? 0) + 1);
    for (const [key, n] of Object.entries(changed)) files.set(key, n);
    return {
      code,
      year,
      proposals: new Map((proposals.data?.proposals ?? []).map((p) => [p.itemCode, p])),
      files,
      setCount,
    };
  }, [code, year, proposals.data, evidence.data, changed, setCount]);
}

export function RubricItemExtras(props: {
  item: RubricItem;
  records: MeetingRecords;
  canConfirm: boolean;
  saving: boolean;
  onSave(item: RubricItem, change: RubricChange): void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { item, records } = props;
  const [open, setOpen] = useState(false);
  const proposal = records.proposals.get(item.code);
  const onChange = useCallback(
    (files: readonly EvidenceFile[]) => records.setCount(item.code, files.length),
    [records, item.code],
  );
  return (
    <>
      {proposal && (
        <ProposalConfirm
          proposal={proposal}
          item={item}
          canConfirm={props.canConfirm}
          saving={props.saving}
          onConfirm={props.onSave}
        />
      )}
      <details className="evidence-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('evidence.count', { count: records.files.get(item.code) ?? 0 })}</summary>
        {open && (
          <EvidencePanel
            code={records.code}
            year={records.year}
            attachedTo="rubric"
            attachedKey={item.code}
            canEdit={can(user.role, 'evidence:write')}
            label={t('evidence.title')}
            onChange={onChange}
          />
        )}
      </details>
    </>
  );
}
