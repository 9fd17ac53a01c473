// The numbers behind a chart, as a table a screen reader (or a careful reader) can go through.
import { useI18n } from '../../i18n/i18n.tsx';

export function ChartTable({ head, rows }: { head: string[]; rows: string[][] }) {
  const { t } = useI18n();
  return (
    <details className="chart-table">
      <summary>{t('dash.asTable')}</summary>
      <table className="data-table compact">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
