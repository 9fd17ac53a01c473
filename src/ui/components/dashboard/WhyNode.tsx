// One node of a result's "why": its name, its score on the axis' scale, one plain sentence saying how
// the score came about, and its children.
import { useState } from 'react';
import { Link } from 'react-router';
import type { Axis } from '../../../domain/catalog/types.ts';
import type { NodeResult } from '../../../domain/scoring/tree.ts';
import type { NodeWords } from '../../../shared/api/dashboard.schema.ts';
import { formatNodeScore } from '../../../shared/axis-scale.ts';
import { explanationSentence } from '../../../shared/explanation-sentence.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export interface WhyNodeProps {
  node: NodeResult;
  axis: Axis;
  /** 0 for the axis root. */
  depth: number;
  /** The decree's number of each catalog node, and an indicator's unit and sasaran, by code. */
  nodeWords: Readonly<Record<string, NodeWords>>;
  /** Where a service indicator's monthly values are entered, for a leaf. */
  entryLink(code: string): string | null;
  /** Where the management and quality items are scored (null: not for this role). */
  rubricLink: string | null;
}

export function WhyNode({ node, axis, depth, nodeWords, entryLink, rubricLink }: WhyNodeProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(depth < 1);
  const children = node.children ?? [];
  const words = nodeWords[node.id];
  const sentence = explanationSentence(
    node,
    { axis, depth, words: words?.unit == null ? undefined : { unit: words.unit, sasaran: words.sasaran } },
    locale,
  );
  // Names, never codes: the axis root is "Pelayanan", a catalog node shows the number the decree prints.
  const name = node.name ?? words?.number ?? '';
  // A leaf's inputs: the monthly entry for a service indicator, the rubric for a Table 5 item.
  const leaf = children.length === 0;
  const link = !leaf ? null : axis === 'service' ? entryLink(node.id) : rubricLink;
  return (
    <li className="why-node" data-node={node.id}>
      <div className="why-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            aria-label={t(open ? 'entry.collapse' : 'entry.expand', { name })}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="disclosure-spacer" aria-hidden="true" />
        )}
        <span className="why-name">
          {words?.number ? <span className="muted">{words.number}</span> : null} {name}
        </span>
        <span className="why-score">{formatNodeScore(axis, node.score, locale)}</span>
        <p className="why-sentence">
          <span className="why-says">{sentence}</span>
          {link && (
            <>
              {' · '}
              <Link to={link}>{t(axis === 'service' ? 'dash.openEntries' : 'dash.openRubric')}</Link>
            </>
          )}
        </p>
      </div>
      {open && children.length > 0 && (
        <ul className="why-children">
          {children.map((child) => (
            <WhyNode
              key={child.id}
              node={child}
              axis={axis}
              depth={depth + 1}
              nodeWords={nodeWords}
              entryLink={entryLink}
              rubricLink={rubricLink}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
