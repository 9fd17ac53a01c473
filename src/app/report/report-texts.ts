// Which words the report's foreword, Bab I and Bab VII print: the Puskesmas' own text for the year if
// it wrote one, else the district's standard text for the year, else pkp's (standard-texts.ts).
import type { OrgUnitRef } from '../ports.ts';
import type { PuskesmasUnit } from '../puskesmas-year.ts';
import { REPORT_TEXT_SECTIONS, type ReportTextSection } from '../../shared/report-document.ts';
import { fillStandardText, STANDARD_TEXTS } from './standard-texts.ts';

export type ReportTextSource = 'puskesmas' | 'district' | 'standard';

export type ResolvedReportTexts = Record<ReportTextSection, { text: string; source: ReportTextSource }>;

export interface ReportTextRecord {
  orgUnitId: number;
  year: number;
  section: ReportTextSection;
  body: string;
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

export interface ReportTextWrite {
  orgUnitId: number;
  year: number;
  section: ReportTextSection;
  body: string;
  /** STALE_VALUE unless the stored version (0: none). */
  expectedVersion: number;
  actor: string;
  at?: Date;
}

export interface ReportTextsRepository {
  /** The texts stored for these org units in the year (a Puskesmas' own, its district's standard). */
  listReportTexts(orgUnitIds: readonly number[], year: number): Promise<ReportTextRecord[]>;
  /** Writes one text with its audit entry. */
  saveReportText(write: ReportTextWrite): Promise<ReportTextRecord>;
}

export async function reportTexts(
  repos: Pick<ReportTextsRepository, 'listReportTexts'>,
  at: { unit: PuskesmasUnit; district: OrgUnitRef; year: number },
): Promise<ResolvedReportTexts> {
  const stored = await repos.listReportTexts([at.unit.id, at.district.id], at.year);
  const find = (orgUnitId: number, section: ReportTextSection) =>
    stored.find((t) => t.orgUnitId === orgUnitId && t.section === section && t.body.trim() !== '');
  const words = { puskesmas: at.unit.name, district: at.district.name, year: at.year };
  const out = {} as ResolvedReportTexts;
  for (const section of REPORT_TEXT_SECTIONS) {
    const own = find(at.unit.id, section);
    const district = find(at.district.id, section);
    const chosen = own
      ? { text: own.body, source: 'puskesmas' as const }
      : district
        ? { text: district.body, source: 'district' as const }
        : { text: STANDARD_TEXTS[section], source: 'standard' as const };
    out[section] = { text: fillStandardText(chosen.text, words), source: chosen.source };
  }
  return out;
}

/** What the texts screen shows of one section: the words the report prints, and the unit's own copy. */
export interface ReportTextView {
  section: ReportTextSection;
  /** What the report prints now (placeholders filled in). */
  text: string;
  source: ReportTextSource;
  /** The text this unit stored (placeholders kept), '' when none; its version (0: none). */
  own: string;
  version: number;
  /** The district's standard (or pkp's) this unit's text replaces, placeholders kept. */
  standard: string;
}

export const REPORT_TEXT_MAX = 20_000;

/**
 * The three texts of a Puskesmas-year's report (`puskesmas` given) or of a district's standard for
 * the year: what prints, and what the unit stored itself.
 */
export async function listReportTextViews(
  repos: Pick<ReportTextsRepository, 'listReportTexts'>,
  at: { district: OrgUnitRef; puskesmas?: PuskesmasUnit; year: number },
): Promise<ReportTextView[]> {
  const unitId = at.puskesmas?.id ?? at.district.id;
  const stored = await repos.listReportTexts([unitId, at.district.id], at.year);
  const of = (orgUnitId: number, section: ReportTextSection) =>
    stored.find((t) => t.orgUnitId === orgUnitId && t.section === section);
  const words = { puskesmas: at.puskesmas?.name ?? '{puskesmas}', district: at.district.name, year: at.year };
  return REPORT_TEXT_SECTIONS.map((section) => {
    const own = of(unitId, section);
    const districtText = at.puskesmas ? of(at.district.id, section)?.body.trim() : undefined;
    const standard = districtText || STANDARD_TEXTS[section];
    const printed = own?.body.trim() ? own.body : standard;
    return {
      section,
      text: fillStandardText(printed, words),
      source: own?.body.trim()
        ? at.puskesmas
          ? 'puskesmas'
          : 'district'
        : districtText
          ? 'district'
          : 'standard',
      own: own?.body ?? '',
      version: own?.version ?? 0,
      standard,
    };
  });
}
