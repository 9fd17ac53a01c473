// Records for the readiness tests: an empty Puskesmas-year, and builders for the rows that fill it.
import type {
  MeetingKind,
  MeetingRecord,
  ReadinessRecords,
  RtlActionRecord,
} from '../src/domain/accreditation/records.ts';

export const YEAR = 2023;
/** A day after the whole year's reports were due (December's by 5 January). */
export const AFTER_THE_YEAR = '2024-02-01';

export function emptyRecords(overrides: Partial<ReadinessRecords> = {}): ReadinessRecords {
  return {
    year: YEAR,
    catalog: { decree: 'SK Kepala Dinas Kesehatan Kabupaten Pati Nomor 800/0022', published: true },
    submitted: false,
    submittedOn: null,
    months: [],
    meetings: [],
    belowTarget: [],
    gapAnalyses: [],
    programmeAnalyses: [],
    rtlActions: [],
    feedback: [],
    developmentServices: [],
    developmentAnalysed: false,
    elementFiles: {},
    ...overrides,
  };
}

let nextId = 1;

/** A meeting with a complete record (attendance, minutes, photo) unless the overrides take parts away. */
export function meeting(
  kind: MeetingKind,
  heldOn: string,
  overrides: Partial<Omit<MeetingRecord, 'files'>> & { files?: Partial<MeetingRecord['files']> } = {},
): MeetingRecord {
  const { files, ...rest } = overrides;
  return {
    id: nextId++,
    kind,
    heldOn,
    title: `${kind} ${heldOn}`,
    present: 8,
    minutesWritten: true,
    rtlActionIds: [],
    ...rest,
    files: { photo: 1, attendance: 0, minutes: 0, document: 0, ...files },
  };
}

export function action(overrides: Partial<RtlActionRecord> = {}): RtlActionRecord {
  return {
    id: nextId++,
    indicatorCode: 'SPM.01',
    status: 'selesai',
    followUpWritten: true,
    dueOn: '2023-11-30',
    ...overrides,
  };
}

/** Every month of the year complete and reported on the 3rd of the next month. */
export function monthsReportedOnTime(year = YEAR) {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const next = i === 11 ? `${year + 1}-01` : `${year}-${String(i + 2).padStart(2, '0')}`;
    return { month, completedOn: `${next}-02`, reportedOn: `${next}-03` };
  });
}
