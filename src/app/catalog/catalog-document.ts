// A catalog to and from its document (shared/schemas/catalog-document.schema.ts): written in one
// fixed key order, so that export → import → export gives the same bytes; read with every problem of
// the file named by its row, in words, and nothing returned unless the whole catalog is usable.
import type {
  Catalog,
  CatalogCluster,
  CatalogGroup,
  CatalogIndicator,
  CatalogNode,
  GroupingGroup,
  GroupingNode,
  Rubric,
} from '../../domain/catalog/types.ts';
import { catalogProblems, type CatalogProblemRule } from '../../domain/catalog/validate.ts';
import type { SettingsOverrides } from '../../domain/scoring/settings.ts';
import { AppError } from '../../shared/errors.ts';
import {
  CATALOG_FORMAT,
  CATALOG_FORMAT_VERSION,
  CatalogDocument,
  type CatalogGroupDocument,
  type CatalogIndicatorDocument,
  type GroupingGroupDocument,
} from '../../shared/schemas/catalog-document.schema.ts';

/** Keeps only the keys whose value is defined, in the order given. */
function defined<T extends Record<string, unknown>>(entries: T): T {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as T;
}

function rubricDocument(r: Rubric): NonNullable<CatalogIndicatorDocument['rubric']> {
  return defined({
    target: r.target,
    levels: { '0': r.levels[0], '4': r.levels[4], '7': r.levels[7], '10': r.levels[10] },
    input: r.input,
    bands: r.bands?.map((b) => defined({ from: b.from, level: b.level, exclusive: b.exclusive })),
    mustRise: r.mustRise,
    definition: r.definition,
  });
}

function indicatorDocument(i: CatalogIndicator): CatalogIndicatorDocument {
  return defined({
    type: 'indicator' as const,
    code: i.code,
    number: i.number,
    name: i.name,
    unit: i.unit,
    kind: i.kind,
    direction: i.direction,
    per: i.per,
    target: defined({
      printed: i.target.printed,
      value: i.target.value,
      comparator: i.target.comparator,
      min: i.target.min,
      max: i.target.max,
    }),
    sasaran: i.sasaran,
    entry: i.entry,
    scale: i.scale,
    nothingToCount: i.nothingToCount,
    targetScope: i.targetScope,
    cadence: i.cadence,
    requires: i.requires && [...i.requires],
    appliesTo: i.appliesTo,
    optional: i.optional,
    previousCode: i.previousCode,
    sameAs: i.sameAs,
    rubric: i.rubric && rubricDocument(i.rubric),
    counts: i.counts && defined({ numerator: i.counts.numerator, denominator: i.counts.denominator }),
    interpretation: i.interpretation,
  });
}

function nodeDocument(node: CatalogNode): CatalogGroupDocument | CatalogIndicatorDocument {
  if (node.type === 'indicator') return indicatorDocument(node);
  return defined({
    type: 'group' as const,
    code: node.code,
    number: node.number,
    name: node.name,
    weight: node.weight,
    printed: node.printed && {
      unit: node.printed.unit,
      target: node.printed.target,
      sasaran: node.printed.sasaran,
    },
    children: node.children.map(nodeDocument),
  });
}

/** The settings in one key order (and none when empty), so that equal settings write equal bytes. */
function settingsDocument(settings: SettingsOverrides | undefined): CatalogDocument['settings'] {
  if (!settings) return undefined;
  const t = settings.thresholds;
  const doc = defined({
    convention: settings.convention,
    cap: settings.cap,
    lowerFormula: settings.lowerFormula,
    zeroSasaran: settings.zeroSasaran,
    thresholds: t && defined({ service: t.service, management: t.management, quality: t.quality }),
  });
  return Object.keys(doc).length > 0 ? (doc as CatalogDocument['settings']) : undefined;
}

export function catalogDocumentOf(catalog: Catalog, settings?: SettingsOverrides): CatalogDocument {
  return defined({
    format: CATALOG_FORMAT,
    formatVersion: CATALOG_FORMAT_VERSION,
    id: catalog.id,
    year: catalog.year,
    source: catalog.source,
    settings: settingsDocument(settings),
    averagesBy: catalog.averagesBy,
    clusters: catalog.clusters.map((c) =>
      defined({
        type: 'group' as const,
        code: c.code,
        number: c.number,
        name: c.name,
        weight: c.weight,
        cluster: c.cluster,
        table: c.table,
        children: c.children.map(nodeDocument),
      }),
    ),
    groupings: catalog.groupings?.map((g) => ({
      id: g.id,
      name: g.name,
      groups: g.groups.map(groupingNodeDocument) as GroupingGroupDocument[],
    })),
  });
}

function groupingNodeDocument(node: GroupingNode): GroupingGroupDocument['children'][number] {
  if (node.type === 'row') return { type: 'row', code: node.code };
  return defined({
    type: 'group' as const,
    code: node.code,
    number: node.number,
    name: node.name,
    weight: node.weight,
    children: node.children.map(groupingNodeDocument),
  });
}

function groupingNodeOf(doc: GroupingGroupDocument['children'][number]): GroupingNode {
  if (doc.type === 'row') return { type: 'row', code: doc.code };
  return {
    type: 'group',
    code: doc.code,
    number: doc.number,
    name: doc.name,
    ...(doc.weight === undefined ? {} : { weight: doc.weight }),
    children: doc.children.map(groupingNodeOf),
  };
}

/** The document as its file holds it: two-space JSON, one final newline. */
export function catalogFileText(catalog: Catalog, settings?: SettingsOverrides): string {
  return `${JSON.stringify(catalogDocumentOf(catalog, settings), null, 2)}\n`;
}

function nodeOf(doc: CatalogGroupDocument | CatalogIndicatorDocument): CatalogNode {
  if (doc.type === 'group') {
    const group: CatalogGroup = {
      type: 'group',
      code: doc.code,
      number: doc.number,
      name: doc.name,
      children: doc.children.map(nodeOf),
    };
    if (doc.weight !== undefined) group.weight = doc.weight;
    if (doc.printed !== undefined) group.printed = { ...doc.printed };
    return group;
  }
  const { rubric, ...rest } = doc;
  const indicator = { ...rest } as CatalogIndicator;
  if (rubric) {
    indicator.rubric = {
      ...rubric,
      levels: {
        0: rubric.levels['0'],
        4: rubric.levels['4'],
        7: rubric.levels['7'],
        10: rubric.levels['10'],
      },
    } as Rubric;
  }
  return indicator;
}

/** A problem of a catalog file, in words, naming the row (or the catalog) it is about. */
export interface CatalogIssue {
  /** The row's code, or null for the catalog as a whole. */
  code: string | null;
  id: string;
  en: string;
}

const RULE_WORDS: Record<CatalogProblemRule, { id: string; en: string }> = {
  'duplicate-code': { id: 'kode dipakai lebih dari sekali', en: 'the code is used more than once' },
  'empty-group': { id: 'kelompok tanpa isi', en: 'a group with nothing in it' },
  'rubric-missing': {
    id: 'butir rubrik tanpa teks nilai 0, 4, 7 dan 10',
    en: 'a rubric item without its level texts for 0, 4, 7 and 10',
  },
  'rubric-not-annual': {
    id: 'butir rubrik diisi sekali setahun (entry "annual")',
    en: 'a rubric item is entered once a year (entry "annual")',
  },
  'annual-not-rubric': {
    id: 'isian tahunan hanya untuk butir rubrik',
    en: 'a yearly entry is for rubric items only',
  },
  'range-band-missing': {
    id: 'indikator rentang tanpa batas bawah dan atas (target.min, target.max)',
    en: 'a range row without its band (target.min, target.max)',
  },
  'range-band-reversed': {
    id: 'batas bawah rentang lebih besar dari batas atas',
    en: "the band's lower end is above its upper end",
  },
  'rate-per-missing': { id: 'angka per N tanpa N (per)', en: 'a rate without its N (per)' },
  'ratio-scale-missing': {
    id: 'rasio tanpa pengali (scale: 100 untuk %)',
    en: 'a ratio without its scale (100 for a percentage)',
  },
  'bands-not-ascending': {
    id: 'pita persentase rubrik harus naik',
    en: "the rubric's percentage bands must ascend",
  },
  'optional-outside-development': {
    id: 'hanya indikator UKM Pengembangan yang dapat dipilih (optional)',
    en: 'only UKM Pengembangan rows are chosen (optional)',
  },
  'same-as-unknown': {
    id: 'baris kembarnya (sameAs) tidak ada di katalog',
    en: 'its twin row (sameAs) is not in the catalog',
  },
  'same-as-chained': {
    id: 'baris kembarnya (sameAs) juga mengambil nilai dari baris lain: tautkan ke baris yang diisi',
    en: 'its twin row (sameAs) takes its values from another row too: link to the row that is entered',
  },
  'same-as-entry-differs': {
    id: 'baris kembarnya (sameAs) diisi dengan cara lain (entry berbeda)',
    en: 'its twin row (sameAs) is entered in another shape (a different entry)',
  },
  'same-as-same-cluster': {
    id: 'baris kembarnya (sameAs) ada di tabel yang sama: kembaran harus dari tabel lain',
    en: 'its twin row (sameAs) is in the same table: a twin comes from another table',
  },
  'same-as-annual': {
    id: 'isian tahunan tidak dapat mengambil nilai bulanan baris lain (sameAs)',
    en: "a yearly entry cannot take another row's monthly values (sameAs)",
  },
  'district-target-not-amount': {
    id: 'target kabupaten (targetScope "district") hanya untuk jumlah yang dijumlahkan per bulan (kind value, direction higher, entry amount)',
    en: 'a district-wide target (targetScope "district") is for an amount summed monthly only (kind value, direction higher, entry amount)',
  },
  'district-target-missing': {
    id: 'target kabupaten (targetScope "district") tanpa angka target di atas 0 untuk dibagi',
    en: 'a district-wide target (targetScope "district") without a target number above 0 to share out',
  },
  'weekly-not-ontime-count': {
    id: 'laporan mingguan (cadence "weekly") diisi sebagai jumlah minggu tepat waktu per bulan (kind ontime, entry count)',
    en: 'a weekly report (cadence "weekly") is entered as the weeks on time per month (kind ontime, entry count)',
  },
  'rise-not-figure': {
    id: 'butir yang harus naik dari tahun lalu (mustRise) diisi sebagai angka (input "percent"), bukan tingkat',
    en: 'an item that must rise above last year (mustRise) is entered as a figure (input "percent"), not a level',
  },
  'previous-code-twice': {
    id: 'kode tahun lalu (previousCode) ini sudah dipakai baris lain: satu baris tahun lalu untuk satu baris tahun ini',
    en: "this last year's code (previousCode) is already another row's: one row of last year for one row of this year",
  },
  'grouping-id-twice': {
    id: 'pengelompokan dengan id ini sudah ada (id "tabel" adalah tabel keputusan)',
    en: 'a grouping with this id exists already (id "tabel" is the decree\'s tables)',
  },
  'grouping-row-unknown': {
    id: 'pengelompokan menyebut baris yang tidak ada di katalog',
    en: 'a grouping names a row that is not in the catalog',
  },
  'grouping-row-missing': {
    id: 'baris ini tidak ada di salah satu pengelompokan: setiap baris masuk tepat satu kelompok',
    en: 'this row is missing from a grouping: every row sits in exactly one group',
  },
  'grouping-row-twice': {
    id: 'baris ini ada dua kali dalam satu pengelompokan',
    en: 'this row is placed twice in one grouping',
  },
  'averages-by-unknown': {
    id: 'rata-rata mengikuti pengelompokan (averagesBy) yang tidak ada di katalog',
    en: 'the averages follow a grouping (averagesBy) the catalog does not have',
  },
  'year-mismatch': { id: 'tahun katalog bukan tahun yang diimpor', en: 'the catalog is for another year' },
};

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  errors?: Issue[][];
}

/**
 * A node is a group or a row: when it is neither, zod answers "invalid input" for the node. The
 * branch meant is the one whose `type` matched; its own issues (the unknown kind, the target that is
 * no number) are what the user needs, at their full path.
 */
function flatIssues(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
    const meant =
      issue.errors.find((branch) => !branch.some((e) => e.path.length === 1 && e.path[0] === 'type')) ??
      issue.errors[0]!;
    return flatIssues(meant.map((e) => ({ ...e, path: [...issue.path, ...e.path] })));
  });
}

/** The row a zod issue's path lies in: the deepest object on the path that has a code. */
function rowOf(raw: unknown, path: readonly PropertyKey[]): { code: string | null; rest: string } {
  let at: unknown = raw;
  let code: string | null = null;
  let rest: PropertyKey[] = [...path];
  path.forEach((key, i) => {
    if (at && typeof at === 'object') at = (at as Record<PropertyKey, unknown>)[key];
    else at = undefined;
    const c = at && typeof at === 'object' ? (at as { code?: unknown }).code : undefined;
    if (typeof c === 'string') {
      code = c;
      rest = path.slice(i + 1);
    }
  });
  return { code, rest: rest.map(String).join('.') };
}

/** The codes used more than once anywhere in a file's tree, whatever else is wrong with it. */
function duplicateCodes(raw: unknown): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { type, code, children, clusters, groupings, groups } = node as Record<string, unknown>;
    // A grouping's row names a row by its code: a reference, not a second node.
    if (typeof code === 'string' && type !== 'row') {
      if (seen.has(code)) twice.add(code);
      seen.add(code);
    }
    for (const list of [children, clusters, groupings, groups]) if (Array.isArray(list)) list.forEach(visit);
  };
  visit(raw);
  return [...twice];
}

/**
 * Where a row is, in words, for a file whose rows a reader knows better by place than by code (a
 * workbook's sheet and row); undefined leaves the row named by its code.
 */
export type RowPlace = (code: string) => { id: string; en: string } | undefined;

function issueWords(code: string | null, what: { id: string; en: string }, place?: RowPlace): CatalogIssue {
  const at = code === null ? undefined : place?.(code);
  if (at) return { code, id: `${at.id}: ${what.id}`, en: `${at.en}: ${what.en}` };
  return {
    code,
    id: code ? `baris ${code}: ${what.id}` : `katalog: ${what.id}`,
    en: code ? `row ${code}: ${what.en}` : `catalog: ${what.en}`,
  };
}

/**
 * Reads a catalog file. Every problem — not JSON, another format, a field missing or of the wrong
 * kind, and the engine's rules (duplicate codes, a rubric without its levels, a range without its
 * band…) — is reported together, each naming its row; CATALOG_INVALID when there is any.
 */
export function readCatalogFile(
  textOrBytes: string,
  expected?: { year: number },
): { catalog: Catalog; settings: SettingsOverrides } {
  let raw: unknown;
  try {
    raw = JSON.parse(textOrBytes.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw catalogInvalid([
      issueWords(null, {
        id: `bukan JSON (${(error as Error).message})`,
        en: `not JSON (${(error as Error).message})`,
      }),
    ]);
  }
  const read = catalogOfDocument(raw, expected);
  if ('issues' in read) throw catalogInvalid(read.issues);
  return read;
}

/**
 * A parsed document (the JSON file's, or one a workbook reader built) as a catalog, or every problem
 * of it: its shape first (with any code used twice), then, once the shape is right, the engine's
 * rules. `place` names a row by where it is in the file the document came from.
 */
export function catalogOfDocument(
  raw: unknown,
  expected?: { year: number },
  place?: RowPlace,
): { catalog: Catalog; settings: SettingsOverrides } | { issues: CatalogIssue[] } {
  const parsed = CatalogDocument.safeParse(raw);
  if (!parsed.success) {
    const shape = flatIssues(parsed.error.issues).map((issue) => {
      const { code, rest } = rowOf(raw, issue.path);
      const field = rest || issue.path.map(String).join('.') || 'format';
      return issueWords(code, { id: `${field}: ${issue.message}`, en: `${field}: ${issue.message}` }, place);
    });
    // A code used twice is said with the rest, not only once the file's shape is right.
    const twice = duplicateCodes(raw).map((code) => issueWords(code, RULE_WORDS['duplicate-code'], place));
    return { issues: [...twice, ...shape].slice(0, 200) };
  }
  const doc = parsed.data;
  const catalog: Catalog = {
    id: doc.id,
    year: doc.year,
    source: doc.source,
    clusters: doc.clusters.map((c) => {
      const cluster: CatalogCluster = {
        type: 'group',
        code: c.code,
        number: c.number,
        name: c.name,
        cluster: c.cluster,
        table: c.table,
        children: c.children.map(nodeOf),
      };
      if (c.weight !== undefined) cluster.weight = c.weight;
      return cluster;
    }),
  };
  if (doc.groupings)
    catalog.groupings = doc.groupings.map((g) => ({
      id: g.id,
      name: g.name,
      groups: g.groups.map(groupingNodeOf) as GroupingGroup[],
    }));
  if (doc.averagesBy !== undefined) catalog.averagesBy = doc.averagesBy;
  const problems = catalogProblems(catalog, expected?.year);
  if (problems.length > 0)
    return { issues: problems.map((p) => issueWords(p.code ?? null, RULE_WORDS[p.rule], place)) };
  return { catalog, settings: (doc.settings ?? {}) as SettingsOverrides };
}

/** CATALOG_INVALID with every issue, one line each, in both languages. */
export function catalogInvalid(issues: CatalogIssue[]): AppError {
  return new AppError(
    'CATALOG_INVALID',
    {
      count: issues.length,
      issues: issues.map((i) => i.id).join('\n'),
      issuesEn: issues.map((i) => i.en).join('\n'),
    },
    { status: 400 },
  );
}
