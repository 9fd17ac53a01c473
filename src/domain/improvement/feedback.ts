// Dinkes feedback on a Puskesmas' report (criterion 2.8.3 f, 2.8.4 d) and the Puskesmas' follow-up of
// each point (2.8.3 g, 2.8.4 e): a letter is drafted, then sent — from then on it is a signed document
// and reads as sent; the Puskesmas answers each point.

export const FEEDBACK_STATUSES = ['draft', 'sent'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** What a point is about: the whole assessment, one programme (or Table 5 group), or one indicator. */
export const FEEDBACK_SCOPES = ['overall', 'programme', 'indicator'] as const;
export type FeedbackScope = (typeof FEEDBACK_SCOPES)[number];

/** Not yet started, under way, done. */
export const FOLLOW_UP_STATUSES = ['belum', 'berjalan', 'selesai'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** What a letter still lacks before it can be sent (empty: it can be). */
export type LetterGap = 'number' | 'signer' | 'summary' | 'points';

export function letterGaps(letter: {
  number: string;
  signerName: string;
  signerTitle: string;
  summary: string;
  points: readonly { text: string }[];
}): LetterGap[] {
  const gaps: LetterGap[] = [];
  if (letter.number.trim() === '') gaps.push('number');
  if (letter.signerName.trim() === '' || letter.signerTitle.trim() === '') gaps.push('signer');
  if (letter.summary.trim() === '') gaps.push('summary');
  if (letter.points.length === 0 || letter.points.some((p) => p.text.trim() === '')) gaps.push('points');
  return gaps;
}

/** Points to follow up: those without a follow-up, or whose follow-up is not done. */
export function isPointOpen(followUp: { status: FollowUpStatus } | null): boolean {
  return followUp === null || followUp.status !== 'selesai';
}
