// An indicator's standing to date: achievement, the pro-rated target, and the score with its colour
// and word.
import { memo } from 'react';
import type { ProgressView } from '../../../shared/api/entries.schema.ts';
import { explanationSentence } from '../../../shared/explanation-sentence.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatFixed } from '../../lib/numbers.ts';
import { formatAchieved } from '../../lib/progress-format.ts';
import { ColorBadge } from '../CategoryBadge.tsx';

export const ProgressCells = memo(function ProgressCells(props: {
  progress: ProgressView | undefined;
  indicator: { unit: string; kind: string };
  rowSpan: number;
  applicable: boolean;
}) {
  const { t, locale } = useI18n();
  const p = props.progress;
  if (!props.applicable) {
    return (
      <td className="progress-cell na" colSpan={3} rowSpan={props.rowSpan}>
        {t('entry.notApplicable')}
      </td>
    );
  }
  return (
    <>
      <td className="progress-cell num" rowSpan={props.rowSpan}>
        {formatAchieved(p?.achievedToDate ?? null, props.indicator, t, locale)}
      </td>
      <td className="progress-cell num" rowSpan={props.rowSpan}>
        {formatAchieved(p?.proRatedTarget ?? null, props.indicator, t, locale)}
      </td>
      <td
        className="progress-cell score"
        rowSpan={props.rowSpan}
        // The same sentence as the dashboard's "why", to date: a 100 that misses a strict "< 20" is
        // kuning, and says why.
        title={
          p
            ? explanationSentence(
                p,
                { axis: 'service', depth: 4, words: { unit: props.indicator.unit, sasaran: null } },
                locale,
              )
            : undefined
        }
      >
        <ColorBadge color={p?.color ?? null}>
          {p?.score == null ? null : formatFixed(p.score, 1, locale)}
        </ColorBadge>
      </td>
    </>
  );
});
