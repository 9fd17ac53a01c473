// The rubric screen's saves: a choice shows at once, each item saves one change at a time against the
// version its previous save returned (lib/save-chain.ts), and the two axes follow the stored result.
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { RubricItem, RubricView } from '../../../shared/api/rubric.schema.ts';
import { saveRubricItem } from '../../endpoints/rubric.ts';
import { SaveChain } from '../../lib/save-chain.ts';
import type { RubricChange } from './RubricItemCard.tsx';

/** The item as it will be once `change` is stored: a chosen level is also its score. */
function withChange(item: RubricItem, change: RubricChange | undefined): RubricItem {
  if (!change) return item;
  return {
    ...item,
    ...(change.level !== undefined && { level: change.level, score: change.level }),
    ...(change.percent !== undefined && { percent: change.percent }),
    ...(change.note !== undefined && { note: change.note }),
    ...(change.previous !== undefined &&
      item.lastYear && { lastYear: { ...item.lastYear, figure: change.previous } }),
  };
}

export function useRubricSaves(input: {
  /** The view as loaded (again after a conflict): the versions saves start from. */
  loaded: RubricView;
  setView: Dispatch<SetStateAction<RubricView>>;
  reload(): void;
}) {
  const { loaded, setView } = input;
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, unknown>>>({});
  // The latest stored version of each item: what the next save of it must name.
  const stored = useRef(new Map<string, RubricItem>());
  const latest = useRef(input);
  latest.current = input;

  useEffect(() => {
    stored.current = new Map(loaded.groups.flatMap((g) => g.items.map((i) => [i.code, i] as const)));
  }, [loaded]);

  const replaceItem = (item: RubricItem) =>
    setView((v) => ({
      ...v,
      groups: v.groups.map((g) => ({ ...g, items: g.items.map((i) => (i.code === item.code ? item : i)) })),
    }));

  const chain = useRef<SaveChain<RubricChange> | null>(null);
  chain.current ??= new SaveChain<RubricChange>(
    async (code, change) => {
      const before = stored.current.get(code);
      if (!before) return 'stop';
      const { loaded: view, reload } = latest.current;
      try {
        const outcome = await saveRubricItem(view.puskesmas.code, view.year, code, {
          ...change,
          expectedVersion: before.version,
        });
        if (!outcome.ok) {
          // Someone else stored the item meanwhile: show theirs, and say so.
          setErrors((e) => ({ ...e, [code]: outcome.error }));
          reload();
          return 'stop';
        }
        stored.current.set(code, outcome.data.item);
        // A choice made while this save was on its way stays on screen until its own save.
        replaceItem(withChange(outcome.data.item, chain.current?.waitingFor(code)));
        const h = outcome.data.headline;
        setView((v) => ({
          ...v,
          management: { score: h.management, category: h.categories.management },
          quality: { score: h.quality, category: h.categories.quality },
        }));
        return 'continue';
      } catch (error) {
        replaceItem(before);
        setErrors((e) => ({ ...e, [code]: error }));
        return 'stop';
      }
    },
    (earlier, later) => ({ ...earlier, ...later }),
    (code, busy) =>
      setSaving((s) => {
        const next = new Set(s);
        if (busy) next.add(code);
        else next.delete(code);
        return next;
      }),
  );

  const save = (item: RubricItem, change: RubricChange) => {
    // The choice shows at once; the stored item (with its banded score) replaces it when saved.
    if (change.level !== undefined) replaceItem(withChange(item, { level: change.level }));
    setErrors(({ [item.code]: _gone, ...rest }) => rest);
    chain.current?.submit(item.code, change);
  };

  return { save, saving, errors };
}
