// Where a Puskesmas adds what an accreditation element still lacks: the screen that records it.
import type { Proof } from '../../domain/accreditation/elements.ts';
import type { MessageKey } from '../i18n/id.ts';
import { paths } from './navigation.ts';

/** The screens that record what the readiness checks read. */
export type Place = 'targets' | 'entries' | 'meetings' | 'analysis' | 'feedback' | 'submission' | 'element';

export const PROOF_PLACE: Record<Proof, Place> = {
  'catalog-decree': 'targets',
  'months-collected': 'entries',
  'months-reported': 'entries',
  'year-submitted': 'submission',
  'review-meetings': 'meetings',
  // The review's decisions are linked to their RTL actions in the meeting's record.
  'review-rtl': 'meetings',
  'lintas-program-meeting': 'meetings',
  'analysis-written': 'analysis',
  'rtl-planned': 'analysis',
  'rtl-followed-up': 'analysis',
  'feedback-received': 'feedback',
  'feedback-followed-up': 'feedback',
  'ukmp-chosen': 'targets',
  'ukmp-achievement': 'entries',
  'ukmp-analysis': 'analysis',
  'ukmp-monitoring': 'entries',
  'ukmp-rtl': 'analysis',
  'lokmin-monthly': 'meetings',
  attached: 'element',
};

export const PLACE_LABELS: Record<Place, MessageKey> = {
  targets: 'accreditation.place.targets',
  entries: 'accreditation.place.entries',
  meetings: 'accreditation.place.meetings',
  analysis: 'accreditation.place.analysis',
  feedback: 'accreditation.place.feedback',
  submission: 'accreditation.place.submission',
  element: 'accreditation.place.element',
};

/** The address of the place where the Puskesmas-year records it (the element's own files: its anchor). */
export function placePath(place: Place, code: string, year: number, elementCode: string): string {
  switch (place) {
    case 'targets':
      return paths.targets(code, year);
    case 'entries':
      return paths.entries(code, year);
    case 'meetings':
      return paths.meetings(code, year);
    case 'analysis':
      return paths.analysis(code, year);
    case 'feedback':
      return paths.feedback(code, year);
    // The year's status bar, with its "Ajukan" button, heads every screen of the year; the dashboard is the one
    // a Kepala Puskesmas looks at before submitting.
    case 'submission':
      return paths.dashboard(code, year);
    case 'element':
      return `${paths.accreditation(code, year)}#${elementAnchor(elementCode)}`;
  }
}

/** The element's anchor on the readiness screen ("ep-2-8-4-a"). */
export function elementAnchor(elementCode: string): string {
  return `ep-${elementCode.replace(/\./g, '-')}`;
}
