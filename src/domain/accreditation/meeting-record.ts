// When a meeting's record is what a surveyor asks of a discussion (criteria 2.8.4 a, 2.8.3 c): "daftar
// hadir, notulen yang disertai dengan foto kegiatan" — an attendance list, minutes and a photo.
import type { MeetingRecord } from './records.ts';

export type MeetingPart = 'attendance' | 'minutes' | 'photo';

/**
 * An attendance list is the scanned, signed list, or at least this many participants marked present in
 * pkp: a discussion takes two people, and a list of one is a typing slip, not an attendance list.
 */
export const MIN_PRESENT = 2;

/** What the meeting's record lacks, in the criteria's order; empty when it is complete. */
export function missingParts(meeting: MeetingRecord): MeetingPart[] {
  const missing: MeetingPart[] = [];
  if (meeting.present < MIN_PRESENT && meeting.files.attendance === 0) missing.push('attendance');
  if (!meeting.minutesWritten && meeting.files.minutes === 0) missing.push('minutes');
  if (meeting.files.photo === 0) missing.push('photo');
  return missing;
}
