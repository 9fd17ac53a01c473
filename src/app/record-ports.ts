// What the meetings and evidence use cases need from the outside world: their rows, and the store of
// the files' bytes (a directory, or chunks in PostgreSQL). src/data implements them.
import type { EvidenceAttachment, EvidenceKind } from '../domain/evidence/evidence-rules.ts';
import type { MeetingKind } from '../domain/meetings/meeting-counts.ts';
import type { Repositories } from './ports.ts';

// ── Evidence files ─────────────────────────────────────────────────────────────────────────────────

export type EvidenceStorage = 'file' | 'database';

export interface EvidenceRecord {
  id: number;
  orgUnitId: number;
  assessmentId: number | null;
  attachedTo: EvidenceAttachment;
  attachedKey: string;
  kind: EvidenceKind;
  /** The name it was uploaded with, for display only. */
  filename: string;
  /** As its content showed it. */
  mime: string;
  sizeBytes: number;
  /** Hex SHA-256 of the bytes as received. */
  sha256: string;
  storage: EvidenceStorage;
  /** `file`: relative to the file store's root, made by pkp. */
  storagePath: string | null;
  uploadedBy: string;
  uploadedAt: Date;
}

export type NewEvidence = Omit<EvidenceRecord, 'id'>;

export interface EvidenceRepository {
  /** Inserts the row and its audit entry (entity 'evidence'). */
  insertEvidence(file: NewEvidence): Promise<EvidenceRecord>;
  setEvidenceStoragePath(id: number, storagePath: string): Promise<void>;
  /** One chunk of a file kept in the database (seq from 0). */
  appendEvidenceChunk(fileId: number, seq: number, bytes: Uint8Array): Promise<void>;
  readEvidenceChunk(fileId: number, seq: number): Promise<Uint8Array | undefined>;
  getEvidence(id: number): Promise<EvidenceRecord | undefined>;
  /** A Puskesmas-year's files, of one kind of record (and one record) when asked; oldest first. */
  listEvidence(
    assessmentId: number,
    filter?: { attachedTo?: EvidenceAttachment; attachedKey?: string },
  ): Promise<EvidenceRecord[]>;
  /** Removes the row (its chunks go with it) with the audit entry. */
  deleteEvidence(file: EvidenceRecord, audit: { actor: string; at: Date }): Promise<void>;
  /** When the Kepala Puskesmas submitted the year (null: never, or sent back to draft). */
  getSubmittedAt(assessmentId: number): Promise<Date | null>;
  /** Whether the record a file would be attached to belongs to this Puskesmas-year. */
  hasRtlAction(assessmentId: number, id: number): Promise<boolean>;
  hasFeedbackPoint(assessmentId: number, id: number): Promise<boolean>;
}

/** An upload held in a staging area until its row is written: counted, hashed and typed on the way in. */
export interface StagedUpload {
  sizeBytes: number;
  sha256: string;
  /** The type its content shows (file-type), or null when no known type. */
  mime: string | null;
}

/** Where the bytes of evidence files live. */
export interface EvidenceBlobStore {
  readonly storage: EvidenceStorage;
  /**
   * Streams an upload into the staging area. Throws EVIDENCE_TOO_LARGE as soon as it passes
   * `maxBytes` (having read no further), and leaves nothing behind when it throws.
   */
  stage(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StagedUpload>;
  /**
   * Keeps a staged upload as the bytes of `file`, inside the transaction that inserted its row
   * (`repos`). Returns the path made for it (`file` storage) or null (`database`).
   */
  keep(staged: StagedUpload, file: EvidenceRecord, repos: Repositories): Promise<string | null>;
  /** Forgets a staged upload (refused, or its transaction failed). */
  discard(staged: StagedUpload): Promise<void>;
  /** The bytes of a kept file, streamed; `repos` reads chunks kept in the database. */
  read(file: EvidenceRecord, repos: Repositories): AsyncIterable<Uint8Array>;
  /** Removes a kept file's bytes after its row is gone (chunks go with their row). */
  remove(file: Pick<EvidenceRecord, 'storagePath'>): Promise<void>;
}

// ── Meetings ───────────────────────────────────────────────────────────────────────────────────────

export interface MeetingParticipant {
  name: string;
  /** Position or programme ("Bidan koordinator"). */
  role: string;
  present: boolean;
}

export interface MeetingDecision {
  text: string;
  rtlActionId: number | null;
}

export interface MeetingFields {
  kind: MeetingKind;
  /** 'YYYY-MM-DD'. */
  heldOn: string;
  title: string;
  agenda: string;
  minutes: string;
  participants: MeetingParticipant[];
  decisions: MeetingDecision[];
}

export interface MeetingRecord extends MeetingFields {
  id: number;
  orgUnitId: number;
  year: number;
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

/** An RTL action a decision may be linked to (S's rtl_actions, read directly). */
export interface RtlActionChoice {
  id: number;
  indicatorCode: string;
  action: string;
  status: string;
}

export interface MeetingWrite {
  orgUnitId: number;
  year: number;
  /** For the audit entry. */
  assessmentId: number;
  fields: MeetingFields;
  actor: string;
  at: Date;
}

export interface MeetingsRepository {
  /** A Puskesmas-year's meetings with participants and decisions, by date. */
  listMeetings(orgUnitId: number, year: number): Promise<MeetingRecord[]>;
  getMeeting(id: number): Promise<MeetingRecord | undefined>;
  /** Inserts a meeting (version 1) with its audit entry. */
  insertMeeting(write: MeetingWrite): Promise<MeetingRecord>;
  /** Replaces a meeting's fields, participants and decisions; STALE_VALUE unless at `expectedVersion`. */
  updateMeeting(id: number, write: MeetingWrite & { expectedVersion: number }): Promise<MeetingRecord>;
  /** Deletes a meeting (participants and decisions with it); STALE_VALUE unless at `expectedVersion`. */
  deleteMeeting(
    id: number,
    audit: { actor: string; at: Date; assessmentId: number; expectedVersion: number },
  ): Promise<MeetingRecord>;
  listRtlActionChoices(assessmentId: number): Promise<RtlActionChoice[]>;
  /** Whether the year's analysis of achievements is written (Bab V: a programme's analysis). */
  hasPerformanceAnalysis(assessmentId: number): Promise<boolean>;
}
