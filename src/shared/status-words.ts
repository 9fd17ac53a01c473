// The workflow's statuses in words, in both languages, for the terminal (`pkp status`, `pkp reopen`);
// the screens have the same words in src/ui/i18n.
import type { AssessmentStatus } from '../domain/assessment/status.ts';
import type { Locale } from './messages/index.ts';

const STATUS: Record<Locale, Record<AssessmentStatus, string>> = {
  id: {
    draft: 'draf',
    submitted: 'diajukan',
    verified: 'diverifikasi',
    final: 'final',
    published: 'dipublikasikan',
  },
  en: {
    draft: 'draft',
    submitted: 'submitted',
    verified: 'verified',
    final: 'final',
    published: 'published',
  },
};

const NOT_OPENED: Record<Locale, string> = { id: 'belum dibuka', en: 'not opened' };

/** "diajukan"; a year nobody has opened: "belum dibuka". */
export function statusWord(status: AssessmentStatus | null, locale: Locale): string {
  return status === null ? NOT_OPENED[locale] : STATUS[locale][status];
}
