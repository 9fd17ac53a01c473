// "Why is service 66,02%?": the axis's tree, from the figure down to each indicator, one sentence a node.
import { useEffect, useRef } from 'react';
import type { NodeResult } from '../../../domain/scoring/tree.ts';
import type { NodeWords, SettingsView } from '../../../shared/api/dashboard.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatAxis, formatThreshold, type Axis } from '../../lib/figures.ts';
import { WhyNode } from './WhyNode.tsx';

const AXIS_LABEL = {
  service: 'dash.service',
  management: 'dash.management',
  quality: 'dash.quality',
} as const;

export function WhyPanel(props: {
  axis: Axis;
  tree: NodeResult | null;
  /** The headline figure (quality is its tree's 0–10 mean × 10, as every Mutu node reads). */
  figure: number | null;
  settings: SettingsView;
  nodeWords: Readonly<Record<string, NodeWords>>;
  entryLink(code: string): string | null;
  rubricLink: string | null;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const { axis, tree, settings } = props;
  const [baik, cukup] = settings.thresholds[axis];
  return (
    <dialog ref={dialog} className="side-panel" aria-labelledby="why-title" onClose={props.onClose}>
      <header className="panel-head">
        <h2 id="why-title">
          {t('dash.whyTitle', { axis: t(AXIS_LABEL[axis]), score: formatAxis(axis, props.figure, locale) })}
        </h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('app.close')}
        </button>
      </header>
      <p className="muted">
        {t('dash.threshold', { baik: formatThreshold(baik, locale), cukup: formatThreshold(cukup, locale) })}{' '}
        · {t(`why.convention.${settings.convention}`)}
        {settings.cap ? ` · ${t('why.cap')}` : ''}
      </p>
      {tree ? (
        <ul className="why-tree">
          <WhyNode
            node={tree}
            axis={axis}
            depth={0}
            nodeWords={props.nodeWords}
            entryLink={props.entryLink}
            rubricLink={props.rubricLink}
          />
        </ul>
      ) : (
        <p>{t('dash.noData')}</p>
      )}
    </dialog>
  );
}
