// One row of the catalog as Dinkes edits it: the columns of the decree's annex on its line (No,
// Indikator, Satuan, Target as printed and as a number, the comparator), and under it, when opened,
// everything else pkp scores the row by — its code, kind, entry shape, direction, applicability,
// what a year with nothing to count means, the definitions, and a rubric's level texts and bands.
import { memo, useState, type ReactNode } from 'react';
import type { CatalogRubricDocument } from '../../../shared/schemas/catalog-document.schema.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { retarget, type CatalogRow } from '../../lib/catalog-edit.ts';
import { NumberField } from './NumberField.tsx';
import type { z } from 'zod';

type Rubric = z.infer<typeof CatalogRubricDocument>;

export const COMPARATORS = ['>=', '<=', '>', '<', '='] as const;
const COMPARATOR_SIGNS: Record<(typeof COMPARATORS)[number], string> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
};
const KINDS = ['coverage', 'rate', 'value', 'range', 'yesno', 'ontime', 'rubric'] as const;
const ENTRIES = ['count', 'ratio', 'amount', 'level', 'yesno', 'ontime', 'annual'] as const;
const LEVELS = ['0', '4', '7', '10'] as const;

export interface RowEditorProps {
  row: CatalogRow;
  depth: number;
  readOnly: boolean;
  open: boolean;
  first: boolean;
  last: boolean;
  onChange(code: string, patch: Partial<CatalogRow>): void;
  onMove(code: string, by: -1 | 1): void;
  onRemove(code: string): void;
  onToggle(code: string): void;
}

export const CatalogRowEditor = memo(function CatalogRowEditor(props: RowEditorProps) {
  const { t } = useI18n();
  const { row, readOnly } = props;
  const set = (patch: Partial<CatalogRow>) => props.onChange(row.code, patch);
  const label = (field: string) => t(`catalog.field.${field}` as 'catalog.field.name', { code: row.code });
  return (
    <>
      <tr className="catalog-row" data-code={row.code}>
        <td>
          <input
            className="catalog-number"
            aria-label={label('number')}
            value={row.number}
            readOnly={readOnly}
            onChange={(e) => set({ number: e.target.value })}
          />
        </td>
        <td style={{ paddingLeft: `${0.4 + props.depth * 0.9}rem` }}>
          <input
            className="catalog-name"
            aria-label={label('name')}
            value={row.name}
            readOnly={readOnly}
            aria-invalid={row.name.trim() === '' || undefined}
            onChange={(e) => set({ name: e.target.value })}
          />
          <span className="catalog-code">{row.code}</span>
        </td>
        <td>
          <input
            className="catalog-unit"
            aria-label={label('unit')}
            value={row.unit}
            readOnly={readOnly}
            onChange={(e) => set({ unit: e.target.value })}
          />
        </td>
        <td>
          <input
            className="catalog-printed"
            aria-label={label('printed')}
            value={row.target.printed}
            readOnly={readOnly}
            onChange={(e) => set({ target: { ...row.target, printed: e.target.value } })}
          />
        </td>
        <td>
          <NumberField
            className="catalog-value"
            label={label('targetValue')}
            value={row.target.value}
            optional
            readOnly={readOnly}
            onChange={(value) => set({ target: retarget(row.target, value) })}
          />
        </td>
        <td>
          <select
            aria-label={label('comparator')}
            value={row.target.comparator}
            disabled={readOnly}
            onChange={(e) =>
              set({
                target: { ...row.target, comparator: e.target.value as CatalogRow['target']['comparator'] },
              })
            }
          >
            {COMPARATORS.map((c) => (
              <option key={c} value={c}>
                {COMPARATOR_SIGNS[c]}
              </option>
            ))}
          </select>
        </td>
        <td className="catalog-actions">
          <button
            type="button"
            className="link-button"
            aria-expanded={props.open}
            aria-label={t(props.open ? 'catalog.detailsClose' : 'catalog.detailsOpen', { code: row.code })}
            onClick={() => props.onToggle(row.code)}
          >
            {props.open ? t('catalog.detailsCloseShort') : t('catalog.detailsOpenShort')}
          </button>
          {!readOnly && (
            <>
              <button
                type="button"
                className="secondary icon-button"
                aria-label={t('catalog.moveUp', { code: row.code })}
                disabled={props.first}
                onClick={() => props.onMove(row.code, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="secondary icon-button"
                aria-label={t('catalog.moveDown', { code: row.code })}
                disabled={props.last}
                onClick={() => props.onMove(row.code, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="secondary icon-button danger"
                aria-label={t('catalog.remove', { code: row.code })}
                onClick={() => props.onRemove(row.code)}
              >
                ×
              </button>
            </>
          )}
        </td>
      </tr>
      {props.open && (
        <tr className="catalog-detail">
          <td colSpan={7}>
            <RowDetail row={row} readOnly={readOnly} set={set} label={label} />
          </td>
        </tr>
      )}
    </>
  );
});

function RowDetail({
  row,
  readOnly,
  set,
  label,
}: {
  row: CatalogRow;
  readOnly: boolean;
  set(patch: Partial<CatalogRow>): void;
  label(field: string): string;
}) {
  const { t } = useI18n();
  const text = (field: 'sasaran' | 'interpretation', long = false) => (
    <Field label={label(field)}>
      {long ? (
        <textarea
          value={row[field] ?? ''}
          readOnly={readOnly}
          rows={2}
          onChange={(e) =>
            set({ [field]: e.target.value === '' && field !== 'sasaran' ? undefined : e.target.value })
          }
        />
      ) : (
        <input
          value={row[field] ?? ''}
          readOnly={readOnly}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      )}
    </Field>
  );
  const choice = <K extends 'kind' | 'direction' | 'entry' | 'appliesTo'>(
    field: K,
    options: readonly CatalogRow[K][],
  ) => (
    <Field label={label(field)}>
      <select
        value={row[field]}
        disabled={readOnly}
        onChange={(e) => set({ [field]: e.target.value } as Partial<CatalogRow>)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`catalog.${field}.${o}` as 'catalog.kind.coverage')}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <div className="catalog-detail-grid">
      <Field label={label('code')}>
        <input value={row.code} readOnly={readOnly} onChange={(e) => set({ code: e.target.value })} />
      </Field>
      <Field label={label('sameAs')}>
        <input
          value={row.sameAs ?? ''}
          readOnly={readOnly}
          onChange={(e) => set({ sameAs: e.target.value.trim() === '' ? undefined : e.target.value.trim() })}
        />
      </Field>
      <Field label={label('previousCode')}>
        <input
          value={row.previousCode ?? ''}
          readOnly={readOnly}
          onChange={(e) =>
            set({ previousCode: e.target.value.trim() === '' ? undefined : e.target.value.trim() })
          }
        />
      </Field>
      {choice('kind', KINDS)}
      {choice('entry', ENTRIES)}
      {choice('direction', ['higher', 'lower'])}
      {choice('appliesTo', ['all', 'rawat-inap'])}
      <Field label={label('nothingToCount')}>
        <select
          value={row.nothingToCount ?? ''}
          disabled={readOnly}
          onChange={(e) =>
            set({
              nothingToCount: e.target.value === '' ? undefined : (e.target.value as 'exclude' | 'missing'),
            })
          }
        >
          <option value="">{t('catalog.nothingToCount.default')}</option>
          <option value="exclude">{t('catalog.nothingToCount.exclude')}</option>
          <option value="missing">{t('catalog.nothingToCount.missing')}</option>
        </select>
      </Field>
      <Field label={label('requires')}>
        <WordList value={row.requires} readOnly={readOnly} onChange={(requires) => set({ requires })} />
      </Field>
      <Field label={label('cadence')}>
        <select
          value={row.cadence ?? ''}
          disabled={readOnly}
          onChange={(e) => set({ cadence: e.target.value === 'weekly' ? 'weekly' : undefined })}
        >
          <option value="">{t('catalog.cadence.monthly')}</option>
          <option value="weekly">{t('catalog.cadence.weekly')}</option>
        </select>
      </Field>
      <Field label={label('targetScope')}>
        <select
          value={row.targetScope ?? ''}
          disabled={readOnly}
          onChange={(e) => set({ targetScope: e.target.value === 'district' ? 'district' : undefined })}
        >
          <option value="">{t('catalog.targetScope.puskesmas')}</option>
          <option value="district">{t('catalog.targetScope.district')}</option>
        </select>
      </Field>
      <Field label={label('per')}>
        <NumberField
          label={label('per')}
          value={row.per}
          optional
          readOnly={readOnly}
          onChange={(per) => set({ per: per ?? undefined })}
        />
      </Field>
      <Field label={label('scale')}>
        <NumberField
          label={label('scale')}
          value={row.scale}
          optional
          readOnly={readOnly}
          onChange={(scale) => set({ scale: scale ?? undefined })}
        />
      </Field>
      {row.kind === 'range' && (
        <>
          <Field label={label('min')}>
            <NumberField
              label={label('min')}
              value={row.target.min}
              optional
              readOnly={readOnly}
              onChange={(min) => set({ target: { ...row.target, min: min ?? undefined } })}
            />
          </Field>
          <Field label={label('max')}>
            <NumberField
              label={label('max')}
              value={row.target.max}
              optional
              readOnly={readOnly}
              onChange={(max) => set({ target: { ...row.target, max: max ?? undefined } })}
            />
          </Field>
        </>
      )}
      <label className="catalog-check">
        <input
          type="checkbox"
          checked={row.optional}
          disabled={readOnly}
          onChange={(e) => set({ optional: e.target.checked })}
        />
        {label('optional')}
      </label>
      {text('sasaran')}
      <Field label={label('numerator')} wide>
        <textarea
          rows={2}
          value={row.counts?.numerator ?? ''}
          readOnly={readOnly}
          onChange={(e) => set({ counts: countsWith(row, { numerator: e.target.value }) })}
        />
      </Field>
      <Field label={label('denominator')} wide>
        <textarea
          rows={2}
          value={row.counts?.denominator ?? ''}
          readOnly={readOnly}
          onChange={(e) => set({ counts: countsWith(row, { denominator: e.target.value }) })}
        />
      </Field>
      {text('interpretation', true)}
      {row.kind === 'rubric' && (
        <RubricDetail
          code={row.code}
          rubric={row.rubric ?? emptyRubric(row)}
          readOnly={readOnly}
          label={label}
          onChange={(rubric) => set({ rubric })}
        />
      )}
    </div>
  );
}

/** The definitions with one of them changed; none at all when both are empty. */
function countsWith(
  row: CatalogRow,
  change: { numerator?: string; denominator?: string },
): CatalogRow['counts'] {
  const numerator = change.numerator ?? row.counts?.numerator ?? '';
  const denominator = change.denominator ?? row.counts?.denominator ?? '';
  if (numerator === '' && denominator === '') return undefined;
  return denominator === '' ? { numerator } : { numerator, denominator };
}

function emptyRubric(row: CatalogRow): Rubric {
  return { target: row.target.printed, levels: { '0': '', '4': '', '7': '', '10': '' }, input: 'level' };
}

function RubricDetail({
  code,
  rubric,
  readOnly,
  label,
  onChange,
}: {
  code: string;
  rubric: Rubric;
  readOnly: boolean;
  label(field: string): string;
  onChange(rubric: Rubric): void;
}) {
  const { t } = useI18n();
  const bands = rubric.bands ?? [];
  return (
    <fieldset className="catalog-rubric">
      <legend>{t('catalog.rubric')}</legend>
      <Field label={label('rubricInput')}>
        <select
          value={rubric.input}
          disabled={readOnly}
          onChange={(e) => onChange({ ...rubric, input: e.target.value as Rubric['input'] })}
        >
          <option value="level">{t('catalog.rubricInput.level')}</option>
          <option value="percent">{t('catalog.rubricInput.percent')}</option>
        </select>
      </Field>
      {LEVELS.map((level) => (
        <Field key={level} label={t('catalog.level', { level, code })} wide>
          <textarea
            rows={2}
            value={rubric.levels[level]}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...rubric, levels: { ...rubric.levels, [level]: e.target.value } })}
          />
        </Field>
      ))}
      {rubric.input === 'percent' && (
        <label className="catalog-check">
          <input
            type="checkbox"
            checked={rubric.mustRise === true}
            disabled={readOnly}
            onChange={(e) => {
              const { mustRise: _was, ...rest } = rubric;
              onChange(e.target.checked ? { ...rest, mustRise: true } : rest);
            }}
          />
          {label('mustRise')}
        </label>
      )}
      {rubric.input === 'percent' && (
        <div className="catalog-bands">
          <span>{t('catalog.bands')}</span>
          {bands.map((band, i) => (
            <span key={band.level} className="catalog-band">
              <NumberField
                label={t('catalog.bandFrom', { level: band.level, code })}
                value={band.from}
                readOnly={readOnly}
                onChange={(from) =>
                  onChange({
                    ...rubric,
                    bands: bands.map((b, j) => (j === i ? { ...b, from: from ?? 0 } : b)),
                  })
                }
              />
              {' → '}
              {band.level}
            </span>
          ))}
        </div>
      )}
    </fieldset>
  );
}

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? 'catalog-field wide' : 'catalog-field'}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Words separated by semicolons, kept as typed while the field has the focus and read when it leaves. */
function WordList(props: {
  value: readonly string[] | undefined;
  readOnly: boolean;
  onChange(value: string[] | undefined): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const words = draft
      .split(';')
      .map((w) => w.trim())
      .filter((w) => w !== '');
    setDraft(null);
    props.onChange(words.length > 0 ? words : undefined);
  };
  return (
    <input
      value={draft ?? (props.value ?? []).join('; ')}
      readOnly={props.readOnly}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
