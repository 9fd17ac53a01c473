// A short list of rows (villages, facilities) to add to, change and remove from.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

export function ListEditor<T>(props: {
  legend: string;
  items: readonly T[];
  readOnly: boolean;
  head: string[];
  render(item: T, index: number, update: (next: T) => void): ReactNode;
  blank(): T;
  onChange(items: T[]): void;
}) {
  const { t } = useI18n();
  const { items } = props;
  return (
    <fieldset className="list-editor">
      <legend>{props.legend}</legend>
      <table className="data-table compact">
        <thead>
          <tr>
            {props.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              {props.render(item, i, (next) => props.onChange(items.map((x, j) => (j === i ? next : x))))}
              <td>
                {!props.readOnly && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onChange(items.filter((_, j) => j !== i))}
                    aria-label={t('profile.removeRow', { n: i + 1 })}
                  >
                    {t('profile.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!props.readOnly && (
        <button type="button" className="secondary" onClick={() => props.onChange([...items, props.blank()])}>
          {t('profile.addRow')}
        </button>
      )}
    </fieldset>
  );
}
