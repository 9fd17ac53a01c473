// Writing the report's texts: a district's standard for the year (Dinkes' admin), or a Puskesmas'
// own version in its report (its head or coordinator) until the year is final — after that the
// report is the one filed. Each write is version-checked and audited; an empty text means "use the
// standard again".
import type { ReportTextSection } from '../../shared/report-document.ts';
import { AppError } from '../../shared/errors.ts';
import type { Clock, OrgUnitRef, UnitOfWork } from '../ports.ts';
import type { PuskesmasUnit } from '../puskesmas-year.ts';
import { writeYear, type Editor } from '../year-write.ts';
import { REPORT_TEXT_MAX, type ReportTextRecord } from './report-texts.ts';

export interface ReportTextBody {
  body: string;
  expectedVersion: number;
}

function checked(section: ReportTextSection, body: string): string {
  if (body.length > REPORT_TEXT_MAX)
    throw new AppError('REPORT_TEXT_TOO_LONG', { section, max: REPORT_TEXT_MAX }, { status: 400 });
  return body.replace(/\r\n/g, '\n').trim();
}

export async function saveDistrictReportText(
  deps: { uow: UnitOfWork; clock: Clock },
  input: {
    district: OrgUnitRef;
    year: number;
    section: ReportTextSection;
    text: ReportTextBody;
    editor: Editor;
  },
): Promise<ReportTextRecord> {
  const body = checked(input.section, input.text.body);
  return deps.uow((repos) =>
    repos.saveReportText({
      orgUnitId: input.district.id,
      year: input.year,
      section: input.section,
      body,
      expectedVersion: input.text.expectedVersion,
      actor: input.editor.username,
      at: deps.clock(),
    }),
  );
}

export async function savePuskesmasReportText(
  deps: { uow: UnitOfWork; clock: Clock },
  input: {
    unit: PuskesmasUnit;
    year: number;
    section: ReportTextSection;
    text: ReportTextBody;
    editor: Editor;
  },
): Promise<ReportTextRecord> {
  const body = checked(input.section, input.text.body);
  const { unit, year } = input;
  return writeYear(
    deps.uow,
    {
      unit,
      year,
      editor: input.editor,
      mayChange: (assessment) => {
        if (assessment.status === 'final' || assessment.status === 'published')
          throw new AppError('PERIOD_LOCKED', { puskesmas: unit.name, year }, { status: 409 });
      },
    },
    (repos) =>
      repos.saveReportText({
        orgUnitId: unit.id,
        year,
        section: input.section,
        body,
        expectedVersion: input.text.expectedVersion,
        actor: input.editor.username,
        at: deps.clock(),
      }),
  );
}
