// `pkp score`: one Puskesmas-year from the store, or a scenario file through the pure engine.
import { readFile } from 'node:fs/promises';
import { parseScenario, scoreScenario, type ScenarioOutput } from '../../app/score-scenario.ts';
import type { Axis } from '../../domain/catalog/types.ts';
import { formatNodeScore } from '../../shared/axis-scale.ts';
import { AppError } from '../../shared/errors.ts';
import { explanationSentence } from '../../shared/explanation-sentence.ts';
import { formatNumber } from '../../shared/format.ts';
import type { ScenarioGroup, ScenarioLeaf } from '../../shared/schemas/scenario.schema.ts';
import type { Locale } from '../../shared/messages/index.ts';
import { parseCommandArgs, parseStage, parseYear, usageError } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { table } from '../render.ts';

export const scoreCommand: Command = {
  name: 'score',
  usage: [
    'Usage: pkp score --puskesmas CODE --year YEAR [--stage self|verified] [--depth N] [--json]',
    '       pkp score --scenario FILE [--json]',
    '',
    'Options:',
    '  --puskesmas CODE  Puskesmas code (see pkp recap)',
    '  --year YEAR       assessment year, e.g. 2023',
    '  --scenario FILE   a scenario file (docs/scenario.md): scored by the pure engine, no database',
    '  --stage STAGE     self (default) or verified',
    '  --depth N         levels of the tree to show (default 2; 9 shows every indicator)',
    '  --json            machine-readable output, scores unrounded',
    '  -h, --help        this help',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseCommandArgs(this, args, {
      puskesmas: { type: 'string' },
      year: { type: 'string' },
      scenario: { type: 'string' },
      stage: { type: 'string' },
      depth: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      ctx.out(this.usage);
      return EXIT.ok;
    }
    if (values.scenario !== undefined) {
      if (values.puskesmas !== undefined)
        throw usageError(this, 'use either --scenario or --puskesmas, not both');
      const input = await readScenario(values.scenario);
      const output = scoreScenario(input);
      ctx.out(values.json ? JSON.stringify(output, null, 2) : renderScenario(input, output, ctx.locale));
      return EXIT.ok;
    }
    if (values.puskesmas === undefined) throw usageError(this, '--puskesmas or --scenario is required');
    const depth = values.depth === undefined ? 2 : Number(values.depth);
    if (!Number.isInteger(depth) || depth < 0)
      throw usageError(this, `--depth must be a whole number, not "${values.depth}"`);
    // Loaded here so that scoring a scenario never loads the database.
    const { scorePuskesmas } = await import('./score-puskesmas.ts');
    return scorePuskesmas(
      values.puskesmas,
      parseYear(this, values.year),
      { json: Boolean(values.json), stage: parseStage(this, values.stage), depth },
      ctx,
    );
  },
};

async function readScenario(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { file });
    throw new AppError('FILE_UNREADABLE', { file, reason: code ?? String(error) });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('SCENARIO_NOT_JSON', { file, reason: (error as Error).message });
  }
}

/** Each node of the scenario's trees in order, indented, with its score and its sentence. */
function renderScenario(input: unknown, output: ScenarioOutput, locale: Locale): string {
  const rows: string[][] = [
    [
      locale === 'id' ? 'Simpul' : 'Node',
      locale === 'id' ? 'Nilai' : 'Score',
      locale === 'id' ? 'Mengapa' : 'Why',
    ],
  ];
  const { scenario } = parseScenario(input);
  const visit = (node: ScenarioGroup | ScenarioLeaf, axis: Axis, depth: number): void => {
    const scored = output.nodes[node.id];
    if (!scored) return;
    const children = 'children' in node ? node.children : [];
    rows.push([
      `${'  '.repeat(depth)}${node.id}${node.name ? ` ${node.name}` : ''}`,
      formatNodeScore(axis, scored.score, locale),
      // The sentence names what a mean is over ("4 klaster", "3 indikator") from the children's shape.
      explanationSentence(
        { ...scored, children: children.map((c) => ('children' in c ? { children: c.children } : {})) },
        { axis, depth },
        locale,
      ),
    ]);
    for (const child of children) visit(child, axis, depth + 1);
  };
  for (const axis of ['service', 'management', 'quality'] as const) {
    const root = scenario[axis];
    if (root) visit(root, axis, 0);
  }
  const axisLabel = {
    service: locale === 'id' ? 'Pelayanan (%)' : 'Service (%)',
    management: locale === 'id' ? 'Manajemen (0–10)' : 'Management (0–10)',
    quality: locale === 'id' ? 'Mutu (%)' : 'Quality (%)',
  };
  const axes = (['service', 'management', 'quality'] as const).map((axis) => {
    const a = output[axis];
    return [axisLabel[axis], a ? formatNumber(a.score, 2, locale) : '–', a?.category ?? '–'];
  });
  const overall = output.overall
    ? `\n${locale === 'id' ? 'Kategori' : 'Category'}: ${output.overall.category ?? '–'}   Kelompok: ${output.overall.kelompok ?? '–'}`
    : `\n${locale === 'id' ? 'Kategori dan Kelompok hanya dihitung bila ketiga aspek ada.' : 'Category and Kelompok need all three axes.'}`;
  return `${table(rows, [1])}\n\n${table([[locale === 'id' ? 'Aspek' : 'Axis', locale === 'id' ? 'Nilai' : 'Score', locale === 'id' ? 'Kategori' : 'Category'], ...axes], [1])}${overall}`;
}
