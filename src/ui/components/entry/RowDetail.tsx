// The panel above the grid that says, for the active row, what the grid has no room for: the
// indicator's whole name and where it sits, how a month is entered, what its numerator and its
// denominator (or annual sasaran) count, its unit, target and sasaran.
import { memo, useMemo, useState } from 'react';
import type { EntryNode } from '../../../shared/api/entries.schema.ts';
import { monthNames, useI18n } from '../../i18n/i18n.tsx';
import { monthIndex } from '../../lib/dates.ts';
import { groupPath, type IndicatorNode } from '../../lib/grid-rows.ts';
import { formatInput } from '../../lib/numbers.ts';
import { hasAnnualSasaran, howToEnter, targetText } from '../../lib/row-detail.ts';
import { lineLabel } from './cell-text.ts';
import type { ActiveCell } from './EntryGrid.tsx';
import { EvidenceDialog } from '../evidence/EvidenceDialog.tsx';

export function RowDetail({
  tree,
  active,
  evidence,
}: {
  tree: readonly EntryNode[];
  active: ActiveCell | null;
  /** The Puskesmas-year whose files of the active indicator the panel offers (in a dialog). */
  evidence: { code: string; year: number };
}) {
  const { t } = useI18n();
  const [filesOf, setFilesOf] = useState<IndicatorNode | null>(null);
  return (
    <section className="row-detail" aria-label={t('detail.title')} data-testid="row-detail">
      {active ? (
        <IndicatorDetail tree={tree} indicator={active.indicator} where={active} onFiles={setFilesOf} />
      ) : (
        <p className="row-detail-empty muted">{t('detail.empty')}</p>
      )}
      {filesOf && (
        <EvidenceDialog
          {...evidence}
          attachedTo="indicator"
          attachedKey={filesOf.code}
          canEdit
          title={`${t('evidence.title')}: ${filesOf.number} ${filesOf.name}`}
          onClose={() => setFilesOf(null)}
        />
      )}
    </section>
  );
}

const IndicatorDetail = memo(function IndicatorDetail({
  tree,
  indicator,
  where,
  onFiles,
}: {
  tree: readonly EntryNode[];
  indicator: IndicatorNode;
  where: Pick<ActiveCell, 'field' | 'month'>;
  /** Opens the indicator's evidence files (stable: the panel is memoised). */
  onFiles(indicator: IndicatorNode): void;
}) {
  const { t, locale } = useI18n();
  const path = useMemo(() => groupPath(tree, indicator.code), [tree, indicator.code]);
  const annual = hasAnnualSasaran(indicator);
  const counts = indicator.counts;
  const target = targetText(indicator, locale);
  const printed = indicator.sasaranLabel.trim();
  const month = monthNames(t, 'long')[monthIndex(where.month)] ?? where.month;

  return (
    <>
      <p className="row-detail-name">
        <span className="muted">{indicator.number}</span> <strong>{indicator.name}</strong>{' '}
        <span className="muted row-detail-where">
          {indicator.code} · {t('detail.where', { line: lineLabel(indicator, where.field, t), month })}
        </span>{' '}
        <button type="button" className="link-button row-detail-files" onClick={() => onFiles(indicator)}>
          {t('evidence.title')}
        </button>
      </p>
      {path.length > 0 && (
        <p className="row-detail-path muted">{path.map((g) => `${g.number} ${g.name}`.trim()).join(' › ')}</p>
      )}
      <dl className="row-detail-facts">
        <div className="wide">
          <dt>{t('detail.how')}</dt>
          <dd>{t(howToEnter(indicator))}</dd>
        </div>
        {counts ? (
          <>
            <div>
              <dt>{lineLabel(indicator, indicator.fields[0] ?? where.field, t)}</dt>
              <dd data-testid="row-detail-numerator">{counts.numerator}</dd>
            </div>
            {counts.denominator && (
              <div>
                <dt>{annual ? t('detail.denominatorSasaran') : t('detail.denominator')}</dt>
                <dd data-testid="row-detail-denominator">{counts.denominator}</dd>
              </div>
            )}
          </>
        ) : (
          <div>
            <dt>{t('detail.figure')}</dt>
            <dd>{t('detail.noWords')}</dd>
          </div>
        )}
        <div>
          <dt>{t('detail.target')}</dt>
          <dd data-testid="row-detail-target">{target ?? t('detail.targetNone')}</dd>
        </div>
        {annual && (
          <div>
            <dt>{t('detail.sasaranYear')}</dt>
            <dd data-testid="row-detail-sasaran">
              {indicator.sasaran === null
                ? t('detail.sasaranMissing')
                : formatInput(indicator.sasaran, locale)}
            </dd>
          </div>
        )}
        {printed && (
          <div>
            <dt>{t('detail.sasaranPrinted')}</dt>
            <dd>{printed}</dd>
          </div>
        )}
        {indicator.unit && (
          <div>
            <dt>{t('detail.unit')}</dt>
            <dd>{indicator.unit}</dd>
          </div>
        )}
      </dl>
    </>
  );
});
