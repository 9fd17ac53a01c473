// Publishing a district-year's results: once every Puskesmas-year is final, the admin publishes the
// Kelompok I/II/III and the rank inside each, kept as a snapshot (result_publications.recap) that
// viewers read — never the working results. Reopening a published year withdraws the publication
// until the district is finalised and published again (docs/scoring-decisions.md, the assessment cycle).
import { hasPermission } from '../domain/access/roles.ts';
import { settingsForStatus } from '../domain/assessment/stage-rows.ts';
import { publicationBlockers, WITHDRAWAL } from '../domain/assessment/workflow.ts';
import type { DistrictDashboard, LeagueRow } from '../shared/api/dashboard.schema.ts';
import {
  PUBLISHED_RECAP_VERSION,
  PublishedRecap,
  type PublishedRow,
} from '../shared/api/publication.schema.ts';
import type { PublicationSummary } from '../shared/api/workflow.schema.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, OrgUnitRef, PublicationRecord, Repositories, UnitOfWork } from './ports.ts';
import { districtRecap, type RecapRow } from './recap.ts';
import { serviceProgrammes } from './service-programmes.ts';
import type { Editor } from './year-write.ts';
import { rescoreYear } from './year-results.ts';

/** How many names a refusal lists before "…". */
const NAMES_LISTED = 5;

/** A recap row as the league table shows it. */
export function leagueRowOf(row: RecapRow): LeagueRow {
  return {
    puskesmas: { code: row.puskesmas.code, name: row.puskesmas.name, rawatInap: row.puskesmas.rawatInap },
    kelompok: row.kelompok,
    rank: row.rank,
    service: row.service,
    management: row.management,
    quality: row.quality,
    categories: {
      service: row.serviceCategory,
      management: row.managementCategory,
      quality: row.qualityCategory,
      overall: row.overallCategory,
    },
  };
}

/**
 * The recap to publish, from the stored verified result of every Puskesmas-year of the district (all
 * final, so Dinkes' corrections are in and nothing moves them any more), with the programme scores of
 * the heat map, the settings and the catalog version they were scored with.
 */
export async function buildPublishedRecap(
  repos: Repositories,
  district: OrgUnitRef,
  year: number,
): Promise<PublishedRecap> {
  const found = await repos.findDistrictCatalog(district.id, year);
  if (!found) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  const recap = await districtRecap(repos, district.code, year, 'verified');
  const columns = serviceProgrammes(found.catalog);
  const scores = new Map(
    (await repos.listDistrictNodeScores(district.id, year, 'verified')).map((t) => [t.assessmentId, t.nodes]),
  );
  const programmeScores = (nodes: Readonly<Record<string, number | null>> | undefined) =>
    columns.map((c) => nodes?.[c.code] ?? null);
  return {
    version: PUBLISHED_RECAP_VERSION,
    district: { code: district.code, name: district.name },
    year,
    stage: 'verified',
    settings: settingsForStatus(found.settings, 'final'),
    catalog: { versionId: found.catalogVersionId, id: found.catalog.id, source: found.catalog.source },
    programmes: columns,
    rows: recap.rows.map((row): PublishedRow => ({
      ...leagueRowOf(row),
      programmes: programmeScores(scores.get(row.assessmentId)),
      computedAt: row.computedAt.toISOString(),
    })),
  };
}

/** A publication's snapshot; PUBLICATION_UNREADABLE for one this pkp cannot read. */
export function readPublishedRecap(record: PublicationRecord, district: OrgUnitRef): PublishedRecap {
  const parsed = PublishedRecap.safeParse(record.recap);
  if (!parsed.success)
    throw new AppError(
      'PUBLICATION_UNREADABLE',
      { district: district.name, year: record.year },
      { status: 500 },
    );
  return parsed.data;
}

/**
 * Publishes a district-year: every Puskesmas of the district has its year and every year is final
 * (else 409 PUBLICATION_BLOCKED, naming them); `expectedYears` is how many the admin saw ready (else
 * 409 PUBLICATION_CHANGED). Under the district's lock and each year's, the snapshot is stored and every
 * year becomes published, in one transaction.
 */
export async function publishDistrict(
  deps: { uow: UnitOfWork; clock: Clock },
  input: { district: OrgUnitRef; year: number; expectedYears: number; editor: Editor },
): Promise<PublicationRecord> {
  const { district, year, editor } = input;
  if (!hasPermission(editor.role, 'results:publish')) throw new AppError('FORBIDDEN', {}, { status: 403 });
  const params = { district: district.name, year };
  return deps.uow(async (repos) => {
    await repos.lockDistrict(district.id);
    if (await repos.findActivePublication(district.id, year))
      throw new AppError('ALREADY_PUBLISHED', params, { status: 409 });
    const rows = await repos.listDistrictYearStatuses(district.id, year);
    // Any order will do: only district-wide moves hold more than one year's lock, and they hold the
    // district's first.
    const years = [];
    for (const row of rows) {
      const locked = row.assessmentId === null ? null : await repos.lockAssessment(row.assessmentId);
      years.push({ ...row, status: locked?.status ?? null });
    }
    const blockers = publicationBlockers(years);
    if (rows.length === 0 || blockers.length > 0) {
      const names = blockers.slice(0, NAMES_LISTED).map((b) => b.puskesmas.name);
      if (blockers.length > NAMES_LISTED) names.push('…');
      throw new AppError(
        'PUBLICATION_BLOCKED',
        { ...params, count: blockers.length, names: names.join(', ') },
        { status: 409 },
      );
    }
    if (years.length !== input.expectedYears)
      throw new AppError(
        'PUBLICATION_CHANGED',
        { ...params, expected: input.expectedYears, current: years.length },
        { status: 409 },
      );
    // A final year stored before pkp kept a verified result beside the Puskesmas' own gets it now.
    for (const y of years)
      if (y.assessmentId !== null) {
        const key = { districtId: district.id, assessmentId: y.assessmentId };
        if (!(await repos.getResult(key, 'verified')))
          await rescoreYear(repos, { ...key, status: 'final' }, deps.clock);
      }
    const recap = await buildPublishedRecap(repos, district, year);
    const at = deps.clock();
    const record = await repos.savePublication({
      districtId: district.id,
      year,
      recap,
      actor: editor.username,
      at,
      puskesmas: years.length,
    });
    for (const y of years)
      await repos.moveStatus({
        assessmentId: y.assessmentId as number,
        from: 'final',
        to: 'published',
        move: 'publish',
        actor: editor.username,
        reason: null,
        at,
      });
    return record;
  });
}

/**
 * Inside a reopening of a published year that holds the district's lock and that year's: withdraws the
 * district's publication in force and moves the district's other published years back to final, each
 * under its lock, audited. Returns the id of the publication withdrawn, or null when none was in force.
 */
export async function withdrawDistrictPublication(
  repos: Repositories,
  input: { districtId: number; year: number; reopened: number; actor: string; reason: string; at: Date },
): Promise<number | null> {
  const active = await repos.findActivePublication(input.districtId, input.year);
  if (active)
    await repos.withdrawPublication({
      id: active.id,
      actor: input.actor,
      reason: input.reason,
      at: input.at,
    });
  for (const row of await repos.listDistrictYearStatuses(input.districtId, input.year)) {
    if (row.assessmentId === null || row.assessmentId === input.reopened || row.status !== WITHDRAWAL.from)
      continue;
    const locked = await repos.lockAssessment(row.assessmentId);
    if (locked.status !== WITHDRAWAL.from) continue;
    await repos.moveStatus({
      assessmentId: row.assessmentId,
      from: WITHDRAWAL.from,
      to: WITHDRAWAL.to,
      move: 'withdrawal',
      actor: input.actor,
      reason: input.reason,
      at: input.at,
    });
  }
  return active?.id ?? null;
}

/**
 * The district dashboard as a viewer sees it: the publication in force and nothing else — no working
 * result, no monthly reporting. Without a publication, empty, with `publication` null.
 */
export async function publishedDashboard(
  repos: Repositories,
  input: { district: OrgUnitRef; year: number; today: string },
): Promise<DistrictDashboard> {
  const { district, year } = input;
  const found = await repos.findDistrictCatalog(district.id, year);
  if (!found) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  const active = await repos.findActivePublication(district.id, year);
  const recap = active ? readPublishedRecap(active, district) : null;
  return {
    district: { code: district.code, name: district.name },
    year,
    settings: recap?.settings ?? settingsForStatus(found.settings, 'final'),
    source: 'published',
    publication: active ? publicationView(active) : null,
    league: (recap?.rows ?? []).map(({ programmes: _p, computedAt: _c, ...row }) => row),
    heatmap: {
      columns: recap?.programmes ?? [],
      rows: (recap?.rows ?? []).map((r) => ({
        puskesmas: { code: r.puskesmas.code, name: r.puskesmas.name },
        scores: r.programmes,
      })),
    },
    timeliness: { today: input.today, rows: [], months: [] },
  };
}

/** A publication as the screens show it. */
export function publicationView(p: PublicationRecord): PublicationSummary {
  return {
    id: p.id,
    publishedAt: p.publishedAt.toISOString(),
    publishedBy: p.publishedBy,
    withdrawnAt: p.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: p.withdrawnBy,
    withdrawReason: p.withdrawReason,
  };
}

/**
 * For a reader who sees published results only (the viewer): the year's status must be published,
 * else RESULTS_NOT_PUBLISHED (404: for them there is nothing to see yet).
 */
export async function assertPublished(
  repos: Pick<Repositories, 'findAssessment'>,
  input: { puskesmasCode: string; year: number },
): Promise<void> {
  const assessment = await repos.findAssessment(input.puskesmasCode, input.year);
  if (assessment?.status !== 'published')
    throw new AppError('RESULTS_NOT_PUBLISHED', { year: input.year }, { status: 404 });
}
