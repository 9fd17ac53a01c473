// An element's or a check's status as a sign and a word, never by colour alone: ✓ Terpenuhi,
// ◐ Sebagian, ✗ Belum, … Belum waktunya.
import type { ElementStatus } from '../../../shared/api/accreditation.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export type CheckMark = 'met' | 'partly' | 'unmet' | 'not-due' | 'surveyor';

const SIGNS: Record<ElementStatus | CheckMark, string> = {
  fulfilled: '✓',
  met: '✓',
  partly: '◐',
  missing: '✗',
  unmet: '✗',
  'not-due': '…',
  surveyor: '☐',
};

/** The tone a status is drawn in (styles.css "Accreditation readiness"). */
const TONES: Record<ElementStatus | CheckMark, 'good' | 'part' | 'bad' | 'none'> = {
  fulfilled: 'good',
  met: 'good',
  partly: 'part',
  missing: 'bad',
  unmet: 'bad',
  'not-due': 'none',
  surveyor: 'none',
};

export function ElementStatusMark({ status }: { status: ElementStatus }) {
  const { t } = useI18n();
  return (
    <span className="readiness-mark" data-tone={TONES[status]} data-status={status}>
      <span aria-hidden="true">{SIGNS[status]}</span> {t(`accreditation.status.${status}`)}
    </span>
  );
}

export function CheckStatusMark({ status }: { status: CheckMark }) {
  const { t } = useI18n();
  return (
    <span className="readiness-mark small" data-tone={TONES[status]} data-status={status}>
      <span aria-hidden="true">{SIGNS[status]}</span> {t(`accreditation.check.${status}`)}
    </span>
  );
}

/** The sign alone, for a dense table; the cell carries the words as its accessible name. */
export function statusSign(status: ElementStatus): string {
  return SIGNS[status];
}

export function statusTone(status: ElementStatus): string {
  return TONES[status];
}
