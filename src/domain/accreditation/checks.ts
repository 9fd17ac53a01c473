// What a Puskesmas-year's own records prove, one check per `Proof` (elements.ts): met, partly met,
// unmet, or not due yet — with the facts behind it, so that a screen can say what is there and what
// is missing. Pure: the records and today's date come in as arguments.
import type { CalendarDate } from '../periods/calendar.ts';
import { dueDateOf, monthsOfYear, type Month } from '../periods/months.ts';
import type { Proof } from './elements.ts';
import { missingParts, type MeetingPart } from './meeting-record.ts';
import type { MeetingKind, MeetingRecord, ReadinessRecords, RtlActionRecord } from './records.ts';

/** `not-due`: nothing is asked yet (no month's report is due, the year has not ended). */
export type CheckStatus = 'met' | 'partly' | 'unmet' | 'not-due';

/** The number of performance reviews a year the criterion asks for: "paling sedikit dua kali dalam setahun". */
export const REVIEWS_PER_YEAR = 2;

export interface MeetingFacts {
  id: number;
  title: string;
  heldOn: CalendarDate;
  missing: MeetingPart[];
}

export interface IndicatorRef {
  code: string;
  name: string;
}

/** The facts behind each check, by proof. */
export type CheckFacts =
  | { proof: 'catalog-decree'; decree: string; published: boolean }
  | { proof: 'months-collected'; due: number; complete: number; missing: Month[] }
  | { proof: 'months-reported'; due: number; onTime: number; late: Month[]; missing: Month[] }
  | { proof: 'year-submitted'; submittedOn: CalendarDate | null }
  | { proof: 'review-meetings'; required: number; completeDays: number; meetings: MeetingFacts[] }
  | { proof: 'review-rtl'; linked: number; actions: number; reviews: number }
  | { proof: 'lintas-program-meeting'; complete: number; meetings: MeetingFacts[] }
  | {
      proof: 'analysis-written';
      programmes: number;
      belowTarget: number;
      withoutAnalysis: IndicatorRef[];
    }
  | { proof: 'rtl-planned'; actions: number; problems: number; withoutAction: string[] }
  | {
      proof: 'rtl-followed-up';
      actions: number;
      done: number;
      underway: number;
      overdue: { id: number; indicatorCode: string; dueOn: CalendarDate }[];
    }
  | { proof: 'feedback-received'; letters: { number: string; datedOn: CalendarDate }[] }
  | {
      proof: 'feedback-followed-up';
      letters: number;
      points: number;
      done: number;
      underway: number;
    }
  | { proof: 'ukmp-chosen'; services: number; offered: { service: string; indicator: IndicatorRef }[] }
  | { proof: 'ukmp-achievement'; met: IndicatorRef[]; notMet: IndicatorRef[]; notScored: IndicatorRef[] }
  | { proof: 'ukmp-analysis'; keys: number; programme: boolean; withoutAnalysis: IndicatorRef[] }
  | {
      proof: 'ukmp-monitoring';
      keys: number;
      due: number;
      gaps: { indicator: IndicatorRef; months: Month[] }[];
    }
  | { proof: 'ukmp-rtl'; keys: number; actions: number; withoutAction: IndicatorRef[] }
  | { proof: 'lokmin-monthly'; due: number; held: number; missing: Month[] }
  | { proof: 'attached'; files: number };

export interface CheckResult {
  proof: Proof;
  status: CheckStatus;
  facts: CheckFacts;
}

/** The months of the year whose report deadline (the 5th of the next month) has passed by `today`. */
export function monthsDue(year: number, today: CalendarDate): Month[] {
  return monthsOfYear(year).filter((m) => today > dueDateOf(m));
}

/** met when all are there, unmet when none is, partly in between; not-due when nothing is asked yet. */
function byCount(have: number, need: number): CheckStatus {
  if (need === 0) return 'not-due';
  if (have >= need) return 'met';
  return have > 0 ? 'partly' : 'unmet';
}

function meetingFacts(meetings: readonly MeetingRecord[]): MeetingFacts[] {
  return [...meetings]
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id)
    .map((m) => ({ id: m.id, title: m.title, heldOn: m.heldOn, missing: missingParts(m) }));
}

const ofKind = (records: ReadinessRecords, kind: MeetingKind) =>
  records.meetings.filter((m) => m.kind === kind);

/** Cancelled actions (batal) plan nothing. */
const activeActions = (records: ReadinessRecords): RtlActionRecord[] =>
  records.rtlActions.filter((a) => a.status !== 'batal');

/** The chosen key indicators of the UKM Pengembangan services the Puskesmas offers. */
function keyIndicators(records: ReadinessRecords) {
  return records.developmentServices.flatMap((s) => (s.key ? [s.key] : []));
}

const ref = (i: { code: string; name: string }): IndicatorRef => ({ code: i.code, name: i.name });

type Check = (records: ReadinessRecords, today: CalendarDate, elementCode: string) => CheckResult;

const CHECKS: Record<Proof, Check> = {
  'catalog-decree': (r) => ({
    proof: 'catalog-decree',
    status: r.catalog.published ? 'met' : 'partly',
    facts: { proof: 'catalog-decree', decree: r.catalog.decree, published: r.catalog.published },
  }),

  'months-collected': (r, today) => {
    const due = monthsDue(r.year, today);
    const complete = new Set(r.months.filter((m) => m.completedOn !== null).map((m) => m.month));
    const missing = due.filter((m) => !complete.has(m));
    return {
      proof: 'months-collected',
      status: byCount(due.length - missing.length, due.length),
      facts: { proof: 'months-collected', due: due.length, complete: due.length - missing.length, missing },
    };
  },

  // Reported on time: on or before the 5th of the next month, the deadline the monthly report keeps.
  'months-reported': (r, today) => {
    const due = monthsDue(r.year, today);
    const reported = new Map(r.months.map((m) => [m.month, m.reportedOn]));
    const missing = due.filter((m) => !reported.get(m));
    const late = due.filter((m) => {
      const on = reported.get(m);
      return on !== null && on !== undefined && on > dueDateOf(m);
    });
    const onTime = due.length - missing.length - late.length;
    const status =
      due.length === 0
        ? 'not-due'
        : onTime === due.length
          ? 'met'
          : onTime + late.length > 0
            ? 'partly'
            : 'unmet';
    return {
      proof: 'months-reported',
      status,
      facts: { proof: 'months-reported', due: due.length, onTime, late, missing },
    };
  },

  // The year's report goes to Dinkes once the year is over: until then an unsubmitted year is not late.
  'year-submitted': (r, today) => ({
    proof: 'year-submitted',
    status: r.submitted ? 'met' : today > `${r.year}-12-31` ? 'unmet' : 'not-due',
    facts: { proof: 'year-submitted', submittedOn: r.submittedOn },
  }),

  // Two reviews held on the same day are one discussion, not two.
  'review-meetings': (r) => {
    const reviews = ofKind(r, 'review_kinerja');
    const facts = meetingFacts(reviews);
    const completeDays = new Set(facts.filter((m) => m.missing.length === 0).map((m) => m.heldOn)).size;
    const status = completeDays >= REVIEWS_PER_YEAR ? 'met' : reviews.length > 0 ? 'partly' : 'unmet';
    return {
      proof: 'review-meetings',
      status,
      facts: { proof: 'review-meetings', required: REVIEWS_PER_YEAR, completeDays, meetings: facts },
    };
  },

  // "Based on the review's results": an RTL action a review's decision points to; actions with no
  // such link are a plan, but not one the review is shown to have made.
  'review-rtl': (r) => {
    const reviews = ofKind(r, 'review_kinerja');
    const active = new Set(activeActions(r).map((a) => a.id));
    const linked = new Set(reviews.flatMap((m) => m.rtlActionIds).filter((id) => active.has(id))).size;
    const status = linked > 0 ? 'met' : active.size > 0 ? 'partly' : 'unmet';
    return {
      proof: 'review-rtl',
      status,
      facts: { proof: 'review-rtl', linked, actions: active.size, reviews: reviews.length },
    };
  },

  'lintas-program-meeting': (r) => {
    const meetings = ofKind(r, 'lintas_program');
    const facts = meetingFacts(meetings);
    const complete = facts.filter((m) => m.missing.length === 0).length;
    return {
      proof: 'lintas-program-meeting',
      status: complete > 0 ? 'met' : meetings.length > 0 ? 'partly' : 'unmet',
      facts: { proof: 'lintas-program-meeting', complete, meetings: facts },
    };
  },

  // The analysis a cross-programme discussion works from (Bab V): the programmes' analysis, and the
  // problem behind every indicator that missed its target.
  'analysis-written': (r) => {
    const analysed = new Set(r.gapAnalyses);
    const withoutAnalysis = r.belowTarget.filter((i) => !analysed.has(i.code)).map(ref);
    const programmes = r.programmeAnalyses.length;
    const status =
      programmes > 0 && withoutAnalysis.length === 0
        ? 'met'
        : programmes > 0 || r.gapAnalyses.length > 0
          ? 'partly'
          : 'unmet';
    return {
      proof: 'analysis-written',
      status,
      facts: { proof: 'analysis-written', programmes, belowTarget: r.belowTarget.length, withoutAnalysis },
    };
  },

  'rtl-planned': (r) => {
    const active = activeActions(r);
    const planned = new Set(active.map((a) => a.indicatorCode));
    const withoutAction = r.gapAnalyses.filter((code) => !planned.has(code));
    const status = active.length === 0 ? 'unmet' : withoutAction.length === 0 ? 'met' : 'partly';
    return {
      proof: 'rtl-planned',
      status,
      facts: { proof: 'rtl-planned', actions: active.length, problems: r.gapAnalyses.length, withoutAction },
    };
  },

  // Carried out: an action done (selesai) with what was done written down, and none past its due date
  // still open. An action under way with its follow-up written is a start.
  'rtl-followed-up': (r, today) => {
    const active = activeActions(r);
    const done = active.filter((a) => a.status === 'selesai' && a.followUpWritten).length;
    const underway = active.filter((a) => a.status === 'berjalan' && a.followUpWritten).length;
    const overdue = active
      .filter((a) => a.status !== 'selesai' && a.dueOn !== null && a.dueOn < today)
      .map((a) => ({ id: a.id, indicatorCode: a.indicatorCode, dueOn: a.dueOn ?? '' }));
    const status = done > 0 && overdue.length === 0 ? 'met' : done + underway > 0 ? 'partly' : 'unmet';
    return {
      proof: 'rtl-followed-up',
      status,
      facts: { proof: 'rtl-followed-up', actions: active.length, done, underway, overdue },
    };
  },

  'feedback-received': (r) => ({
    proof: 'feedback-received',
    status: r.feedback.length > 0 ? 'met' : 'unmet',
    facts: {
      proof: 'feedback-received',
      letters: r.feedback.map((l) => ({ number: l.number, datedOn: l.datedOn })),
    },
  }),

  // Followed up: every point of every letter sent has a follow-up marked done (selesai). A point "in
  // progress" is a start; one marked "belum" is not yet a follow-up.
  'feedback-followed-up': (r) => {
    const points = r.feedback.flatMap((l) => l.points);
    const done = points.filter((p) => p.followUp === 'selesai').length;
    const underway = points.filter((p) => p.followUp === 'berjalan').length;
    const status =
      r.feedback.length === 0
        ? 'unmet'
        : done === points.length
          ? 'met'
          : done + underway > 0
            ? 'partly'
            : 'unmet';
    return {
      proof: 'feedback-followed-up',
      status,
      facts: {
        proof: 'feedback-followed-up',
        letters: r.feedback.length,
        points: points.length,
        done,
        underway,
      },
    };
  },

  'ukmp-chosen': (r) => {
    const offered = r.developmentServices.flatMap((s) =>
      s.key ? [{ service: s.name, indicator: ref(s.key) }] : [],
    );
    return {
      proof: 'ukmp-chosen',
      status: offered.length > 0 ? 'met' : 'unmet',
      facts: { proof: 'ukmp-chosen', services: r.developmentServices.length, offered },
    };
  },

  'ukmp-achievement': (r) => {
    const keys = keyIndicators(r);
    const met = keys.filter((k) => k.met === true).map(ref);
    const notMet = keys.filter((k) => k.met === false).map(ref);
    const notScored = keys.filter((k) => k.met === null).map(ref);
    const status =
      keys.length === 0
        ? 'unmet'
        : met.length === keys.length
          ? 'met'
          : met.length + notMet.length > 0
            ? 'partly'
            : 'unmet';
    return {
      proof: 'ukmp-achievement',
      status,
      facts: { proof: 'ukmp-achievement', met, notMet, notScored },
    };
  },

  // "Disertai dengan analisisnya": a programme analysis of UKM Pengembangan, and the problem analysed
  // for every key indicator below its target.
  'ukmp-analysis': (r) => {
    const keys = keyIndicators(r);
    const analysed = new Set(r.gapAnalyses);
    const withoutAnalysis = keys.filter((k) => k.met === false && !analysed.has(k.code)).map(ref);
    const anyGap = keys.some((k) => analysed.has(k.code));
    const status =
      keys.length === 0
        ? 'unmet'
        : r.developmentAnalysed && withoutAnalysis.length === 0
          ? 'met'
          : r.developmentAnalysed || anyGap
            ? 'partly'
            : 'unmet';
    return {
      proof: 'ukmp-analysis',
      status,
      facts: { proof: 'ukmp-analysis', keys: keys.length, programme: r.developmentAnalysed, withoutAnalysis },
    };
  },

  // Monitored every month: each key indicator has a value for every month whose report is due.
  'ukmp-monitoring': (r, today) => {
    const keys = keyIndicators(r);
    const due = monthsDue(r.year, today);
    const gaps = keys
      .map((k) => ({ indicator: ref(k), months: due.filter((m) => !k.months.includes(m)) }))
      .filter((g) => g.months.length > 0);
    const entered = keys.reduce((n, k) => n + due.filter((m) => k.months.includes(m)).length, 0);
    const status = keys.length === 0 ? 'unmet' : byCount(entered, keys.length * due.length);
    return {
      proof: 'ukmp-monitoring',
      status,
      facts: { proof: 'ukmp-monitoring', keys: keys.length, due: due.length, gaps },
    };
  },

  'ukmp-rtl': (r) => {
    const keys = keyIndicators(r);
    const planned = new Set(activeActions(r).map((a) => a.indicatorCode));
    const actions = activeActions(r).filter((a) => keys.some((k) => k.code === a.indicatorCode)).length;
    const withoutAction = keys.filter((k) => k.met === false && !planned.has(k.code)).map(ref);
    const status =
      keys.length === 0 || actions === 0 ? 'unmet' : withoutAction.length === 0 ? 'met' : 'partly';
    return {
      proof: 'ukmp-rtl',
      status,
      facts: { proof: 'ukmp-rtl', keys: keys.length, actions, withoutAction },
    };
  },

  // The head hears the month's results in the lokakarya mini bulanan: one in every month due.
  'lokmin-monthly': (r, today) => {
    const due = monthsDue(r.year, today);
    const held = new Set(ofKind(r, 'lokmin_bulanan').map((m) => m.heldOn.slice(0, 7)));
    const missing = due.filter((m) => !held.has(m));
    return {
      proof: 'lokmin-monthly',
      status: byCount(due.length - missing.length, due.length),
      facts: { proof: 'lokmin-monthly', due: due.length, held: due.length - missing.length, missing },
    };
  },

  attached: (r, _today, elementCode) => {
    const files = r.elementFiles[elementCode] ?? 0;
    return {
      proof: 'attached',
      status: files > 0 ? 'met' : 'unmet',
      facts: { proof: 'attached', files },
    };
  },
};

/** What the records prove for one proof; `elementCode` names the element an `attached` check is about. */
export function checkProof(
  proof: Proof,
  records: ReadinessRecords,
  today: CalendarDate,
  elementCode: string,
): CheckResult {
  return CHECKS[proof](records, today, elementCode);
}
