// The annual report on screen, laid out from the same document model the PDF and DOCX print: the
// same chapters, the same words and numbers, the same charts (drawn with the same ECharts option).
import { useMemo } from 'react';
import { reportChartOption } from '../../../shared/report-chart-option.ts';
import type { ReportBlock, ReportDocument, ReportTable } from '../../../shared/report-document.ts';
import { EChart, type ChartOption } from '../charts/EChart.tsx';

export function ReportPreview({ doc }: { doc: ReportDocument }) {
  return (
    <article
      className="report-preview"
      aria-label={`${doc.meta.title} ${doc.meta.organisation} ${doc.meta.subtitle}`}
    >
      <header className="report-cover">
        <p className="report-cover-title">{doc.meta.title}</p>
        <p>{doc.meta.subtitle}</p>
        <p className="report-cover-org">{doc.meta.organisation}</p>
        <p>{doc.meta.issuer}</p>
        <p className="hint">{doc.meta.stageWords}</p>
      </header>
      {doc.chapters.map((chapter) => (
        <section
          key={chapter.id}
          id={`preview-${chapter.id}`}
          className="report-chapter"
          aria-labelledby={`h-${chapter.id}`}
        >
          <h2 id={`h-${chapter.id}`}>
            {chapter.label && <span className="report-chapter-label">{chapter.label} </span>}
            {chapter.title}
          </h2>
          {chapter.blocks.map((block, i) => (
            <Block key={i} block={block} doc={doc} />
          ))}
        </section>
      ))}
    </article>
  );
}

function Block({ block, doc }: { block: ReportBlock; doc: ReportDocument }) {
  switch (block.type) {
    case 'heading':
      return <h3>{block.text}</h3>;
    case 'paragraph':
      return <p className={block.tone === 'note' ? 'hint' : undefined}>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'facts':
      return (
        <dl className="report-facts">
          {block.rows.map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <Table table={block} />;
    case 'chart':
      return <Chart caption={block.caption} spec={block.chart} />;
    case 'contents':
      return (
        <ol className="report-contents">
          {doc.chapters
            .filter((c) => c.id !== 'daftar-isi')
            .map((c) => (
              <li key={c.id}>
                <a href={`#preview-${c.id}`}>{[c.label, c.title].filter((t) => t).join(' ')}</a>
              </li>
            ))}
        </ol>
      );
  }
}

function Table({ table }: { table: ReportTable }) {
  return (
    <div className="table-scroll">
      <table className="data-table compact report-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={`row-${row.kind}`}>
              {row.cells.map((cell, i) => {
                const align = table.columns[i]?.align ?? 'left';
                return (
                  <td
                    key={i}
                    className={`align-${align}${row.below && align === 'right' ? ' below-target' : ''}`}
                  >
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note && <p className="hint">{table.note}</p>}
    </div>
  );
}

function Chart({
  caption,
  spec,
}: {
  caption: string;
  spec: Extract<ReportBlock, { type: 'chart' }>['chart'];
}) {
  const option = useMemo(() => reportChartOption(spec, 'inherit') as ChartOption, [spec]);
  const height = spec.kind === 'radar' ? 420 : Math.max(160, 60 + spec.categories.length * 26);
  return (
    <figure className="report-chart">
      <EChart option={option} label={caption} height={height} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
