// The targets screen's saves. A change of a number the score reads (target, absolute target, sasaran)
// is scored first without being stored (POST …/preview); when the indicator's score would move by more
// than a few points the user is asked (ScoreChangeDialog), and "Batal" keeps the stored value. Each row
// saves one change at a time against the version its previous save returned (lib/save-chain.ts).
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { TargetPreview, TargetRow, TargetsView } from '../../../shared/api/targets.schema.ts';
import { previewTargetChange, saveTarget } from '../../endpoints/targets.ts';
import { SaveChain } from '../../lib/save-chain.ts';
import { isNotableScoreChange } from '../../lib/score-change.ts';
import type { TargetChange } from './TargetRowView.tsx';

/** A change waiting for the user's answer. */
export interface ScoreQuestion {
  row: TargetRow;
  preview: TargetPreview;
  answer(save: boolean): void;
}

/** Whether the change sets a number the indicator's score reads (applicability and choice say themselves). */
function movesTheScore(change: TargetChange): boolean {
  return (
    change.target !== undefined ||
    change.targetSasaran !== undefined ||
    change.sasaran !== undefined ||
    change.fromProfile !== undefined
  );
}

/** A later change wins; a sasaran typed after "from the profile" (or the other way round) replaces it. */
function merge(earlier: TargetChange, later: TargetChange): TargetChange {
  const next = { ...earlier, ...later };
  if (later.sasaran !== undefined) delete next.fromProfile;
  if (later.fromProfile !== undefined) delete next.sasaran;
  return next;
}

export function useTargetSaves(input: {
  /** The view as loaded (again after a conflict or a choice): the versions saves start from. */
  loaded: TargetsView;
  setView: Dispatch<SetStateAction<TargetsView>>;
  reload(): void;
}) {
  const { loaded, setView } = input;
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, unknown>>>({});
  const [question, setQuestion] = useState<ScoreQuestion | null>(null);
  const stored = useRef(new Map<string, TargetRow>());
  const latest = useRef(input);
  latest.current = input;

  useEffect(() => {
    stored.current = new Map(loaded.rows.map((r) => [r.code, r]));
  }, [loaded]);

  const ask = (row: TargetRow, preview: TargetPreview) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        row,
        preview,
        answer: (save) => {
          setQuestion(null);
          resolve(save);
        },
      }),
    );

  const chain = useRef<SaveChain<TargetChange> | null>(null);
  chain.current ??= new SaveChain<TargetChange>(
    async (code, change) => {
      const row = stored.current.get(code);
      if (!row) return 'stop';
      const { loaded: view, reload } = latest.current;
      try {
        if (movesTheScore(change)) {
          const preview = await previewTargetChange(view.puskesmas.code, view.year, code, change);
          const notable = isNotableScoreChange(preview.indicator.before, preview.indicator.after);
          // Not saved: the field shows the stored value again; a change made meanwhile is asked about next.
          if (notable && !(await ask(row, preview))) return 'continue';
        }
        const outcome = await saveTarget(view.puskesmas.code, view.year, code, {
          ...change,
          expectedVersion: row.version,
        });
        if (!outcome.ok) {
          setErrors((e) => ({ ...e, [code]: outcome.error }));
          reload();
          return 'stop';
        }
        const saved = outcome.data.row;
        stored.current.set(code, saved);
        setView((v) => ({ ...v, rows: v.rows.map((r) => (r.code === saved.code ? saved : r)) }));
        // Choosing a service's indicator changes its siblings and the service list: read them again.
        if (change.chosen !== undefined) reload();
        return 'continue';
      } catch (error) {
        setErrors((e) => ({ ...e, [code]: error }));
        return 'stop';
      }
    },
    merge,
    (code, busy) =>
      setSaving((s) => {
        const next = new Set(s);
        if (busy) next.add(code);
        else next.delete(code);
        return next;
      }),
  );

  const save = (row: TargetRow, change: TargetChange) => {
    setErrors(({ [row.code]: _gone, ...rest }) => rest);
    chain.current?.submit(row.code, change);
  };

  return { save, saving, errors, question };
}
