// One indicator's target, sasaran and applicability; each field saves as soon as it is left.
import { memo, useState } from 'react';
import type { TargetBody, TargetRow } from '../../../shared/api/targets.schema.ts';
import { SASARAN_LABELS } from '../../../shared/api/profile.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorText } from '../ErrorText.tsx';
import { AmountInput } from './AmountInput.tsx';

export type TargetChange = Omit<TargetBody, 'expectedVersion'>;

export const TargetRowView = memo(function TargetRowView(props: {
  row: TargetRow;
  readOnly: boolean;
  /** The target and the absolute target: Dinkes' to set (readOnly implies it). */
  targetsReadOnly: boolean;
  saving: boolean;
  error: unknown;
  onSave(row: TargetRow, change: TargetChange): void;
}) {
  const { t } = useI18n();
  const { row, readOnly, targetsReadOnly } = props;
  const [reason, setReason] = useState(row.notApplicableReason ?? '');
  const save = (change: TargetChange) => props.onSave(row, change);
  const coverage = row.kind === 'coverage' || row.kind === 'rate';
  return (
    <tr className={row.applicable ? undefined : 'not-applicable'} data-testid={`target-${row.code}`}>
      <th scope="row" className="name-cell">
        <span className="muted">{row.number}</span> {row.name}
        <span className="muted small block">
          {row.code} · {row.unit}
          {!row.applicable && row.reason ? ` · ${row.reason}` : ''}
        </span>
      </th>
      <td className="num">{row.defaultTarget.printed || t('app.none')}</td>
      <td>
        <AmountInput
          value={row.target}
          label={`${t('targets.target')}: ${row.name}`}
          readOnly={targetsReadOnly || row.districtWide}
          onCommit={(target) => save({ target })}
        />
        {row.districtWide && (
          <span className="muted small block">
            {t(row.target === null ? 'targets.districtShareMissing' : 'targets.districtShare', {
              total: row.defaultTarget.printed,
            })}
          </span>
        )}
      </td>
      <td>
        {coverage ? (
          <>
            <AmountInput
              value={row.sasaran}
              label={`${t('targets.sasaran')}: ${row.name}`}
              readOnly={readOnly}
              onCommit={(sasaran) => save({ sasaran })}
            />
            <span className="muted small block">
              {row.sasaranLabel}
              {row.profileKey && !readOnly && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => save({ fromProfile: row.profileKey! })}
                  >
                    {t('targets.fromProfile', { what: SASARAN_LABELS[row.profileKey] })}
                  </button>
                </>
              )}
            </span>
          </>
        ) : (
          <span className="muted">{t('app.none')}</span>
        )}
      </td>
      <td>
        {row.kind === 'coverage' ? (
          <AmountInput
            value={row.targetSasaran}
            label={`${t('targets.targetSasaran')}: ${row.name}`}
            readOnly={targetsReadOnly}
            onCommit={(targetSasaran) => save({ targetSasaran })}
          />
        ) : (
          <span className="muted">{t('app.none')}</span>
        )}
      </td>
      <td>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={!row.markedNotApplicable}
            disabled={readOnly || (!row.applicable && !row.markedNotApplicable)}
            onChange={(e) =>
              e.target.checked
                ? save({ applicable: true, notApplicableReason: null })
                : reason.trim()
                  ? save({ applicable: false, notApplicableReason: reason.trim() })
                  : save({ applicable: false, notApplicableReason: t('targets.defaultReason') })
            }
          />
          <span className="visually-hidden">
            {t('targets.applicable')}: {row.name}
          </span>
        </label>
        {row.markedNotApplicable && (
          <input
            className="reason-input"
            aria-label={`${t('targets.reason')}: ${row.name}`}
            value={reason}
            readOnly={readOnly}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() =>
              reason.trim() &&
              reason.trim() !== row.notApplicableReason &&
              save({ applicable: false, notApplicableReason: reason.trim() })
            }
          />
        )}
      </td>
      <td className="status-cell">
        {props.saving && <span className="saving">{t('app.saving')}</span>}
        {props.error !== null && props.error !== undefined && <ErrorText error={props.error} />}
      </td>
    </tr>
  );
});
