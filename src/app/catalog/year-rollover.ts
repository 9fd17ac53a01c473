// Opening a district's next year: every Puskesmas gets its year on the district's published catalog
// of that year, with last year's profile (its villages, target populations, staff: what the sasaran
// are proposed from), last year's UKM Pengembangan choices where the new catalog still has the row,
// and last year's open RTL actions carried on. Last year is only read: its figures and results stay
// exactly as they were. Running it again adds nothing twice.
import { listIndicators } from '../../domain/catalog/walk.ts';
import { AppError } from '../../shared/errors.ts';
import { carryOpenActions } from '../analysis.service.ts';
import type { Clock, OrgUnitRef, Repositories, UnitOfWork } from '../ports.ts';
import type { PuskesmasUnit } from '../puskesmas-year.ts';
import { applyCapabilities, readProfile } from '../profile.service.ts';
import { refreshAfterChange } from '../refresh-result.ts';
import { writeYear, type Editor } from '../year-write.ts';
import { yearKeyOf } from '../year-key.ts';

export interface OpenedPuskesmasYear {
  puskesmas: { code: string; name: string };
  /** False when the year was open already. */
  opened: boolean;
  profileCopied: boolean;
  /** UKM Pengembangan rows chosen again, by code. */
  choices: string[];
  /** RTL actions carried on from last year. */
  actions: number;
}

export async function openDistrictYear(
  deps: { uow: UnitOfWork; repos: Repositories; clock: Clock },
  input: { district: OrgUnitRef; year: number; editor: Editor },
): Promise<OpenedPuskesmasYear[]> {
  const { repos } = deps;
  const { district, year, editor } = input;
  const catalog = await repos.findDistrictCatalog(district.id, year);
  if (!catalog) throw new AppError('CATALOG_NOT_FOUND', { district: district.name, year }, { status: 404 });
  if (catalog.status !== 'published')
    throw new AppError('CATALOG_NOT_PUBLISHED', { district: district.name, year }, { status: 409 });
  // This year's UKM Pengembangan rows by last year's code (the crosswalk, `previousCode`).
  const optional = new Map(
    listIndicators(catalog.catalog)
      .filter((p) => p.indicator.optional)
      .map((p) => [p.indicator.previousCode ?? p.indicator.code, p.indicator.code]),
  );
  const out: OpenedPuskesmasYear[] = [];
  for (const ref of await repos.listPuskesmas(district.id)) {
    const unit = (await repos.findOrgUnit(ref.code)) as PuskesmasUnit;
    const existed = (await repos.findAssessment(unit.code, year)) !== undefined;
    const last = await repos.findAssessment(unit.code, year - 1);
    const at = deps.clock();
    const reason = `Dibuka dari tahun ${year - 1}`;
    const carried = await writeYear(
      deps.uow,
      {
        unit,
        year,
        editor,
        // Opening touches a year only while nobody has submitted it: a year already under way is left as it is.
        mayChange: () => undefined,
      },
      async (tx, assessment) => {
        if (assessment.status !== 'draft') return { profileCopied: false, choices: [] as string[] };
        let profileCopied = false;
        const previousProfile = await tx.getProfile(unit.id, year - 1);
        if (previousProfile && !(await tx.getProfile(unit.id, year))) {
          await tx.saveProfile({
            orgUnitId: unit.id,
            year,
            data: previousProfile.data,
            rawatInap: { before: assessment.puskesmas.rawatInap, after: assessment.puskesmas.rawatInap },
            assessmentId: assessment.id,
            expectedVersion: 0,
            actor: editor.username,
            reason,
            at,
          });
          profileCopied = true;
        }
        const choices: string[] = [];
        if (last) {
          const now = new Map(
            (await tx.listTargetRecords(yearKeyOf(assessment))).map((t) => [t.indicatorCode, t]),
          );
          for (const before of await tx.listTargetRecords(yearKeyOf(last))) {
            const code = optional.get(before.indicatorCode);
            if (before.chosen !== true || code === undefined || now.get(code)?.chosen != null) continue;
            const current = now.get(code);
            await tx.saveTarget({
              ...yearKeyOf(assessment),
              indicatorCode: code,
              targetValue: current?.targetValue ?? null,
              targetSasaran: current?.targetSasaran ?? null,
              sasaran: current?.sasaran ?? null,
              applicable: current?.applicable ?? true,
              notApplicableReason: current?.notApplicableReason ?? null,
              chosen: true,
              expectedVersion: current?.version ?? 0,
              actor: editor.username,
              reason,
              at,
            });
            choices.push(code);
          }
        }
        // What the profile says the Puskesmas lacks (a laboratory) leaves the rows requiring it out.
        await applyCapabilities(tx, {
          year: yearKeyOf(assessment),
          catalog: catalog.catalog,
          lacks: readProfile((await tx.getProfile(unit.id, year))?.data).lacks,
          actor: editor.username,
          at,
        });
        await refreshAfterChange(tx, yearKeyOf(assessment), 'self', deps.clock);
        return { profileCopied, choices };
      },
    );
    const actions = last
      ? await carryOpenActions(deps, { unit, fromYear: year - 1, toYear: year, editor }).catch(
          (error: unknown) => {
            // A year under way (submitted) takes no carried actions; everything else is a failure.
            if (error instanceof AppError && error.code === 'RTL_CARRY_CLOSED') return [];
            throw error;
          },
        )
      : [];
    out.push({
      puskesmas: { code: unit.code, name: unit.name },
      opened: !existed,
      ...carried,
      actions: actions.length,
    });
  }
  return out;
}
