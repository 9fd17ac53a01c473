import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.ts';
import type { AssessmentStatus } from '../assessment/status.ts';
import {
  deletionRefusal,
  displayName,
  isEvidenceType,
  uploadRefusal,
  type EvidenceAttachment,
} from './evidence-rules.ts';
import { meetingRefusal } from '../meetings/meeting-writers.ts';

describe('who may attach evidence to what, in which status of the year', () => {
  const cases: [Role, EvidenceAttachment, AssessmentStatus | null, ReturnType<typeof uploadRefusal>][] = [
    // A monthly figure's proof comes from whoever enters it…
    ['pelaksana', 'indicator', 'draft', null],
    ['pelaksana', 'indicator', null, null],
    // …also after submission: a verifier who returns an indicator asks for proof.
    ['pelaksana', 'indicator', 'submitted', null],
    ['verifikator', 'indicator', 'verified', null],
    ['pelaksana', 'indicator', 'final', 'status'],
    // Meetings, management items, RTL: the coordinator and the head.
    ['pelaksana', 'meeting', 'draft', 'role'],
    ['koordinator', 'meeting', 'submitted', null],
    ['kepala_puskesmas', 'rubric', 'draft', null],
    ['pelaksana', 'rubric', 'draft', 'role'],
    ['kepala_puskesmas', 'rtl_action', 'verified', null],
    ['kepala_puskesmas', 'meeting', 'final', 'status'],
    ['admin_dinkes', 'meeting', 'draft', 'role'],
    // Follow-ups of feedback and accreditation evidence outlive the year's lock.
    ['kepala_puskesmas', 'feedback_point', 'final', null],
    ['koordinator', 'accreditation', 'published', null],
    ['verifikator', 'accreditation', 'draft', 'role'],
    // A viewer reads results only.
    ['viewer', 'indicator', 'draft', 'role'],
  ];
  it.each(cases)('%s on a %s of a %s year: %s', (role, attachedTo, status, refusal) => {
    expect(uploadRefusal(role, attachedTo, status)).toBe(refusal);
  });
});

describe('who may remove a file', () => {
  const submittedAt = new Date('2024-01-15T03:00:00Z');
  const file = (uploadedBy: string, uploadedAt: string, attachedTo: EvidenceAttachment = 'meeting') => ({
    attachedTo,
    uploadedBy,
    uploadedAt: new Date(uploadedAt),
  });
  const koordinator = { username: 'koordinator.p3318001', role: 'koordinator' as const };
  const kapus = { username: 'kapus.p3318001', role: 'kepala_puskesmas' as const };
  const verifikator = { username: 'verifikator.3318', role: 'verifikator' as const };

  it('lets the uploader remove their own file while the year is a draft', () => {
    const own = file('koordinator.p3318001', '2023-05-02T03:00:00Z');
    expect(deletionRefusal(koordinator, own, { status: 'draft', submittedAt: null })).toBeNull();
  });

  it("refuses another Puskesmas user the uploader's file", () => {
    const theirs = file('koordinator.p3318001', '2023-05-02T03:00:00Z');
    expect(deletionRefusal(kapus, theirs, { status: 'draft', submittedAt: null })).toBe('role');
  });

  it('keeps a file the year was submitted with: only Dinkes removes it', () => {
    const before = file('koordinator.p3318001', '2024-01-10T03:00:00Z');
    const year = { status: 'submitted' as const, submittedAt };
    expect(deletionRefusal(koordinator, before, year)).toBe('submitted-with');
    expect(deletionRefusal(verifikator, before, year)).toBeNull();
  });

  it('lets the uploader remove a file added after submission while the year is not final', () => {
    const after = file('koordinator.p3318001', '2024-02-01T03:00:00Z');
    expect(deletionRefusal(koordinator, after, { status: 'verified', submittedAt })).toBeNull();
    expect(deletionRefusal(koordinator, after, { status: 'final', submittedAt })).toBe('status');
  });

  it('refuses Dinkes too once the year is final', () => {
    const any = file('koordinator.p3318001', '2023-05-02T03:00:00Z');
    expect(deletionRefusal(verifikator, any, { status: 'final', submittedAt })).toBe('status');
  });
});

describe('the name an upload is shown with', () => {
  it.each([
    ['Notulen Lokmin Mei.pdf', 'Notulen Lokmin Mei.pdf'],
    ['  daftar hadir.png ', 'daftar hadir.png'],
    ['../../etc/passwd.pdf', null],
    ['C:\\Users\\bidan\\foto.jpg', null],
    ['..', null],
    ['', null],
    ['nama\u0000.pdf', null],
    ['baris\nbaru.pdf', null],
    ['setengah\uD800.pdf', null],
  ])('%j → %j', (uploaded, shown) => {
    expect(displayName(uploaded)).toBe(shown);
  });

  it('shortens a very long name, keeping its end', () => {
    const shown = displayName(`${'a'.repeat(300)}.pdf`)!;
    expect(Array.from(shown)).toHaveLength(200);
    expect(shown.endsWith('aaaaa.pdf')).toBe(true);
  });
});

describe('the file types taken', () => {
  it.each([
    ['application/pdf', true],
    ['image/jpeg', true],
    ['image/png', true],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', true],
    ['application/zip', false],
    ['application/x-msdownload', false],
    ['application/x-elf', false],
    ['image/svg+xml', false],
    [undefined, false],
  ])('%s: %s', (mime, taken) => {
    expect(isEvidenceType(mime)).toBe(taken);
  });
});

describe('who may record a meeting', () => {
  it.each([
    ['koordinator', 'draft', null],
    ['kepala_puskesmas', 'submitted', null],
    ['kepala_puskesmas', 'verified', null],
    ['kepala_puskesmas', 'final', 'status'],
    ['pelaksana', 'draft', 'role'],
    ['verifikator', 'draft', 'role'],
  ] as const)('%s in a %s year: %s', (role, status, refusal) => {
    expect(meetingRefusal(role, status)).toBe(refusal);
  });
});
