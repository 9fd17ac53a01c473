// `pkp score --puskesmas CODE --year YEAR`: the stored result of one Puskesmas-year, with its "why".
import { nodeWordsOf } from '../../app/node-words.ts';
import { puskesmasScore, type PuskesmasScore } from '../../app/puskesmas-score.ts';
import { storeRepositories } from '../../data/adapters/repositories.ts';
import type { Stage } from '../../domain/assessment/inputs.ts';
import type { NodeResult } from '../../domain/scoring/tree.ts';
import type { NodeWords } from '../../shared/api/dashboard.schema.ts';
import { formatNumber } from '../../shared/format.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { EXIT, type CliContext } from '../command.ts';
import { scoreTreeRows, table } from '../render.ts';
import { withStore } from '../store.ts';

export async function scorePuskesmas(
  code: string,
  year: number,
  options: { json: boolean; stage: Stage; depth: number },
  ctx: CliContext,
): Promise<number> {
  const { score, nodeWords } = await withStore(ctx, async (store) => {
    const repos = storeRepositories(store);
    const score = await puskesmasScore(repos, code, year, options.stage);
    // The catalog the result was scored on gives each indicator's unit and sasaran, for its sentence.
    const { catalog } = await repos.loadAssessmentCatalog(score.assessment.id);
    return { score, nodeWords: nodeWordsOf(catalog) };
  });
  ctx.out(
    options.json
      ? JSON.stringify(toJson(score), null, 2)
      : render(score, nodeWords, options.depth, ctx.locale),
  );
  return EXIT.ok;
}

/** The same shape as a scenario's output, plus who and when. */
function toJson({ assessment, stage, result, nodes }: PuskesmasScore) {
  const axis = (score: number | null, category: string | null) => ({ score, category });
  const flat = Object.fromEntries(
    Object.entries(nodes).map(([id, { children: _c, id: _id, ...rest }]) => [id, rest]),
  );
  return {
    puskesmas: assessment.puskesmas,
    district: assessment.district,
    year: assessment.year,
    status: assessment.status,
    stage,
    computedAt: result.computedAt,
    service: axis(result.service, result.serviceCategory),
    management: axis(result.management, result.managementCategory),
    quality: axis(result.quality, result.qualityCategory),
    overall: { category: result.overallCategory, kelompok: result.kelompok },
    nodes: flat,
  };
}

function prune(node: NodeResult, depth: number): NodeResult {
  if (depth <= 0 || !node.children) return { ...node, children: [] };
  return { ...node, children: node.children.map((c) => prune(c, depth - 1)) };
}

function render(
  { assessment, result, trees }: PuskesmasScore,
  nodeWords: Readonly<Record<string, NodeWords>>,
  depth: number,
  locale: Locale,
): string {
  const id = locale === 'id';
  const head = `${assessment.puskesmas.name} (${assessment.puskesmas.code}) — ${id ? 'tahun' : 'year'} ${assessment.year}`;
  const axes = table(
    [
      [id ? 'Aspek' : 'Axis', id ? 'Nilai' : 'Score', id ? 'Kategori' : 'Category'],
      [
        id ? 'Pelayanan (%)' : 'Service (%)',
        formatNumber(result.service, 2, locale),
        result.serviceCategory ?? '–',
      ],
      [
        id ? 'Manajemen (0–10)' : 'Management (0–10)',
        formatNumber(result.management, 2, locale),
        result.managementCategory ?? '–',
      ],
      [
        id ? 'Mutu (%)' : 'Quality (%)',
        formatNumber(result.quality, 2, locale),
        result.qualityCategory ?? '–',
      ],
    ],
    [1],
  );
  const overall = `${id ? 'Kategori kinerja' : 'Overall category'}: ${result.overallCategory ?? '–'}   Kelompok: ${result.kelompok ?? '–'}`;
  const rows: string[][] = [
    [
      id ? 'Klaster / program / indikator' : 'Cluster / programme / indicator',
      id ? 'Nilai' : 'Score',
      id ? 'Mengapa' : 'Why',
    ],
  ];
  for (const axis of ['service', 'management', 'quality'] as const) {
    const tree = trees[axis];
    if (tree) scoreTreeRows(prune(tree, depth), locale, { axis, nodeWords }, 0, rows);
  }
  return `${head}\n\n${axes}\n\n${overall}\n\n${table(rows, [1])}`;
}
