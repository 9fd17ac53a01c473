import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../access/roles.ts';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './status.ts';
import {
  MOVE_RULES,
  MOVES,
  moveBlocker,
  moveRefusal,
  movesFor,
  publicationBlockers,
  reasonOf,
  type Move,
} from './workflow.ts';

/**
 * The cycle as the district runs it, written out independently of MOVE_RULES: who makes which move,
 * from which status, to which. Every other (role, move, status) is refused.
 */
const ALLOWED: [Move, Role, AssessmentStatus, AssessmentStatus][] = [
  // The Kepala Puskesmas reports the year to Dinkes (2.8.4 c).
  ['submit', 'kepala_puskesmas', 'draft', 'submitted'],
  // Dinkes sends the whole year back, with a reason.
  ['return', 'verifikator', 'submitted', 'draft'],
  ['return', 'admin_dinkes', 'submitted', 'draft'],
  // The verifier signs the figures off.
  ['verify', 'verifikator', 'submitted', 'verified'],
  ['reopenVerification', 'verifikator', 'verified', 'submitted'],
  ['reopenVerification', 'admin_dinkes', 'verified', 'submitted'],
  // The admin locks, reopens with a reason, and publishes.
  ['finalise', 'admin_dinkes', 'verified', 'final'],
  ['reopen', 'admin_dinkes', 'final', 'verified'],
  ['reopen', 'admin_dinkes', 'published', 'verified'],
  ['publish', 'admin_dinkes', 'final', 'published'],
];

const REASON_REQUIRED: Move[] = ['return', 'reopenVerification', 'reopen'];

const isAllowed = (move: Move, role: Role, status: AssessmentStatus) =>
  ALLOWED.some(([m, r, s]) => m === move && r === role && s === status);
const roleMayEver = (move: Move, role: Role) => ALLOWED.some(([m, r]) => m === move && r === role);

describe('the moves of the assessment cycle, for every role and every status', () => {
  const cases = MOVES.flatMap((move) =>
    ROLES.flatMap((role) =>
      ASSESSMENT_STATUSES.map((status) => {
        const expected = isAllowed(move, role, status) ? null : roleMayEver(move, role) ? 'status' : 'role';
        return [move, role, status, expected] as const;
      }),
    ),
  );

  it.each(cases)('%s by %s from %s: %s', (move, role, status, expected) => {
    // With a reason, so that only role and status decide.
    expect(moveRefusal(role, move, status, 'Alasan tertulis')).toBe(expected);
  });

  it.each(ALLOWED)('%s by %s leads from %s to %s', (move, _role, from, to) => {
    expect(MOVE_RULES[move].from).toContain(from);
    expect(MOVE_RULES[move].to).toBe(to);
  });

  it('reads a year nobody has opened as a draft: the Kepala Puskesmas may submit it', () => {
    expect(moveRefusal('kepala_puskesmas', 'submit', null)).toBeNull();
    expect(moveRefusal('verifikator', 'verify', null)).toBe('status');
  });

  it('never lets the viewer, the pelaksana or the koordinator move a year', () => {
    for (const role of ['viewer', 'pelaksana', 'koordinator'] as const)
      for (const move of MOVES) expect(moveRefusal(role, move, 'submitted', 'x')).toBe('role');
  });

  it('keeps the one who verifies apart from the one who finalises', () => {
    expect(moveRefusal('admin_dinkes', 'verify', 'submitted')).toBe('role');
    expect(moveRefusal('verifikator', 'finalise', 'verified')).toBe('role');
  });
});

describe('the reason a move needs', () => {
  it.each(MOVES.filter((m) => REASON_REQUIRED.includes(m)))('%s needs a reason', (move) => {
    expect(MOVE_RULES[move].reason).toBe('required');
    const [, role, from] = ALLOWED.find(([m]) => m === move)!;
    expect(moveRefusal(role, move, from)).toBe('reason');
    expect(moveRefusal(role, move, from, '   \n ')).toBe('reason');
    expect(moveRefusal(role, move, from, 'Data imunisasi Oktober belum sesuai register')).toBeNull();
  });

  it.each(MOVES.filter((m) => !REASON_REQUIRED.includes(m)))('%s may carry a note, or none', (move) => {
    expect(MOVE_RULES[move].reason).toBe('optional');
    const [, role, from] = ALLOWED.find(([m]) => m === move)!;
    expect(moveRefusal(role, move, from)).toBeNull();
  });

  it('asks no reason of a role that could not make the move anyway', () => {
    expect(moveRefusal('kepala_puskesmas', 'return', 'submitted')).toBe('role');
    expect(moveRefusal('verifikator', 'return', 'draft')).toBe('status');
  });

  it('keeps a reason trimmed, and nothing but spaces as none', () => {
    expect(reasonOf('  Perlu dicek ulang \n')).toBe('Perlu dicek ulang');
    expect(reasonOf(' \t ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });
});

describe('the moves a screen offers', () => {
  const cases: [Role, AssessmentStatus | null, Move[]][] = [
    ['kepala_puskesmas', null, ['submit']],
    ['kepala_puskesmas', 'draft', ['submit']],
    ['kepala_puskesmas', 'submitted', []],
    ['pelaksana', 'draft', []],
    ['verifikator', 'submitted', ['return', 'verify']],
    ['verifikator', 'verified', ['reopenVerification']],
    ['admin_dinkes', 'submitted', ['return']],
    ['admin_dinkes', 'verified', ['reopenVerification', 'finalise']],
    ['admin_dinkes', 'final', ['reopen']],
    ['admin_dinkes', 'published', ['reopen']],
    ['viewer', 'published', []],
  ];
  it.each(cases)('%s in a %s year: %j', (role, status, moves) => {
    expect(movesFor(role, status)).toEqual(moves);
  });

  it('never offers publication on one Puskesmas-year: it is the district’s', () => {
    expect(movesFor('admin_dinkes', 'final')).not.toContain('publish');
  });
});

describe('what must hold besides role and status', () => {
  const open = { unclosedReturns: 0, yearOver: true };
  it.each([
    ['verify', { ...open, unclosedReturns: 1 }, 'returns-open'],
    ['verify', open, null],
    ['submit', { ...open, yearOver: false }, 'year-not-over'],
    ['submit', open, null],
    // Returns block verification only: a whole year can go back while items are out.
    ['return', { ...open, unclosedReturns: 3 }, null],
    ['finalise', { ...open, yearOver: false }, null],
  ] as const)('%s with %j: %s', (move, conditions, blocker) => {
    expect(moveBlocker(move, conditions)).toBe(blocker);
  });

  it('publishes a district only when every Puskesmas-year is final', () => {
    const years = [
      { code: 'A', status: 'final' as const },
      { code: 'B', status: 'verified' as const },
      { code: 'C', status: null },
      { code: 'D', status: 'published' as const },
    ];
    expect(publicationBlockers(years).map((y) => y.code)).toEqual(['B', 'C', 'D']);
    expect(publicationBlockers(years.slice(0, 1))).toEqual([]);
  });
});
