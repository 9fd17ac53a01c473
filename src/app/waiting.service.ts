// "What waits for me": on signing in, each person sees the work waiting for them in a year, each item
// naming the place where it is done (docs/scoring-decisions.md, "What waits for whom"):
// - an officer (pelaksana, koordinator): the months that have ended and are not reported — complete, to
//   report, or with what is missing — and the items Dinkes returned to the Puskesmas;
// - the Kepala Puskesmas: the same, the year to submit with what stands before it (months not
//   reported, warnings open, returns open), and the feedback points to follow up;
// - a verifier: the submitted Puskesmas-years with programmes not looked at, answered returns to close,
//   and what is overdue;
// - the admin: who has not submitted, who is verified and may be finalised, and whether the year can
//   be published.
// It reads the cycle's tables directly (waiting-ports.ts) and the month reports; the rules of the queue
// (a programme's state, its deadlines) are the verification domain's, so the home and the queue agree.
import { hasPermission, type Role } from '../domain/access/roles.ts';
import { hasFields } from '../domain/assessment/entry-fields.ts';
import { changeRefusal, type AssessmentStatus } from '../domain/assessment/status.ts';
import type { Catalog } from '../domain/catalog/types.ts';
import { listNodes } from '../domain/catalog/walk.ts';
import type { CalendarDate } from '../domain/periods/calendar.ts';
import { missingCodes } from '../domain/periods/completeness.ts';
import { dueDateOf, monthsOfYear } from '../domain/periods/months.ts';
import { hasEnded } from '../domain/periods/reporting.ts';
import { overdueOf, programmeState, VERIFICATION_DEADLINES } from '../domain/verification/queue.ts';
import { programmeByIndicator, verificationProgrammes } from '../domain/verification/programmes.ts';
import type { WaitingItem, WaitingView } from '../shared/api/waiting.schema.ts';
import { AppError } from '../shared/errors.ts';
import { monthStatusOf, reportsOf } from './entries.service.ts';
import { monthlyIndicators, requiredCodes } from './month-completion.ts';
import type { OrgUnitWithAncestors, Repositories } from './ports.ts';
import { loadYear, today, type YearContext } from './puskesmas-year.ts';
import type { ReturnedItemRow } from './waiting-ports.ts';
import { getYearWarnings } from './warnings.service.ts';

/** How many missing indicators a month's item names (the grid shows them all). */
const NAMED = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface WaitingUser {
  role: Role;
  orgUnit: { code: string };
}

/** The work waiting for `user` in `year`. */
export async function whatWaits(
  repos: Repositories,
  input: { user: WaitingUser; year: number; now: Date },
): Promise<WaitingView> {
  const unit = await repos.findOrgUnit(input.user.orgUnit.code);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND', { code: input.user.orgUnit.code }, { status: 404 });
  const day = today(input.now);
  const base = {
    year: input.year,
    unit: { code: unit.code, name: unit.name, level: unit.level },
    today: day,
  };
  if (unit.level === 'puskesmas') {
    const { status, items } = await puskesmasWaits(repos, unit, input.user.role, input.year, input.now);
    return { ...base, status, items };
  }
  if (unit.level === 'district') {
    return {
      ...base,
      status: null,
      items: await districtWaits(repos, unit, input.user.role, input.year, input.now),
    };
  }
  return { ...base, status: null, items: [] };
}

/** Names of the catalog's indicators and groups by code. */
function namesOf(catalog: Catalog): Map<string, { number: string; name: string }> {
  const out = new Map<string, { number: string; name: string }>();
  for (const cluster of catalog.clusters)
    for (const node of listNodes(cluster)) out.set(node.code, { number: node.number, name: node.name });
  return out;
}

const ref = (u: { code: string; name: string }) => ({ code: u.code, name: u.name });
const daysSince = (at: Date, now: Date) => Math.floor((now.getTime() - at.getTime()) / DAY_MS);

/** The months of a Puskesmas-year that have ended and are not reported, with what each lacks. */
function monthsWaiting(
  ctx: YearContext,
  day: CalendarDate,
  statuses: ReturnType<typeof monthStatusOf>,
  canReport: boolean,
) {
  const indicators = monthlyIndicators(ctx.catalog);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const required = requiredCodes(indicators, ctx.py);
  const stamps = ctx.monthly.flatMap((v) => {
    const indicator = byCode.get(v.indicatorCode);
    const present = {
      numerator: v.numerator !== null,
      denominator: v.denominator !== null,
      value: v.value !== null,
      flag: v.flag !== null,
    };
    return indicator
      ? [{ indicatorCode: v.indicatorCode, month: v.month, filled: hasFields(indicator, present) }]
      : [];
  });
  return statuses
    .filter((s) => s.reportedOn === null && hasEnded(s.month, day))
    .map((s): WaitingItem => {
      const missing = s.complete ? [] : missingCodes(required, stamps, s.month);
      return {
        kind: 'month',
        puskesmas: ref(ctx.unit),
        month: s.month,
        due: s.due,
        overdue: day > s.due,
        complete: s.complete,
        missing: missing.length,
        missingIndicators: missing.slice(0, NAMED).flatMap((code) => {
          const i = byCode.get(code);
          return i ? [{ code, number: i.number, name: i.name }] : [];
        }),
        canReport: canReport && s.complete,
      };
    });
}

/** The programme a returned item belongs to: itself, or the programme of its indicator. */
function programmeOfReturn(
  r: Pick<ReturnedItemRow, 'scope' | 'code'>,
  programmes: Map<string, string>,
): string {
  return r.scope === 'programme' ? r.code : (programmes.get(r.code) ?? r.code);
}

function returnItem(
  r: ReturnedItemRow,
  unit: { code: string; name: string },
  catalog: Catalog,
  now: Date,
): WaitingItem {
  return {
    kind: 'returned',
    puskesmas: ref(unit),
    id: r.id,
    scope: r.scope,
    code: r.code,
    name: namesOf(catalog).get(r.code)?.name ?? r.code,
    programme: programmeOfReturn(r, programmeByIndicator(catalog)),
    comment: r.comment,
    returnedBy: r.returnedBy,
    returnedAt: r.returnedAt.toISOString(),
    overdue: daysSince(r.returnedAt, now) > VERIFICATION_DEADLINES.answer,
  };
}

async function puskesmasWaits(
  repos: Repositories,
  unit: OrgUnitWithAncestors,
  role: Role,
  year: number,
  now: Date,
): Promise<{ status: AssessmentStatus | null; items: WaitingItem[] }> {
  const ctx = await loadYear(repos, unit, year, { rubrics: false });
  const status = ctx.assessment?.status ?? null;
  const day = today(now);
  const names = namesOf(ctx.catalog);
  // Months wait for whoever may still change the year: once it is submitted they are Dinkes' to verify.
  const mayChange = hasPermission(role, 'entries:write') && changeRefusal(role, status) === null;
  const statuses = monthStatusOf(ctx, day, await reportsOf(repos, ctx));
  const months = mayChange ? monthsWaiting(ctx, day, statuses, hasPermission(role, 'months:report')) : [];
  const assessmentIds = ctx.assessment ? [ctx.assessment.id] : [];
  const returns = await repos.listReturnedItemsOf(assessmentIds, ['open']);
  const items: WaitingItem[] = [];

  if (role === 'kepala_puskesmas' && (status === null || status === 'draft')) {
    const warnings = await getYearWarnings(repos, { unit, year });
    items.push({
      kind: 'submission',
      puskesmas: ref(unit),
      status,
      yearOver: hasEnded(`${year}-12`, day),
      monthsUnreported: statuses.filter((s) => s.reportedOn === null).length,
      warningsOpen: warnings.open,
      returnsOpen: returns.length,
    });
  }
  items.push(...months);
  if (hasPermission(role, 'entries:write'))
    items.push(...returns.map((r) => returnItem(r, unit, ctx.catalog, now)));
  if (role === 'kepala_puskesmas') {
    const points = await repos.listSentFeedbackPoints(assessmentIds);
    for (const p of points) {
      if (p.followUp === 'selesai') continue;
      items.push({
        kind: 'feedback',
        puskesmas: ref(unit),
        pointId: p.pointId,
        letter: { id: p.letterId, number: p.letterNumber, datedOn: p.datedOn },
        scope: p.scope,
        code: p.code,
        name: p.code === null ? null : (names.get(p.code)?.name ?? null),
        text: p.text,
        followUp: p.followUp,
      });
    }
  }
  return { status, items };
}

async function districtWaits(
  repos: Repositories,
  district: OrgUnitWithAncestors,
  role: Role,
  year: number,
  now: Date,
): Promise<WaitingItem[]> {
  if (role !== 'verifikator' && role !== 'admin_dinkes') return [];
  const found = await repos.findDistrictCatalog(district.id, year);
  if (!found) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  const puskesmas = await repos.listPuskesmas(district.id);
  const years = new Map(
    (await repos.listWaitingAssessments(district.id, year)).map((a) => [a.puskesmasId, a]),
  );
  return role === 'verifikator'
    ? verifierWaits(repos, found.catalog, puskesmas, years, now)
    : adminWaits(repos, district, puskesmas, years, year, now);
}

type YearsByPuskesmas = Map<number, Awaited<ReturnType<Repositories['listWaitingAssessments']>>[number]>;

async function verifierWaits(
  repos: Repositories,
  catalog: Catalog,
  puskesmas: readonly { id: number; code: string; name: string }[],
  years: YearsByPuskesmas,
  now: Date,
): Promise<WaitingItem[]> {
  const submitted = puskesmas.flatMap((p) => {
    const y = years.get(p.id);
    return y && y.status === 'submitted' ? [{ unit: p, year: y }] : [];
  });
  const ids = submitted.map((s) => s.year.assessmentId);
  const returns = await repos.listReturnedItemsOf(ids, ['open', 'answered']);
  const reviews = await repos.listProgrammeReviews(ids);
  const programmes = verificationProgrammes(catalog);
  const programmeOf = programmeByIndicator(catalog);
  const names = namesOf(catalog);
  const queue: (WaitingItem & { kind: 'verify' })[] = [];
  const answers: WaitingItem[] = [];
  for (const { unit, year } of submitted) {
    const own = returns.filter((r) => r.assessmentId === year.assessmentId);
    let notLooked = 0;
    let answered = 0;
    let returned = 0;
    let overdue = 0;
    let oldest: number | null = null;
    for (const programme of programmes) {
      const look = reviews.find(
        (r) => r.assessmentId === year.assessmentId && r.programmeCode === programme.code,
      );
      const facts = {
        status: year.status,
        submittedAt: year.submittedAt,
        lastLook: look ? { outcome: look.outcome, at: look.reviewedAt } : null,
        returns: own
          .filter((r) =>
            r.scope === 'programme' ? r.code === programme.code : programme.indicatorCodes.includes(r.code),
          )
          .map((r) => ({ status: r.status, returnedAt: r.returnedAt, answeredAt: r.answeredAt })),
      };
      const state = programmeState(facts);
      if (state === 'not-looked') notLooked++;
      if (state === 'answered') answered++;
      if (state === 'returned') returned++;
      const late = overdueOf(facts, now);
      if (late) {
        overdue++;
        oldest = Math.max(oldest ?? 0, late.days);
      }
    }
    queue.push({
      kind: 'verify',
      puskesmas: ref(unit),
      submittedAt: year.submittedAt?.toISOString() ?? null,
      programmes: programmes.length,
      notLooked,
      answered,
      returned,
      overdue,
      overdueDays: oldest,
    });
    for (const r of own.filter((x) => x.status === 'answered')) {
      answers.push({
        kind: 'answered',
        puskesmas: ref(unit),
        id: r.id,
        scope: r.scope,
        code: r.code,
        name: names.get(r.code)?.name ?? r.code,
        programme: programmeOfReturn(r, programmeOf),
        comment: r.comment,
        answer: r.answer,
        answeredBy: r.answeredBy,
        answeredAt: r.answeredAt?.toISOString() ?? null,
        overdue: r.answeredAt !== null && daysSince(r.answeredAt, now) > VERIFICATION_DEADLINES.close,
      });
    }
  }
  // What is overdue first (the longest wait first), then the most still to look at.
  queue.sort(
    (a, b) =>
      (b.overdueDays ?? -1) - (a.overdueDays ?? -1) || b.notLooked + b.answered - (a.notLooked + a.answered),
  );
  return [...queue, ...answers];
}

async function adminWaits(
  repos: Repositories,
  district: OrgUnitWithAncestors,
  puskesmas: readonly { id: number; code: string; name: string }[],
  years: YearsByPuskesmas,
  year: number,
  now: Date,
): Promise<WaitingItem[]> {
  const day = today(now);
  const reported = new Map<number, number>();
  for (const r of await repos.listDistrictMonthReports(district.id, year))
    if (r.reportedAt) reported.set(r.assessmentId, (reported.get(r.assessmentId) ?? 0) + 1);
  const monthsDue = monthsOfYear(year).filter((m) => day > dueDateOf(m)).length;
  const items: WaitingItem[] = [];
  for (const p of puskesmas) {
    const y = years.get(p.id);
    const status = y?.status ?? null;
    if (status === null || status === 'draft') {
      items.push({
        kind: 'not-submitted',
        puskesmas: ref(p),
        status,
        monthsReported: y ? (reported.get(y.assessmentId) ?? 0) : 0,
        monthsDue,
      });
    }
  }
  for (const p of puskesmas) {
    const y = years.get(p.id);
    if (y?.status === 'verified')
      items.push({ kind: 'finalise', puskesmas: ref(p), verifiedAt: y.verifiedAt?.toISOString() ?? null });
  }
  const statuses = puskesmas.map((p) => years.get(p.id)?.status ?? null);
  const final = statuses.filter((s) => s === 'final').length;
  const published = statuses.filter((s) => s === 'published').length;
  const total = puskesmas.length;
  items.push({
    kind: 'publish',
    state:
      total > 0 && published === total ? 'published' : total > 0 && final === total ? 'ready' : 'waiting',
    final,
    published,
    total,
  });
  return items;
}
