// One node of a result's "why": its score, the rule that gave it, its inputs, and its children.
import { useState } from 'react';
import { Link } from 'react-router';
import type { NodeResult } from '../../../domain/scoring/tree.ts';
import { explanationLabel } from '../../../shared/labels.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { formatFixed } from '../../lib/numbers.ts';
import type { Locale } from '../../../shared/messages/index.ts';

const KNOWN_KEYS = new Set([
  'sasaran',
  'target',
  'targetSasaran',
  'achieved',
  'per',
  'direction',
  'min',
  'max',
  'aboveIsBetter',
  'onTime',
  'due',
  'level',
  'percent',
  'counted',
  'excluded',
  'reason',
  'coverage',
  'ratio',
  'rate',
  'share',
  'totalWeight',
  'denominator',
  'nothingToCount',
]);

function keyLabel(key: string, t: Translate): string {
  return KNOWN_KEYS.has(key) ? t(`why.key.${key}` as Parameters<Translate>[0]) : key;
}

function valueText(key: string, value: unknown, t: Translate, locale: Locale): string {
  if (value === null || value === undefined) return t('app.none');
  if (key === 'nothingToCount' && (value === 'exclude' || value === 'missing'))
    return t(`why.nothingToCount.${value}`);
  if (typeof value === 'boolean') return value ? t('entry.yes') : t('entry.no');
  if (typeof value === 'number') return formatFixed(value, Number.isInteger(value) ? 0 : 2, locale);
  if (value === 'higher') return t('why.higher');
  if (value === 'lower') return t('why.lower');
  return String(value);
}

export interface WhyNodeProps {
  node: NodeResult;
  depth: number;
  /** How a score reads on this axis (% or 0–10). */
  format(score: number | null): string;
  /** Where an indicator's inputs are entered, for a leaf. */
  entryLink(code: string): string | null;
}

export function WhyNode({ node, depth, format, entryLink }: WhyNodeProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(depth < 1);
  const children = node.children ?? [];
  const e = node.explanation;
  const facts = [
    ...Object.entries(e.inputs).filter(([k]) => children.length === 0 || k === 'counted' || k === 'excluded'),
    ...Object.entries(e.derived).filter(([k]) => k !== 'totalWeight'),
  ];
  const link = children.length === 0 ? entryLink(node.id) : null;
  return (
    <li className="why-node">
      <div className="why-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            aria-label={t(open ? 'entry.collapse' : 'entry.expand', { name: node.name ?? node.id })}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="disclosure-spacer" aria-hidden="true" />
        )}
        <span className="why-name">
          <span className="muted">{node.id}</span> {node.name}
        </span>
        <span className="why-score">{format(node.score)}</span>
        <span className="why-rule">
          {explanationLabel(e, locale)}
          {e.capped ? ` (${t('dash.capped')})` : ''}
        </span>
      </div>
      {facts.length > 0 && (
        <dl className="why-facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{keyLabel(k, t)}</dt>
              <dd>{valueText(k, v, t, locale)}</dd>
            </div>
          ))}
          {link && (
            <div>
              <dt className="visually-hidden">{t('dash.inputs')}</dt>
              <dd>
                <Link to={link}>{t('dash.openEntries')}</Link>
              </dd>
            </div>
          )}
        </dl>
      )}
      {open && children.length > 0 && (
        <ul className="why-children">
          {children.map((child) => (
            <WhyNode key={child.id} node={child} depth={depth + 1} format={format} entryLink={entryLink} />
          ))}
        </ul>
      )}
    </li>
  );
}
