// What a readiness check found, in sentences a Kepala Puskesmas and a surveyor read, in Indonesian or
// English: what the records hold ("2 rapat penilaian kinerja dengan daftar hadir, notulen dan foto"),
// and each thing still missing ("Rapat “Review semester I” (12 Juli 2023): belum ada foto kegiatan.").
// Also the English gloss of each element, whose Indonesian text is the standard's own.
import type { CheckResult, IndicatorRef, MeetingFacts } from '../domain/accreditation/checks.ts';
import type { CriterionCode } from '../domain/accreditation/elements.ts';
import type { MeetingPart } from '../domain/accreditation/meeting-record.ts';
import { monthNumber, type Month } from '../domain/periods/months.ts';
import type { Locale } from './messages/index.ts';
import { monthName } from './plausibility-words.ts';

export interface CheckWords {
  /** What the records hold. */
  sentence: string;
  /** What is still missing, one sentence each; empty when the check is met. */
  missing: string[];
}

const PART_WORDS: Record<Locale, Record<MeetingPart, string>> = {
  id: { attendance: 'daftar hadir', minutes: 'notulen', photo: 'foto kegiatan' },
  en: { attendance: 'attendance list', minutes: 'minutes', photo: 'photo' },
};

/** "12 Juli 2023" from '2023-07-12'. */
export function dateWords(date: string, locale: Locale): string {
  const day = Number(date.slice(8, 10));
  return `${day} ${monthName(date.slice(0, 7), locale)} ${date.slice(0, 4)}`;
}

/** Months as ranges: "Januari–Maret, Mei" (consecutive months of one year run together). */
export function monthRanges(months: readonly Month[], locale: Locale): string {
  const sorted = [...months].sort();
  const runs: Month[][] = [];
  for (const m of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.slice(0, 4) === m.slice(0, 4) && monthNumber(m) === monthNumber(last) + 1)
      run.push(m);
    else runs.push([m]);
  }
  return runs
    .map((run) => {
      const first = monthName(run[0] ?? '', locale);
      return run.length === 1 ? first : `${first}–${monthName(run.at(-1) ?? '', locale)}`;
    })
    .join(', ');
}

/** Up to three indicators by code and name, then how many more. */
function indicatorList(list: readonly IndicatorRef[], locale: Locale): string {
  const shown = list.slice(0, 3).map((i) => `${i.code} ${i.name}`);
  const more = list.length - shown.length;
  if (more > 0) shown.push(locale === 'id' ? `dan ${more} lainnya` : `and ${more} more`);
  return shown.join('; ');
}

/** Up to five codes, then how many more. */
function codeList(codes: readonly string[], locale: Locale): string {
  const more = codes.length - 5;
  const tail = more > 0 ? (locale === 'id' ? ` dan ${more} lainnya` : ` and ${more} more`) : '';
  return codes.slice(0, 5).join(', ') + tail;
}

function meetingGaps(meetings: readonly MeetingFacts[], locale: Locale): string[] {
  return meetings
    .filter((m) => m.missing.length > 0)
    .map((m) => {
      const parts = m.missing.map((p) => PART_WORDS[locale][p]).join(', ');
      const when = dateWords(m.heldOn, locale);
      return locale === 'id'
        ? `Rapat “${m.title}” (${when}): belum ada ${parts}.`
        : `Meeting “${m.title}” (${when}): no ${parts} yet.`;
    });
}

const NOT_DUE: Record<Locale, string> = {
  id: 'Belum ada bulan yang jatuh tempo.',
  en: 'No month is due yet.',
};

const CHOOSE_FIRST: Record<Locale, string> = {
  id: 'Pilih dulu layanan UKM Pengembangan dan satu indikator kinerja utamanya.',
  en: 'First choose the UKM Pengembangan services and one key indicator for each.',
};

/** The sentence and what is missing, for one check. */
export function checkWords(check: CheckResult, locale: Locale, year: number): CheckWords {
  const id = locale === 'id';
  const f = check.facts;
  const met = check.status === 'met';
  switch (f.proof) {
    case 'catalog-decree':
      return f.published
        ? {
            sentence: id
              ? `Indikator dan target kinerja ${year} ditetapkan dalam ${f.decree}.`
              : `The ${year} performance indicators and targets are set by ${f.decree}.`,
            missing: [],
          }
        : {
            sentence: id
              ? `Katalog indikator ${year} (${f.decree}) masih draf.`
              : `The ${year} indicator catalog (${f.decree}) is still a draft.`,
            missing: [
              id
                ? 'Dinkes belum menerbitkan katalog indikator tahun ini.'
                : 'Dinkes has not published this year’s indicator catalog.',
            ],
          };

    case 'months-collected':
      if (check.status === 'not-due') return { sentence: NOT_DUE[locale], missing: [] };
      return {
        sentence: id
          ? `Data capaian lengkap untuk ${f.complete} dari ${f.due} bulan yang jatuh tempo.`
          : `Results complete for ${f.complete} of the ${f.due} months due.`,
        missing: f.missing.length
          ? [
              id
                ? `Belum lengkap: ${monthRanges(f.missing, locale)}.`
                : `Not complete: ${monthRanges(f.missing, locale)}.`,
            ]
          : [],
      };

    case 'months-reported':
      if (check.status === 'not-due') return { sentence: NOT_DUE[locale], missing: [] };
      return {
        sentence: id
          ? `${f.onTime} dari ${f.due} bulan dilaporkan ke Dinkes tepat waktu (paling lambat tanggal 5 bulan berikutnya).`
          : `${f.onTime} of ${f.due} months reported to Dinkes on time (by the 5th of the next month).`,
        missing: [
          ...(f.missing.length
            ? [
                id
                  ? `Belum dilaporkan: ${monthRanges(f.missing, locale)}.`
                  : `Not reported: ${monthRanges(f.missing, locale)}.`,
              ]
            : []),
          ...(f.late.length
            ? [
                id
                  ? `Dilaporkan terlambat: ${monthRanges(f.late, locale)}.`
                  : `Reported late: ${monthRanges(f.late, locale)}.`,
              ]
            : []),
        ],
      };

    case 'year-submitted':
      if (met && !f.submittedOn)
        return {
          sentence: id
            ? `Hasil penilaian kinerja ${year} sudah diajukan ke Dinkes.`
            : `The ${year} performance assessment was submitted to Dinkes.`,
          missing: [],
        };
      if (f.submittedOn)
        return {
          sentence: id
            ? `Hasil penilaian kinerja ${year} diajukan ke Dinkes pada ${dateWords(f.submittedOn, locale)}.`
            : `The ${year} performance assessment was submitted to Dinkes on ${dateWords(f.submittedOn, locale)}.`,
          missing: [],
        };
      return check.status === 'not-due'
        ? {
            sentence: id
              ? `Penilaian kinerja ${year} diajukan ke Dinkes setelah tahunnya berakhir.`
              : `The ${year} performance assessment goes to Dinkes once the year is over.`,
            missing: [],
          }
        : {
            sentence: id
              ? `Penilaian kinerja ${year} belum diajukan ke Dinkes.`
              : `The ${year} performance assessment has not been submitted to Dinkes.`,
            missing: [
              id
                ? 'Kepala Puskesmas mengajukan penilaian kinerja tahun ini ke Dinkes.'
                : 'The head of the Puskesmas submits this year’s assessment to Dinkes.',
            ],
          };

    case 'review-meetings': {
      // A review held but incomplete is counted as one to complete, not as one to hold again.
      const completeDays = new Set(f.meetings.filter((m) => m.missing.length === 0).map((m) => m.heldOn));
      const toComplete = new Set(
        f.meetings.filter((m) => m.missing.length > 0 && !completeDays.has(m.heldOn)).map((m) => m.heldOn),
      ).size;
      const more = Math.max(0, f.required - f.completeDays - toComplete);
      return {
        sentence: id
          ? `${f.completeDays} rapat penilaian kinerja dengan daftar hadir, notulen dan foto kegiatan (paling sedikit ${f.required} kali setahun).`
          : `${f.completeDays} performance review${f.completeDays === 1 ? '' : 's'} with attendance list, minutes and photo (at least ${f.required} a year).`,
        missing: [
          ...meetingGaps(f.meetings, locale),
          ...(more > 0
            ? [
                id
                  ? `Adakan ${more} rapat penilaian kinerja lagi.`
                  : `Hold ${more} more performance review${more === 1 ? '' : 's'}.`,
              ]
            : []),
        ],
      };
    }

    case 'review-rtl':
      if (f.linked > 0)
        return {
          sentence: id
            ? `${f.linked} aksi RTL berasal dari keputusan rapat penilaian kinerja.`
            : `${f.linked} RTL action${f.linked === 1 ? '' : 's'} come from decisions of a performance review.`,
          missing: [],
        };
      return f.actions > 0
        ? {
            sentence: id
              ? `Ada ${f.actions} aksi RTL, tetapi belum ada yang dikaitkan dengan keputusan rapat penilaian kinerja.`
              : `There are ${f.actions} RTL actions, none linked to a decision of a performance review.`,
            missing: [
              id
                ? 'Kaitkan keputusan rapat penilaian kinerja dengan aksi RTL yang dihasilkannya.'
                : 'Link the performance review’s decisions to the RTL actions they produced.',
            ],
          }
        : {
            sentence: id ? 'Belum ada rencana tindak lanjut (RTL).' : 'No follow-up plan (RTL) yet.',
            missing: [
              id
                ? 'Susun RTL dari hasil rapat penilaian kinerja.'
                : 'Draw up the RTL from the performance review’s results.',
            ],
          };

    case 'lintas-program-meeting':
      return {
        sentence: id
          ? `${f.complete} pembahasan capaian kinerja bersama lintas program dengan daftar hadir, notulen dan foto kegiatan.`
          : `${f.complete} cross-programme discussion${f.complete === 1 ? '' : 's'} of results with attendance list, minutes and photo.`,
        missing:
          f.meetings.length === 0
            ? [
                id
                  ? 'Catat rapat pembahasan capaian kinerja bersama lintas program.'
                  : 'Record the cross-programme discussion of the results.',
              ]
            : met
              ? []
              : meetingGaps(f.meetings, locale),
      };

    case 'analysis-written': {
      const analysed = f.belowTarget - f.withoutAnalysis.length;
      return {
        sentence: id
          ? `Analisis ${f.programmes} program; masalah ${analysed} dari ${f.belowTarget} indikator di bawah target sudah dianalisis.`
          : `${f.programmes} programme analyses; the problem of ${analysed} of ${f.belowTarget} indicators below target analysed.`,
        missing: [
          ...(f.programmes === 0
            ? [id ? 'Tulis analisis per program (Bab V).' : 'Write the analysis of each programme (Bab V).']
            : []),
          ...(f.withoutAnalysis.length
            ? [
                id
                  ? `Masalah belum dianalisis: ${indicatorList(f.withoutAnalysis, locale)}.`
                  : `Problem not analysed: ${indicatorList(f.withoutAnalysis, locale)}.`,
              ]
            : []),
        ],
      };
    }

    case 'rtl-planned':
      return {
        sentence: id
          ? `${f.actions} aksi RTL untuk ${f.problems} masalah yang dianalisis.`
          : `${f.actions} RTL actions for ${f.problems} analysed problems.`,
        missing:
          f.actions === 0
            ? [
                id
                  ? 'Susun aksi RTL untuk masalah hasil pembahasan capaian kinerja.'
                  : 'Plan RTL actions for the problems the discussion found.',
              ]
            : f.withoutAction.length
              ? [
                  id
                    ? `Masalah tanpa aksi RTL: ${codeList(f.withoutAction, locale)}.`
                    : `Problems without an RTL action: ${codeList(f.withoutAction, locale)}.`,
                ]
              : [],
      };

    case 'rtl-followed-up':
      return {
        sentence: id
          ? `${f.done} dari ${f.actions} aksi RTL selesai dengan hasil tindak lanjut tercatat; ${f.underway} sedang berjalan.`
          : `${f.done} of ${f.actions} RTL actions done with their follow-up recorded; ${f.underway} under way.`,
        missing: [
          ...(f.done === 0
            ? [
                id
                  ? 'Catat hasil tindak lanjut aksi RTL yang sudah dilaksanakan.'
                  : 'Record the follow-up of the RTL actions carried out.',
              ]
            : []),
          ...f.overdue.map((a) =>
            id
              ? `Aksi RTL ${a.indicatorCode} lewat tenggat ${dateWords(a.dueOn, locale)}.`
              : `RTL action for ${a.indicatorCode} past its due date, ${dateWords(a.dueOn, locale)}.`,
          ),
        ],
      };

    case 'feedback-received':
      return f.letters.length
        ? {
            sentence: f.letters
              .map((l) =>
                id
                  ? `Umpan balik Dinkes nomor ${l.number} tanggal ${dateWords(l.datedOn, locale)}.`
                  : `Dinkes feedback no. ${l.number} of ${dateWords(l.datedOn, locale)}.`,
              )
              .join(' '),
            missing: [],
          }
        : {
            sentence: id ? 'Belum ada umpan balik dari Dinkes.' : 'No feedback from Dinkes yet.',
            missing: [
              id
                ? 'Dinkes mengirim umpan balik atas laporan kinerja Puskesmas.'
                : 'Dinkes sends its feedback on the Puskesmas’ performance report.',
            ],
          };

    case 'feedback-followed-up': {
      if (f.letters === 0)
        return {
          sentence: id ? 'Belum ada umpan balik untuk ditindaklanjuti.' : 'No feedback to follow up yet.',
          missing: [
            id
              ? 'Tindak lanjut dicatat setelah Dinkes mengirim umpan balik.'
              : 'Follow-ups are recorded once Dinkes has sent its feedback.',
          ],
        };
      const open = f.points - f.done;
      return {
        sentence: id
          ? `${f.done} dari ${f.points} butir umpan balik selesai ditindaklanjuti; ${f.underway} sedang berjalan.`
          : `${f.done} of ${f.points} feedback points followed up to the end; ${f.underway} under way.`,
        missing:
          open > 0
            ? [
                id
                  ? `${open} butir umpan balik belum selesai ditindaklanjuti.`
                  : `${open} feedback point${open === 1 ? '' : 's'} not yet followed up to the end.`,
              ]
            : [],
      };
    }

    case 'ukmp-chosen':
      return f.offered.length
        ? {
            sentence:
              (id ? 'Layanan UKM Pengembangan yang dipilih: ' : 'UKM Pengembangan services chosen: ') +
              f.offered.map((o) => `${o.service} (${o.indicator.code})`).join('; ') +
              '.',
            missing: [],
          }
        : {
            sentence: id
              ? `Belum ada layanan UKM Pengembangan yang dipilih (dari ${f.services} layanan).`
              : `No UKM Pengembangan service chosen (of ${f.services}).`,
            missing: [CHOOSE_FIRST[locale]],
          };

    case 'ukmp-achievement': {
      const keys = f.met.length + f.notMet.length + f.notScored.length;
      if (keys === 0)
        return {
          sentence: id
            ? 'Belum ada indikator kinerja utama UKM Pengembangan.'
            : 'No UKM Pengembangan key indicator.',
          missing: [CHOOSE_FIRST[locale]],
        };
      return {
        sentence: id
          ? `${f.met.length} dari ${keys} indikator kinerja utama UKM Pengembangan mencapai target.`
          : `${f.met.length} of ${keys} UKM Pengembangan key indicators meet their target.`,
        missing: [
          ...(f.notMet.length
            ? [
                id
                  ? `Belum mencapai target: ${indicatorList(f.notMet, locale)}.`
                  : `Below target: ${indicatorList(f.notMet, locale)}.`,
              ]
            : []),
          ...(f.notScored.length
            ? [
                id
                  ? `Belum ada capaian: ${indicatorList(f.notScored, locale)}.`
                  : `No results yet: ${indicatorList(f.notScored, locale)}.`,
              ]
            : []),
        ],
      };
    }

    case 'ukmp-analysis':
      if (f.keys === 0) return { sentence: CHOOSE_FIRST[locale], missing: [CHOOSE_FIRST[locale]] };
      return {
        sentence: f.programme
          ? id
            ? 'Analisis program UKM Pengembangan sudah ditulis.'
            : 'The UKM Pengembangan programme analysis is written.'
          : id
            ? 'Analisis program UKM Pengembangan belum ditulis.'
            : 'The UKM Pengembangan programme analysis is not written.',
        missing: [
          ...(f.programme
            ? []
            : [
                id
                  ? 'Tulis analisis program UKM Pengembangan (Bab V).'
                  : 'Write the UKM Pengembangan programme analysis (Bab V).',
              ]),
          ...(f.withoutAnalysis.length
            ? [
                id
                  ? `Masalah belum dianalisis: ${indicatorList(f.withoutAnalysis, locale)}.`
                  : `Problem not analysed: ${indicatorList(f.withoutAnalysis, locale)}.`,
              ]
            : []),
        ],
      };

    case 'ukmp-monitoring':
      if (f.keys === 0) return { sentence: CHOOSE_FIRST[locale], missing: [CHOOSE_FIRST[locale]] };
      if (check.status === 'not-due') return { sentence: NOT_DUE[locale], missing: [] };
      return {
        sentence: id
          ? `Capaian ${f.keys} indikator kinerja utama UKM Pengembangan dicatat untuk ${f.due} bulan yang jatuh tempo${f.gaps.length ? ', dengan celah' : ''}.`
          : `Results of ${f.keys} UKM Pengembangan key indicators recorded for the ${f.due} months due${f.gaps.length ? ', with gaps' : ''}.`,
        missing: f.gaps.map((g) =>
          id
            ? `${g.indicator.code} ${g.indicator.name}: belum ada capaian ${monthRanges(g.months, locale)}.`
            : `${g.indicator.code} ${g.indicator.name}: no results for ${monthRanges(g.months, locale)}.`,
        ),
      };

    case 'ukmp-rtl':
      if (f.keys === 0) return { sentence: CHOOSE_FIRST[locale], missing: [CHOOSE_FIRST[locale]] };
      return {
        sentence: id
          ? `${f.actions} aksi RTL untuk indikator kinerja utama UKM Pengembangan.`
          : `${f.actions} RTL actions for UKM Pengembangan key indicators.`,
        missing: [
          ...(f.actions === 0
            ? [
                id
                  ? 'Susun RTL untuk indikator UKM Pengembangan dari hasil pemantauan.'
                  : 'Plan RTL actions for the UKM Pengembangan indicators from the monitoring.',
              ]
            : []),
          ...(f.withoutAction.length
            ? [
                id
                  ? `Di bawah target tanpa aksi RTL: ${indicatorList(f.withoutAction, locale)}.`
                  : `Below target without an RTL action: ${indicatorList(f.withoutAction, locale)}.`,
              ]
            : []),
        ],
      };

    case 'lokmin-monthly':
      if (check.status === 'not-due') return { sentence: NOT_DUE[locale], missing: [] };
      return {
        sentence: id
          ? `Lokakarya mini bulanan pada ${f.held} dari ${f.due} bulan yang jatuh tempo.`
          : `A monthly lokakarya mini in ${f.held} of the ${f.due} months due.`,
        missing: f.missing.length
          ? [
              id
                ? `Tanpa lokakarya mini bulanan: ${monthRanges(f.missing, locale)}.`
                : `No monthly lokakarya mini: ${monthRanges(f.missing, locale)}.`,
            ]
          : [],
      };

    case 'attached':
      return f.files > 0
        ? {
            sentence: id
              ? `${f.files} berkas dilampirkan pada elemen ini.`
              : `${f.files} file${f.files === 1 ? '' : 's'} attached to this element.`,
            missing: [],
          }
        : {
            sentence: id ? 'Belum ada berkas yang dilampirkan.' : 'No file attached.',
            missing: [
              id
                ? 'Lampirkan buktinya pada elemen ini (pkp tidak mencatatnya sendiri).'
                : 'Attach the evidence to this element (pkp does not record it itself).',
            ],
          };
  }
}

/** The English gloss of each criterion; the Indonesian text is the standard's own. */
export const CRITERION_GLOSSES: Record<CriterionCode, string> = {
  '2.7.1': 'UKM Pengembangan services are delivered and cover the area to meet its health goals.',
  '2.8.3':
    'The head of the Puskesmas and the person in charge of UKM act to improve on the assessed results of UKM services.',
  '2.8.4': 'The performance of UKM services is assessed periodically, to account for how they are managed.',
};

/** The English gloss of each element. */
export const ELEMENT_GLOSSES: Record<string, string> = {
  '2.7.1.a': 'The UKM Pengembangan services are set from an analysis of the problems of the Puskesmas’ area.',
  '2.7.1.b': 'The UKM Pengembangan performance indicators are achieved, with their analysis.',
  '2.7.1.c':
    'Promotive and preventive work towards the UKM Pengembangan targets is done as planned in the RPK, following the policies, procedures and terms of reference.',
  '2.7.1.d': 'The indicators’ results and the work done are monitored periodically and continuously.',
  '2.7.1.e': 'A follow-up plan is drawn up from the monitoring and built into the planning documents.',
  '2.7.1.f':
    'Records are kept and reported to the head of the Puskesmas and to the district health office as the procedure says.',
  '2.8.3.a': 'The UKM performance indicators are set.',
  '2.8.3.b':
    'Service coordinators and UKM officers collect the indicators’ results in the periods that were set.',
  '2.8.3.c':
    'The person in charge of UKM, the coordinators and the officers discuss the results together with the other programmes.',
  '2.8.3.d': 'A follow-up plan is drawn up from that discussion, and carried out.',
  '2.8.3.e': 'The results are reported to the district health office.',
  '2.8.3.f':
    'There is evidence of the district health office’s periodic feedback on the report of the improvement work.',
  '2.8.3.g': 'The district health office’s feedback is followed up.',
  '2.8.4.a':
    'The head of the Puskesmas, the person in charge of UKM, the coordinators and the officers discuss the performance assessment at least twice a year.',
  '2.8.4.b': 'A follow-up plan is drawn up from the performance discussion.',
  '2.8.4.c': 'The assessment’s results are reported to the district health office.',
  '2.8.4.d': 'There is evidence of the district health office’s feedback on the performance report.',
  '2.8.4.e': 'The district health office’s feedback is followed up.',
};
